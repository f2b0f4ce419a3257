package dev.relata.orm.sql.dialect;

/**
 * What MariaDB and MySQL share: backtick quoting, case kept as written, no
 * {@code NULLS FIRST/LAST} (NULLs sort low), {@code LIMIT} required for an
 * {@code OFFSET}, no {@code LIMIT} in an {@code IN} subquery, no time-zone type (UTC in
 * {@code DATETIME(6)}), UUIDs as text, trailing pad spaces stripped from {@code CHAR},
 * {@code SET DEFAULT} not enforced, {@code AUTO_INCREMENT} keys, {@code NO ACTION} and
 * {@code RESTRICT} as one action, {@code DROP FOREIGN KEY}, columns altered with
 * {@code MODIFY COLUMN}, and databases that JDBC calls catalogs.
 */
abstract class MySqlFamilyDialect implements Dialect {

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
	public boolean supportsNonFiniteFloats() {
		return false;
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
	public boolean supportsSingleTableDeleteAlias() {
		return false;
	}

	@Override
	public boolean enforcesSetDefault() {
		// MariaDB accepts SET DEFAULT and ignores it; MySQL's InnoDB refuses it.
		return false;
	}

	@Override
	public boolean distinguishesNoActionFromRestrict() {
		return false;
	}

	@Override
	public String dropForeignKeyClause() {
		return "DROP FOREIGN KEY";
	}

	@Override
	public boolean altersColumnsByRedefinition() {
		return true;
	}

	@Override
	public boolean schemasAreCatalogs() {
		return true;
	}

	@Override
	public String columnType(ColumnType type, int length, int precision, int scale) {
		return MySqlFamilyTypes.columnType(type, length, precision, scale);
	}

	@Override
	public String generatedKeyClause() {
		return "AUTO_INCREMENT";
	}

	@Override
	public String toString() {
		return name();
	}

}
