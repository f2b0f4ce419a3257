package dev.relata.orm.ddl;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.schema.ColumnOptions;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.sql.dialect.ColumnType;
import dev.relata.orm.sql.dialect.Dialect;

/**
 * The column kind of each Java type a column can hold (a converted property by its
 * converter's column type, an enum as text), named per database by the {@link Dialect}.
 */
final class ColumnTypes {

	private static final Map<Class<?>, ColumnType> TYPES = Map.ofEntries(Map.entry(String.class, ColumnType.VARCHAR),
			Map.entry(BigDecimal.class, ColumnType.DECIMAL), Map.entry(Long.class, ColumnType.BIGINT),
			Map.entry(long.class, ColumnType.BIGINT), Map.entry(Integer.class, ColumnType.INTEGER),
			Map.entry(int.class, ColumnType.INTEGER), Map.entry(Short.class, ColumnType.SMALLINT),
			Map.entry(short.class, ColumnType.SMALLINT), Map.entry(Byte.class, ColumnType.SMALLINT),
			Map.entry(byte.class, ColumnType.SMALLINT), Map.entry(Boolean.class, ColumnType.BOOLEAN),
			Map.entry(boolean.class, ColumnType.BOOLEAN), Map.entry(Double.class, ColumnType.DOUBLE),
			Map.entry(double.class, ColumnType.DOUBLE), Map.entry(Float.class, ColumnType.REAL),
			Map.entry(float.class, ColumnType.REAL), Map.entry(Character.class, ColumnType.CHARACTER),
			Map.entry(char.class, ColumnType.CHARACTER), Map.entry(UUID.class, ColumnType.UUID),
			Map.entry(byte[].class, ColumnType.BINARY), Map.entry(LocalDate.class, ColumnType.DATE),
			Map.entry(LocalTime.class, ColumnType.TIME), Map.entry(LocalDateTime.class, ColumnType.TIMESTAMP),
			Map.entry(Instant.class, ColumnType.TIMESTAMP_WITH_TIME_ZONE),
			Map.entry(OffsetDateTime.class, ColumnType.TIMESTAMP_WITH_TIME_ZONE));

	private static final Set<ColumnType> INTEGRAL = Set.of(ColumnType.SMALLINT, ColumnType.INTEGER, ColumnType.BIGINT);

	private ColumnTypes() {
	}

	static ColumnType of(ModelProperty property) {
		Class<?> type = property.columnType();
		ColumnType columnType = type.isEnum() ? ColumnType.VARCHAR : TYPES.get(type);
		if (columnType == null) {
			throw new OrmSchemaException("No column type is known for " + property.qualifiedName() + " of type "
					+ type.getName() + "; register a ValueConverter to a supported type with "
					+ "OrmSchema.builder().converters(...), or create this table by hand");
		}
		return columnType;
	}

	static boolean integral(ColumnType type) {
		return INTEGRAL.contains(type);
	}

	static String render(ModelProperty property, Dialect dialect) {
		ColumnOptions options = property.options();
		return dialect.columnType(of(property), options.length(), options.precision(), options.scale());
	}

}
