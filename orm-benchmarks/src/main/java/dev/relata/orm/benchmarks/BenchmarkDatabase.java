package dev.relata.orm.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.jspecify.annotations.Nullable;

/**
 * A database the benchmarks run on, with the HikariCP pool every contender shares.
 * PostgreSQL and MariaDB run on loopback, each overridable with system properties
 * ({@code <prefix>.url}, {@code <prefix>.user}, {@code <prefix>.password}, the prefix
 * being {@code relata.bench} for PostgreSQL and {@code relata.bench.mariadb} for
 * MariaDB); H2 runs embedded in the benchmark's JVM.
 */
public enum BenchmarkDatabase {

	/**
	 * PostgreSQL on loopback: {@code jdbc:postgresql://127.0.0.1:5432/test}, user
	 * {@code postgres}; the data lives in schemas of that database.
	 */
	POSTGRESQL("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "relata.bench", Dialects.POSTGRESQL),

	/**
	 * MariaDB on loopback: database {@value BenchmarkData#SCHEMA} (created if missing by
	 * the driver's {@code createDatabaseIfNotExist}), user {@code root}. A MariaDB schema
	 * is a database, so the generated data and Chinook are two databases of the server,
	 * read with qualified names.
	 */
	MARIADB("jdbc:mariadb://127.0.0.1:3306/" + BenchmarkData.SCHEMA + "?createDatabaseIfNotExist=true", "root",
			"relata.bench.mariadb", Dialects.MARIADB),

	/**
	 * H2 embedded in the benchmark's JVM, on a database file made once per run (see
	 * {@link #h2Url()}) and read through a page cache large enough to hold all of it, so
	 * timed loads read memory. A {@code jdbc:h2:mem:} database would have to be filled
	 * again in every JMH fork (about 16 s each), which the run's budget cannot afford.
	 */
	H2("", "sa", null, Dialects.H2);

	/**
	 * H2's page cache in KiB: the whole benchmark data set (about 100 MB) fits.
	 */
	private static final int H2_CACHE_KIB = 512 * 1024;

	private final String url;

	private final String user;

	private final @Nullable String propertyPrefix;

	private final Dialect dialect;

	BenchmarkDatabase(String url, String user, @Nullable String propertyPrefix, Dialect dialect) {
		this.url = url;
		this.user = user;
		this.propertyPrefix = propertyPrefix;
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
	 * The H2 database file: {@code relata_bench} in the directory named by the system
	 * property {@code relata.bench.h2.dir}, by default {@code relata-bench-h2} in the
	 * temporary directory. One JVM at a time may open it (H2's file lock), which suits
	 * JMH's forks: they run one after another. {@code OPTIMIZE_REUSE_RESULTS=FALSE}: by
	 * default H2 hands a prepared statement run again with the same parameters, the data
	 * unchanged, the result of its last run, so a contender whose level is one statement
	 * read nothing after the first load while one whose level is several chunks of the
	 * same SQL read everything (tags of 10,000 posts: 1.2 ms reused against 1,625 ms read
	 * with one array of 10,000 keys; 0.7 against 26 ms with 1,000); every load reads its
	 * rows.
	 * @return the JDBC URL
	 */
	static String h2Url() {
		Path directory = Path.of(System.getProperty("relata.bench.h2.dir",
				Path.of(System.getProperty("java.io.tmpdir"), "relata-bench-h2").toString()));
		return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("relata_bench") + ";CACHE_SIZE=" + H2_CACHE_KIB
				+ ";OPTIMIZE_REUSE_RESULTS=FALSE";
	}

	/**
	 * Creates the pool: a fixed size of 4 connections, auto-commit on (every contender
	 * runs its read outside a transaction, as a repository call would).
	 * @return the pool; close it when done
	 */
	public HikariDataSource createDataSource() {
		return createDataSource(null);
	}

	/**
	 * Creates the pool with a statement timeout on every connection, set when the pool
	 * opens it: {@code statement_timeout} on PostgreSQL, {@code max_statement_time} on
	 * MariaDB, {@code QUERY_TIMEOUT} on H2.
	 * @param statementTimeout the longest a statement may run, or {@code null} for no
	 * limit
	 * @return the pool; close it when done
	 */
	public HikariDataSource createDataSource(@Nullable Duration statementTimeout) {
		HikariConfig config = new HikariConfig();
		if (statementTimeout != null) {
			long millis = statementTimeout.toMillis();
			config.setConnectionInitSql(switch (this) {
				case POSTGRESQL -> "SET statement_timeout = " + millis;
				case MARIADB -> "SET SESSION max_statement_time = " + (millis / 1000.0);
				case H2 -> "SET QUERY_TIMEOUT " + millis;
			});
		}
		config.setJdbcUrl((this == H2) ? h2Url() : property("url", this.url));
		config.setUsername(property("user", this.user));
		config.setPassword(property("password", ""));
		config.setMaximumPoolSize(4);
		config.setMinimumIdle(4);
		config.setPoolName("relata-bench-" + name().toLowerCase());
		return new HikariDataSource(config);
	}

	private String property(String name, String fallback) {
		return (this.propertyPrefix != null) ? System.getProperty(this.propertyPrefix + "." + name, fallback)
				: fallback;
	}

}
