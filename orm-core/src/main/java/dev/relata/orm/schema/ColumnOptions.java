package dev.relata.orm.schema;

/**
 * The column options of a property, as given by {@link Column} or defaulted, used for
 * generated DDL.
 *
 * @param length the length of a text column
 * @param precision the precision of a decimal column, 0 for the default
 * @param scale the scale of a decimal column, 0 for the default
 * @param nullable whether the column accepts NULL (never for keys and primitives)
 * @param unique whether the column has a unique constraint
 */
public record ColumnOptions(int length, int precision, int scale, boolean nullable, boolean unique) {

	/**
	 * The options of a property without {@link Column}: length 255, default precision and
	 * scale, nullable, not unique.
	 */
	public static final ColumnOptions DEFAULTS = new ColumnOptions(255, 0, 0, true, false);

	static ColumnOptions of(Column column) {
		return new ColumnOptions(column.length(), column.precision(), column.scale(), column.nullable(),
				column.unique());
	}

	ColumnOptions notNull() {
		return new ColumnOptions(this.length, this.precision, this.scale, false, this.unique);
	}

}
