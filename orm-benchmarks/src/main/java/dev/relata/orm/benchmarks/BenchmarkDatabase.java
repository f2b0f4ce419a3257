package dev.relata.orm.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;

/**
 * A database the benchmarks run on, with the HikariCP pool every contender shares.
 * PostgreSQL is the primary target (loopback, overridable with the system properties
 * {@code relata.bench.url}, {@code relata.bench.user} and {@code relata.bench.password});
 * H2 runs in memory inside the benchmark's JVM.
 */
public enum BenchmarkDatabase {

	/**
	 * PostgreSQL on loopback: {@code jdbc:postgresql://127.0.0.1:5432/test}, user
	 * {@code postgres}.
	 */
	POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "", Dialects.POSTGRESQL),

	/**
	 * H2 in memory, kept open for the life of the JVM.
	 */
	H2("jdbc:h2:mem:relata_bench;DB_CLOSE_DELAY=-1", "sa", "", Dialects.H2);

	private final String url;

	private final String user;

	private final String password;

	private final Dialect dialect;

	BenchmarkDatabase(String url, String user, String password, Dialect dialect) {
		this.url = url;
		this.user = user;
		this.password = password;
		this.dialect = dialect;
	}

	/**
	 * Returns Relata's dialect of this database.
	 * @return the dialect
	 */
	public Dialect dialect() {
		return this.dialect;
	}

	/**
	 * Creates the pool: a fixed size of 4 connections, auto-commit on (every contender
	 * runs its read outside a transaction, as a repository call would).
	 * @return the pool; close it when done
	 */
	public HikariDataSource createDataSource() {
		HikariConfig config = new HikariConfig();
		boolean postgres = this == POSTGRESQL;
		config.setJdbcUrl(postgres ? System.getProperty("relata.bench.url", this.url) : this.url);
		config.setUsername(postgres ? System.getProperty("relata.bench.user", this.user) : this.user);
		config.setPassword(postgres ? System.getProperty("relata.bench.password", this.password) : this.password);
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(4);
		config.setPoolName("relata-bench-" + name().toLowerCase());
		return new HikariDataSource(config);
	}

}
