package dev.relata.orm.benchmarks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A data source that counts the statements every contender executes through it: each call
 * of {@code execute}, {@code executeQuery}, {@code executeUpdate},
 * {@code executeLargeUpdate}, {@code executeBatch} or {@code executeLargeBatch} on a
 * {@link Statement} (prepared or not) of one of its connections counts once. Transaction
 * control through the {@link Connection} API ({@code setAutoCommit},
 * {@code setTransactionIsolation}, {@code commit}) is not a statement and is not counted.
 * Used by {@link StatementCensus}, never while timing.
 */
final class CountingDataSource extends DelegatingDataSource {

	private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
			"executeLargeUpdate", "executeBatch", "executeLargeBatch");

	private final AtomicLong statements = new AtomicLong();

	/**
	 * Wraps a data source.
	 * @param target the pool
	 */
	CountingDataSource(DataSource target) {
		super(target);
	}

	@Override
	public Connection getConnection() throws SQLException {
		return proxy(Connection.class, super.getConnection(), this::connectionCall);
	}

	@Override
	public Connection getConnection(String username, String password) throws SQLException {
		return proxy(Connection.class, super.getConnection(username, password), this::connectionCall);
	}

	/**
	 * Returns the statements executed since the last reset, and resets the count.
	 * @return the count
	 */
	long takeCount() {
		return this.statements.getAndSet(0);
	}

	private Object connectionCall(Object target, Method method, Object[] args) throws Throwable {
		Object result = invoke(target, method, args);
		if (result instanceof Statement statement) {
			// Statement, PreparedStatement or CallableStatement, as the method declares.
			return proxy(method.getReturnType(), statement, this::statementCall);
		}
		return result;
	}

	private Object statementCall(Object target, Method method, Object[] args) throws Throwable {
		if (EXECUTIONS.contains(method.getName())) {
			this.statements.incrementAndGet();
		}
		if (method.getName().equals("getConnection") && method.getParameterCount() == 0) {
			// Statement.getConnection() returns the unwrapped connection: keep counting.
			return proxy(Connection.class, (Connection) invoke(target, method, args), this::connectionCall);
		}
		return invoke(target, method, args);
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getTargetException();
		}
	}

	private static <T> T proxy(Class<T> type, Object target, Call call) {
		InvocationHandler handler = (proxy, method, args) -> call.invoke(target, method, args);
		return type
			.cast(Proxy.newProxyInstance(CountingDataSource.class.getClassLoader(), new Class<?>[] { type }, handler));
	}

	@FunctionalInterface
	private interface Call {

		Object invoke(Object target, Method method, Object[] args) throws Throwable;

	}

}
