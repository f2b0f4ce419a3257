package dev.relata.sample.statements;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Adds the {@value #HEADER} header to every response of the JSON API: how many SQL
 * statements Relata sent to serve the request ({@code curl -i} shows it: 3 for
 * {@code /api/users?load=posts,role}, not one per user).
 */
@RestControllerAdvice(basePackages = "dev.relata.sample.api")
public class StatementCountHeaderAdvice implements ResponseBodyAdvice<Object> {

	/**
	 * The header's name.
	 */
	public static final String HEADER = "Relata-Statements";

	private final ObjectProvider<SentStatements> statements;

	/**
	 * Creates the advice.
	 * @param statements the request-scoped statements
	 */
	public StatementCountHeaderAdvice(ObjectProvider<SentStatements> statements) {
		this.statements = statements;
	}

	@Override
	public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType,
			MediaType selectedContentType, Class<? extends HttpMessageConverter<?>> selectedConverterType,
			ServerHttpRequest request, ServerHttpResponse response) {
		response.getHeaders().set(HEADER, Integer.toString(this.statements.getObject().count()));
		return body;
	}

}
