package dev.relata.orm.benchmarks;

import java.util.Optional;

import dev.relata.orm.benchmarks.hibernate.MariaDbSchemaDialect;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;

/**
 * The Hibernate dialect a benchmark database needs named: none on PostgreSQL and H2
 * (Hibernate picks its own from the connection, and warns when told the same), and on
 * MariaDB its {@link MariaDBDialect} with schema-qualified table names
 * ({@link MariaDbSchemaDialect}).
 */
final class HibernateDialects {

	private HibernateDialects() {
	}

	/**
	 * Returns the dialect to configure for a database.
	 * @param database the database
	 * @return the dialect class, empty when Hibernate's detection picks the right one
	 */
	static Optional<Class<? extends Dialect>> of(BenchmarkDatabase database) {
		return switch (database) {
			case POSTGRESQL, H2 -> Optional.empty();
			case MARIADB -> Optional.of(MariaDbSchemaDialect.class);
		};
	}

}
