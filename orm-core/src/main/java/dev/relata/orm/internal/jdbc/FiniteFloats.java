package dev.relata.orm.internal.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.sql.dialect.Dialect;
import org.jspecify.annotations.Nullable;

/**
 * Refuses {@code NaN} and the infinities where the database has no such floating-point
 * values (MariaDB, MySQL), with an {@link OrmUsageException} before the statement runs,
 * instead of the driver's {@code Unknown column 'NaN'}.
 */
final class FiniteFloats {

	private FiniteFloats() {
	}

	static ValueCodec refusing(ValueCodec codec, Dialect dialect) {
		return new ValueCodec() {
			@Override
			public void bind(PreparedStatement statement, int index, @Nullable Object value) throws SQLException {
				if (value instanceof Number number && !Double.isFinite(number.doubleValue())) {
					throw new OrmUsageException(dialect.name() + " cannot store " + value
							+ " in a floating-point column; store NULL or a finite value");
				}
				codec.bind(statement, index, value);
			}

			@Override
			public @Nullable Object read(ResultSet resultSet, int index) throws SQLException {
				return codec.read(resultSet, index);
			}

			@Override
			public Object arrayElement(Object value) {
				return codec.arrayElement(value);
			}
		};
	}

}
