package dev.relata.orm.sql.dialect;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL: lower-case identifiers, lateral joins, array parameters,
 * {@code INSERT ... RETURNING}, foreign keys added {@code NOT VALID} and validated apart,
 * type changes with {@code USING}.
 */
final class PostgresDialect implements Dialect {

	private static final Map<Class<?>, String> ARRAY_ELEMENT_TYPES = Map.of(Long.class, "int8", long.class, "int8",
			Integer.class, "int4", int.class, "int4", Short.class, "int2", short.class, "int2", String.class, "text",
			UUID.class, "uuid", BigDecimal.class, "numeric");

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	public IdentifierCase defaultIdentifierCase() {
		return IdentifierCase.LOWER;
	}

	@Override
	public String quoteIdentifier(String foldedName) {
		return AnsiQuoting.quote(foldedName, '"');
	}

	@Override
	public int maxBindParameters() {
		return 32767;
	}

	@Override
	public boolean supportsLateral() {
		return true;
	}

	@Override
	public boolean supportsNullsOrdering() {
		return true;
	}

	@Override
	public boolean supportsInsertReturning() {
		return true;
	}

	@Override
	public boolean supportsArrayParameters() {
		return true;
	}

	@Override
	public @Nullable String arrayElementType(Class<?> javaType) {
		return ARRAY_ELEMENT_TYPES.get(javaType);
	}

	@Override
	public boolean supportsTimestampWithTimeZone() {
		return true;
	}

	@Override
	public boolean nativeUuid() {
		return true;
	}

	@Override
	public boolean bindsEnumsAsUnspecifiedType() {
		return true;
	}

	@Override
	public String toString() {
		return name();
	}

	@Override
	public boolean supportsOnConflictDoNothing() {
		return true;
	}

	@Override
	public boolean supportsNotValidForeignKeys() {
		return true;
	}

	@Override
	public boolean supportsAlterColumnTypeUsing() {
		return true;
	}

	@Override
	public String columnType(ColumnType type, int length, int precision, int scale) {
		return switch (type) {
			case BINARY -> "BYTEA";
			// TIME keeps microseconds here already
			case TIME -> "TIME";
			default -> StandardTypes.columnType(type, length, precision, scale);
		};
	}

}
