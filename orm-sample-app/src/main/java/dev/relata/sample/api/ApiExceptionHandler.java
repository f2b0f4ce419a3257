package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of the JSON API into an {@code application/problem+json} response:
 * Spring MVC's own exceptions through {@link ResponseEntityExceptionHandler}, with the
 * field added where one is to blame; Relata's usage errors (an unknown relation, a
 * strategy that cannot do what was asked) as 400; constraint violations as 409; anything
 * else as a 500 that names no internals. It advises every handler, so an unknown path is
 * a problem too.
 */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(ApiExceptionHandler.class);

	/**
	 * Relata refused a load, a filter or a write as asked: an unknown relation, or a
	 * strategy that cannot do it (its message names the alternative).
	 * @param ex the exception
	 * @return a 400 problem with Relata's message
	 */
	@ExceptionHandler(OrmUsageException.class)
	public ProblemDetail ormUsage(OrmUsageException ex) {
		return problem(HttpStatus.BAD_REQUEST,
				(ex instanceof UnknownRelationException) ? "Unknown relation" : "Invalid request", ex.getMessage());
	}

	/**
	 * A unique key or a foreign key refused a write (a row changed since it was checked).
	 * @param ex the exception
	 * @return a 409 problem
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	public ProblemDetail conflict(DataIntegrityViolationException ex) {
		logger.info("A write conflicted with the database's constraints", ex);
		return problem(HttpStatus.CONFLICT, "Conflict",
				"The request conflicts with the data: a unique key or a foreign key refused it");
	}

	/**
	 * Any other failure: logged, and answered without a stack trace.
	 * @param ex the exception
	 * @return a 500 problem
	 */
	@ExceptionHandler(Exception.class)
	public ProblemDetail unexpected(Exception ex) {
		logger.error("Request failed", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The server could not answer; its log has the details");
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<FieldErrors.FieldError> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map((error) -> new FieldErrors.FieldError(error.getField(), String.valueOf(error.getDefaultMessage())))
			.sorted((a, b) -> a.field().compareTo(b.field()))
			.toList();
		if (errors.isEmpty()) {
			return super.handleMethodArgumentNotValid(ex, headers, status, request);
		}
		return handleExceptionInternal(ex, FieldErrors.problem(errors), headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = String.valueOf(ex.getPropertyName());
		Class<?> type = ex.getRequiredType();
		String expected = (type != null && Number.class.isAssignableFrom(ClassUtils.resolvePrimitiveIfNecessary(type)))
				? "a number" : "a " + ((type != null) ? type.getSimpleName() : "value");
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid parameter",
				field + " must be " + expected + ", not '" + ex.getValue() + "'");
		problem.setProperty("field", field);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		String field = "body";
		String reason = "it is not valid JSON";
		if (ex.getCause() instanceof JacksonException jackson) {
			field = field(jackson.getPath());
			reason = jackson.getOriginalMessage();
		}
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid request body",
				"The request body cannot be read at " + field + ": " + reason);
		problem.setProperty("field", field);
		return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return problem;
	}

	// posts[0].title; a path that starts in an array is under "body", as in body[1]
	private static String field(List<JacksonException.Reference> path) {
		StringBuilder field = new StringBuilder();
		for (JacksonException.Reference reference : path) {
			String name = reference.getPropertyName();
			if (name != null) {
				field.append(field.isEmpty() ? "" : ".").append(name);
			}
			else if (reference.getIndex() >= 0) {
				field.append(field.isEmpty() ? "body" : "").append('[').append(reference.getIndex()).append(']');
			}
		}
		return field.isEmpty() ? "body" : field.toString();
	}

}
