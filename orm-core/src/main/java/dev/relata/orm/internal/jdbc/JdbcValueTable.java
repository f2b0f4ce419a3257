package dev.relata.orm.internal.jdbc;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import dev.relata.orm.exception.OrmMappingException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;
import java.util.Arrays;

/**
 * The one conversion table between Java values and JDBC for a dialect. Time policy:
 * {@link Instant} and {@link OffsetDateTime} are stored as UTC instants: in
 * {@code TIMESTAMP WITH TIME ZONE} where the database has it, else as the UTC wall-clock
 * time in a {@code DATETIME(6)}; offset date-times read back in UTC. Local date-times,
 * dates and times are stored as they are, never shifted by the JVM's zone. Enums are
 * stored as their names, UUIDs natively where the database has the type and as text
 * elsewhere. A {@code char} is one character of text, its pad space restored where the
 * database strips {@code CHAR} padding. Times are bound truncated to microseconds on
 * every database; {@code NaN} and the infinities are refused where the database cannot
 * store them. {@code String[]}, {@code Integer[]} and {@code Long[]} (the column values
 * of {@code List} properties) are array columns where the database has arrays of that
 * element type.
 */
final class JdbcValueTable {

	// the element types of array columns (List<String>, List<Integer>, List<Long>
	// properties, whose column values are arrays)
	private static final List<Class<?>> ARRAY_ELEMENTS = List.of(String.class, Integer.class, Long.class);

	private final Map<Class<?>, ValueCodec> codecs;

	private final Map<Class<?>, ValueCodec> enumCodecs = new ConcurrentHashMap<>();

	private final boolean enumsAsUnspecified;

	JdbcValueTable(Dialect dialect) {
		this.enumsAsUnspecified = dialect.bindsEnumsAsUnspecifiedType();
		Map<Class<?>, ValueCodec> table = new HashMap<>();
		put(table, this.enumsAsUnspecified ? Codecs.STRING_UNSPECIFIED : Codecs.STRING, String.class);
		put(table, Codecs.LONG, Long.class, long.class);
		put(table, Codecs.INTEGER, Integer.class, int.class);
		put(table, Codecs.SHORT, Short.class, short.class);
		put(table, Codecs.BYTE, Byte.class, byte.class);
		boolean nonFinite = dialect.supportsNonFiniteFloats();
		put(table, nonFinite ? Codecs.DOUBLE : FiniteFloats.refusing(Codecs.DOUBLE, dialect), Double.class,
				double.class);
		put(table, nonFinite ? Codecs.FLOAT : FiniteFloats.refusing(Codecs.FLOAT, dialect), Float.class, float.class);
		put(table, Codecs.BOOLEAN, Boolean.class, boolean.class);
		put(table, Codecs.character(dialect.stripsCharPadding()), Character.class, char.class);
		put(table, Codecs.BIG_DECIMAL, BigDecimal.class);
		put(table, Codecs.BYTES, byte[].class);
		put(table, Codecs.object(LocalDate.class, Types.DATE), LocalDate.class);
		put(table, Codecs.microseconds(LocalTime.class, Types.TIME), LocalTime.class);
		put(table, Codecs.microseconds(LocalDateTime.class, Types.TIMESTAMP), LocalDateTime.class);
		put(table, dialect.nativeUuid() ? Codecs.object(UUID.class, Types.OTHER) : Codecs.UUID_AS_TEXT, UUID.class);
		if (dialect.supportsTimestampWithTimeZone()) {
			put(table, Codecs.INSTANT_WITH_TIME_ZONE, Instant.class);
			put(table, Codecs.OFFSET_DATE_TIME_WITH_TIME_ZONE, OffsetDateTime.class);
		}
		else {
			put(table, Codecs.INSTANT_AS_UTC_DATETIME, Instant.class);
			put(table, Codecs.OFFSET_DATE_TIME_AS_UTC_DATETIME, OffsetDateTime.class);
		}
		for (Class<?> element : ARRAY_ELEMENTS) {
			String sqlElementType = dialect.supportsArrayParameters() ? dialect.arrayElementType(element) : null;
			if (sqlElementType != null) {
				put(table, new ArrayCodec(element, sqlElementType),
						java.lang.reflect.Array.newInstance(element, 0).getClass());
			}
		}
		this.codecs = Map.copyOf(table);
	}

	private static void put(Map<Class<?>, ValueCodec> table, ValueCodec codec, Class<?>... types) {
		for (Class<?> type : types) {
			table.put(type, codec);
		}
	}

	/**
	 * Returns the codec of a Java type.
	 * @param type a supported column type or enum
	 * @return its codec
	 */
	ValueCodec codec(Class<?> type) {
		ValueCodec codec = this.codecs.get(type);
		if (codec != null) {
			return codec;
		}
		if (type.isEnum()) {
			return this.enumCodecs.computeIfAbsent(type,
					(enumType) -> new EnumCodec(enumType, this.enumsAsUnspecified));
		}
		throw new OrmUsageException("Relata cannot bind or read values of type " + type.getName()
				+ "; register a ValueConverter to one of the supported types");
	}

	private static final class EnumCodec implements ValueCodec {

		private final Class<?> enumType;

		private final boolean asUnspecified;

		EnumCodec(Class<?> enumType, boolean asUnspecified) {
			this.enumType = enumType;
			this.asUnspecified = asUnspecified;
		}

		@Override
		public void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
			int sqlType = this.asUnspecified ? Types.OTHER : Types.VARCHAR;
			if (value == null) {
				statement.setNull(index, sqlType);
			}
			else {
				statement.setObject(index, ((Enum<?>) value).name(), sqlType);
			}
		}

		@Override
		@SuppressWarnings({ "unchecked", "rawtypes" })
		public @Nullable Object read(ResultSet resultSet, int index) throws SQLException {
			String name = resultSet.getString(index);
			if (name == null) {
				return null;
			}
			try {
				return Enum.valueOf((Class) this.enumType, name);
			}
			catch (IllegalArgumentException ex) {
				throw new OrmMappingException("Column " + resultSet.getMetaData().getColumnLabel(index) + " holds '"
						+ name + "', which is no constant of " + this.enumType.getSimpleName() + "; it has: "
						+ Arrays.toString(this.enumType.getEnumConstants()));
			}
		}

		@Override
		public Object arrayElement(Object value) {
			return ((Enum<?>) value).name();
		}

	}

	/**
	 * The codecs of the supported types.
	 */
	private static final class Codecs {

		static final ValueCodec STRING = simple(Types.VARCHAR, (s, i, v) -> s.setString(i, (String) v),
				ResultSet::getString);

		// unspecified, so PostgreSQL resolves the type from the column: an enum column
		// accepts a String then as it does an enum
		static final ValueCodec STRING_UNSPECIFIED = simple(Types.VARCHAR, (s, i, v) -> s.setObject(i, v, Types.OTHER),
				ResultSet::getString);

		static final ValueCodec LONG = simple(Types.BIGINT, (s, i, v) -> s.setLong(i, (Long) v), (r, i) -> {
			long value = r.getLong(i);
			return r.wasNull() ? null : value;
		});

		static final ValueCodec INTEGER = simple(Types.INTEGER, (s, i, v) -> s.setInt(i, (Integer) v), (r, i) -> {
			int value = r.getInt(i);
			return r.wasNull() ? null : value;
		});

		static final ValueCodec SHORT = simple(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Short) v), (r, i) -> {
			short value = r.getShort(i);
			return r.wasNull() ? null : value;
		});

		static final ValueCodec BYTE = simple(Types.SMALLINT, (s, i, v) -> s.setShort(i, (Byte) v), (r, i) -> {
			byte value = r.getByte(i);
			return r.wasNull() ? null : value;
		});

		static final ValueCodec DOUBLE = simple(Types.DOUBLE, (s, i, v) -> s.setDouble(i, (Double) v), (r, i) -> {
			double value = r.getDouble(i);
			return r.wasNull() ? null : value;
		});

		// bound as the float's exact double: a driver that sends text ("0.1") would else
		// compare a single-precision column, widened to double, with the double nearest
		// 0.1
		static final ValueCodec FLOAT = simple(Types.REAL, (s, i, v) -> s.setDouble(i, (Float) v), (r, i) -> {
			float value = r.getFloat(i);
			return r.wasNull() ? null : value;
		});

		static final ValueCodec BOOLEAN = simple(Types.BOOLEAN, (s, i, v) -> s.setBoolean(i, (Boolean) v), (r, i) -> {
			boolean value = r.getBoolean(i);
			return r.wasNull() ? null : value;
		});

		/**
		 * Returns the codec of {@code char}: a non-NULL column is never read as
		 * {@code null}; an empty string is a space whose padding the database stripped,
		 * if it strips {@code CHAR} padding, and text of any other length is refused
		 * rather than cut.
		 * @param stripsPadding whether the database reads {@code CHAR} without its pad
		 * spaces
		 * @return the codec
		 */
		static ValueCodec character(boolean stripsPadding) {
			return simple(Types.CHAR, (s, i, v) -> s.setString(i, v.toString()), (r, i) -> {
				String value = r.getString(i);
				if (value == null) {
					return null;
				}
				if (value.isEmpty() && stripsPadding) {
					return ' ';
				}
				if (value.length() != 1) {
					throw new OrmMappingException("Column " + r.getMetaData().getColumnLabel(i) + " holds '" + value
							+ "', which is not a single character; map it to a String property");
				}
				return value.charAt(0);
			});
		}

		static final ValueCodec BIG_DECIMAL = simple(Types.NUMERIC, (s, i, v) -> s.setBigDecimal(i, (BigDecimal) v),
				ResultSet::getBigDecimal);

		static final ValueCodec BYTES = simple(Types.VARBINARY, (s, i, v) -> s.setBytes(i, (byte[]) v),
				ResultSet::getBytes);

		static final ValueCodec UUID_AS_TEXT = new ValueCodec() {
			@Override
			public void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
				if (value == null) {
					statement.setNull(index, Types.VARCHAR);
				}
				else {
					statement.setString(index, value.toString());
				}
			}

			@Override
			public @Nullable Object read(ResultSet resultSet, int index) throws SQLException {
				String value = resultSet.getString(index);
				return (value != null) ? UUID.fromString(value) : null;
			}

			@Override
			public Object arrayElement(Object value) {
				return value.toString();
			}
		};

		static final ValueCodec INSTANT_WITH_TIME_ZONE = simple(Types.TIMESTAMP_WITH_TIMEZONE,
				(s, i, v) -> s.setObject(i, OffsetDateTime.ofInstant(Micros.of((Instant) v), ZoneOffset.UTC)),
				(r, i) -> {
					OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
					return (value != null) ? value.toInstant() : null;
				});

		static final ValueCodec OFFSET_DATE_TIME_WITH_TIME_ZONE = simple(Types.TIMESTAMP_WITH_TIMEZONE,
				(s, i, v) -> s.setObject(i, Micros.of((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC)),
				(r, i) -> {
					OffsetDateTime value = r.getObject(i, OffsetDateTime.class);
					return (value != null) ? value.withOffsetSameInstant(ZoneOffset.UTC) : null;
				});

		static final ValueCodec INSTANT_AS_UTC_DATETIME = simple(Types.TIMESTAMP,
				(s, i, v) -> s.setObject(i, LocalDateTime.ofInstant(Micros.of((Instant) v), ZoneOffset.UTC)),
				(r, i) -> {
					LocalDateTime value = r.getObject(i, LocalDateTime.class);
					return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
				});

		static final ValueCodec OFFSET_DATE_TIME_AS_UTC_DATETIME = simple(Types.TIMESTAMP,
				(s, i, v) -> s.setObject(i,
						Micros.of((OffsetDateTime) v).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime()),
				(r, i) -> {
					LocalDateTime value = r.getObject(i, LocalDateTime.class);
					return (value != null) ? value.atOffset(ZoneOffset.UTC) : null;
				});

		private Codecs() {
		}

		/**
		 * The codec of a time type, bound truncated to microseconds, the finest time
		 * every database keeps (PostgreSQL and H2 would round, MariaDB truncates).
		 */
		static ValueCodec microseconds(Class<?> type, int sqlType) {
			return simple(sqlType, (s, i, v) -> s.setObject(i, Micros.of(v)), (r, i) -> r.getObject(i, type));
		}

		static ValueCodec object(Class<?> type, int sqlType) {
			return simple(sqlType, PreparedStatement::setObject, (r, i) -> r.getObject(i, type));
		}

		static ValueCodec simple(int sqlType, Binder binder, Reader reader) {
			return new ValueCodec() {
				@Override
				public void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
					if (value == null) {
						statement.setNull(index, sqlType);
					}
					else {
						binder.bind(statement, index, value);
					}
				}

				@Override
				public @Nullable Object read(ResultSet resultSet, int index) throws SQLException {
					return reader.read(resultSet, index);
				}
			};
		}

		@FunctionalInterface
		interface Binder {

			void bind(PreparedStatement statement, int index, Object value) throws SQLException;

		}

		@FunctionalInterface
		interface Reader {

			@Nullable Object read(ResultSet resultSet, int index) throws SQLException;

		}

	}

}
