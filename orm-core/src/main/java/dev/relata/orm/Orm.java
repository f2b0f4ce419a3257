package dev.relata.orm;

import javax.sql.DataSource;

import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialect;

import org.springframework.jdbc.core.RowMapper;

/**
 * Relata's entry point: a schema bound to a database. Thread-safe; create one per data
 * source and share it. Creating it opens no connection: the dialect and identifier case
 * are detected on first use.
 *
 * <pre class="code">
 * Orm orm = Orm.create(dataSource, schema);
 * OrmRepository&lt;User&gt; users = orm.repository(User.class);
 * </pre>
 */
public interface Orm {

	/**
	 * Creates an {@code Orm} with the default settings.
	 * @param dataSource the database
	 * @param schema the models
	 * @return the ORM
	 */
	static Orm create(DataSource dataSource, OrmSchema schema) {
		return builder(dataSource, schema).build();
	}

	/**
	 * Starts an {@code Orm} with explicit settings, dialect, observation registry,
	 * transaction manager, clock or statement listeners.
	 * @param dataSource the database
	 * @param schema the models
	 * @return a builder
	 */
	static OrmBuilder builder(DataSource dataSource, OrmSchema schema) {
		return new OrmBuilder(dataSource, schema);
	}

	/**
	 * Returns the repository of a model.
	 * @param <T> the model type
	 * @param modelType a model of the schema
	 * @return its repository, the same instance on every call
	 * @throws dev.relata.orm.exception.OrmUsageException when the type is not a model of
	 * the schema
	 */
	<T> OrmRepository<T> repository(Class<T> modelType);

	/**
	 * Returns a Spring {@link RowMapper} for hand-written SQL (for example with
	 * {@code JdbcClient}): columns map to properties by name, with Relata's value
	 * conversions.
	 * @param <T> the model type
	 * @param modelType a model of the schema
	 * @return a thread-safe row mapper
	 */
	<T> RowMapper<T> rowMapper(Class<T> modelType);

	/**
	 * Returns the schema.
	 * @return the schema
	 */
	OrmSchema schema();

	/**
	 * Returns the dialect, detecting it from the database on first call unless
	 * configured.
	 * @return the dialect
	 */
	Dialect dialect();

	/**
	 * Returns the settings.
	 * @return the settings
	 */
	OrmSettings settings();

}
