package dev.relata.orm.sql.dialect;

/**
 * MariaDB: identifiers as written, backtick quoting, no explicit null ordering, no
 * {@code LIMIT} in {@code IN} subqueries, and {@code ON DELETE SET DEFAULT} parsed but
 * ignored.
 */
final class MariaDbDialect implements Dialect {

	@Override
	public String name() {
		return "MariaDB";
	}

	@Override
	public IdentifierCase defaultIdentifierCase() {
		return IdentifierCase.AS_IS;
	}

	@Override
	public String quoteIdentifier(String foldedName) {
		return AnsiQuoting.quote(foldedName, '`');
	}

	@Override
	public int maxBindParameters() {
		return 65535;
	}

	@Override
	public boolean supportsNullsOrdering() {
		return false;
	}

	@Override
	public boolean sortsNullsLow() {
		return true;
	}

	@Override
	public boolean supportsLimitInInSubquery() {
		return false;
	}

	@Override
	public boolean requiresLimitForOffset() {
		return true;
	}

	@Override
	public boolean supportsTimestampWithTimeZone() {
		return false;
	}

	@Override
	public boolean nativeUuid() {
		return false;
	}

	@Override
	public boolean stripsCharPadding() {
		return true;
	}

	@Override
	public boolean enforcesSetDefault() {
		return false;
	}

	@Override
	public boolean supportsSingleTableDeleteAlias() {
		return false;
	}

	@Override
	public String toString() {
		return name();
	}

	@Override
	public boolean batchesInsertSelect() {
		return false;
	}

	@Override
	public String columnType(ColumnType type, int length, int precision, int scale) {
		return MySqlFamilyTypes.columnType(type, length, precision, scale);
	}

	@Override
	public String generatedKeyClause() {
		return "AUTO_INCREMENT";
	}

}
