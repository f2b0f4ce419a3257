package dev.relata.sample.statements;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.web.context.annotation.RequestScope;

/**
 * Records the statements of each request: one {@link SentStatements} per request, filled
 * by the {@link SentStatementsRecorder} listener.
 */
@Configuration(proxyBeanMethods = false)
public class StatementRecordingConfiguration {

	/**
	 * The statements of the current request. Without a proxy: callers resolve it through
	 * an {@code ObjectProvider} while a request is active.
	 * @return a new, empty list for each request
	 */
	@Bean
	@RequestScope(proxyMode = ScopedProxyMode.NO)
	public SentStatements sentStatements() {
		return new SentStatements();
	}

	/**
	 * The listener that fills {@link #sentStatements()}.
	 * @param statements the request-scoped statements
	 * @return the listener
	 */
	@Bean
	public SentStatementsRecorder sentStatementsRecorder(ObjectProvider<SentStatements> statements) {
		return new SentStatementsRecorder(statements);
	}

}
