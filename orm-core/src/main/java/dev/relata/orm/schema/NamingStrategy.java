package dev.relata.orm.schema;

/**
 * Derives table and column names from model types and property names when {@link Table}
 * or {@link Column} do not name them.
 */
public interface NamingStrategy {

	/**
	 * camelCase to snake_case: {@code UserTag -> user_tag}, {@code roleId -> role_id},
	 * {@code URLValue -> url_value}. The default.
	 */
	NamingStrategy SNAKE_CASE = BuiltInNamingStrategy.SNAKE_CASE;

	/** Names as written in Java: {@code UserTag -> UserTag}, {@code roleId -> roleId}. */
	NamingStrategy AS_IS = BuiltInNamingStrategy.AS_IS;

	/**
	 * Returns the table name of a model type without {@link Table#value()}.
	 * @param modelType the model type
	 * @return the table name
	 */
	String tableName(Class<?> modelType);

	/**
	 * Returns the column name of a property without {@link Column#value()}.
	 * @param propertyName the property name
	 * @return the column name
	 */
	String columnName(String propertyName);

}
