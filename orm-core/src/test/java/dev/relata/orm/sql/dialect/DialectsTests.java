package dev.relata.orm.sql.dialect;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import dev.relata.orm.exception.OrmUsageException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DialectsTests {

	@Test
	void detectsEachSupportedProductByName() {
		assertThat(Dialects.fromDatabaseProduct("PostgreSQL", "15.4")).isSameAs(Dialects.POSTGRESQL);
		assertThat(Dialects.fromDatabaseProduct("MariaDB", "10.11.19-MariaDB-0+deb12u1")).isSameAs(Dialects.MARIADB);
		assertThat(Dialects.fromDatabaseProduct("MySQL", "8.0.36")).isSameAs(Dialects.MYSQL);
		assertThat(Dialects.fromDatabaseProduct("H2", "2.4.240 (2025-09-22)")).isSameAs(Dialects.H2);
	}

	@Test
	void detectsMariaDbBehindAMySqlDriverByItsVersion() {
		assertThat(Dialects.fromDatabaseProduct("MySQL", "5.5.5-10.11.19-MariaDB")).isSameAs(Dialects.MARIADB);
	}

	@Test
	void refusesAnUnsupportedProductNamingTheSupportedOnesAndTheFix() {
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> Dialects.fromDatabaseProduct("Oracle", "19c"))
			.withMessageContaining("'Oracle'")
			.withMessageContaining("PostgreSQL, MariaDB, MySQL and H2")
			.withMessageContaining("Orm.builder(...).dialect(");
	}

	@Test
	void namesEachDialect() {
		assertThat(Dialects.all()).extracting(Dialect::name).containsExactly("PostgreSQL", "MariaDB", "MySQL", "H2");
	}

	@Test
	void foldsIdentifiersPerDefaultCase() {
		assertThat(Dialects.POSTGRESQL.defaultIdentifierCase().fold("Role_Id")).isEqualTo("role_id");
		assertThat(Dialects.H2.defaultIdentifierCase().fold("role_id")).isEqualTo("ROLE_ID");
		assertThat(Dialects.MARIADB.defaultIdentifierCase().fold("Role_Id")).isEqualTo("Role_Id");
		assertThat(Dialects.MYSQL.defaultIdentifierCase()).isEqualTo(IdentifierCase.AS_IS);
	}

	@Test
	void foldsIndependentOfTheDefaultLocale() {
		assertThat(IdentifierCase.UPPER.fold("title")).isEqualTo("TITLE");
		assertThat(IdentifierCase.LOWER.fold("TITLE")).isEqualTo("title");
	}

	@Test
	void quotesIdentifiersDoublingEmbeddedQuotes() {
		assertThat(Dialects.POSTGRESQL.quoteIdentifier("users")).isEqualTo("\"users\"");
		assertThat(Dialects.H2.quoteIdentifier("a\"b")).isEqualTo("\"a\"\"b\"");
		assertThat(Dialects.MARIADB.quoteIdentifier("users")).isEqualTo("`users`");
		assertThat(Dialects.MYSQL.quoteIdentifier("a`b")).isEqualTo("`a``b`");
	}

	@Test
	void limitsBindParametersPerDatabase() {
		assertThat(Dialects.POSTGRESQL.maxBindParameters()).isEqualTo(32767);
		assertThat(Dialects.MARIADB.maxBindParameters()).isEqualTo(65535);
		assertThat(Dialects.MYSQL.maxBindParameters()).isEqualTo(65535);
		assertThat(Dialects.H2.maxBindParameters()).isEqualTo(100000);
	}

	@Test
	void postgresqlHasLateralReturningArraysAndUnspecifiedEnums() {
		Dialect pg = Dialects.POSTGRESQL;
		assertThat(pg.supportsLateral()).isTrue();
		assertThat(pg.supportsNullsOrdering()).isTrue();
		assertThat(pg.supportsInsertReturning()).isTrue();
		assertThat(pg.supportsArrayParameters()).isTrue();
		assertThat(pg.supportsLimitInInSubquery()).isTrue();
		assertThat(pg.requiresLimitForOffset()).isFalse();
		assertThat(pg.supportsTimestampWithTimeZone()).isTrue();
		assertThat(pg.nativeUuid()).isTrue();
		assertThat(pg.bindsEnumsAsUnspecifiedType()).isTrue();
		assertThat(pg.enforcesSetDefault()).isTrue();
		assertThat(pg.supportsWindowFunctions()).isTrue();
		assertThat(pg.supportsSingleTableDeleteAlias()).isTrue();
		assertThat(pg.stripsCharPadding()).isFalse();
	}

	@Test
	void postgresqlNamesArrayElementTypes() {
		Dialect pg = Dialects.POSTGRESQL;
		assertThat(pg.arrayElementType(Long.class)).isEqualTo("int8");
		assertThat(pg.arrayElementType(Integer.class)).isEqualTo("int4");
		assertThat(pg.arrayElementType(Short.class)).isEqualTo("int2");
		assertThat(pg.arrayElementType(String.class)).isEqualTo("text");
		assertThat(pg.arrayElementType(UUID.class)).isEqualTo("uuid");
		assertThat(pg.arrayElementType(BigDecimal.class)).isEqualTo("numeric");
		assertThat(pg.arrayElementType(byte[].class)).isNull();
	}

	@Test
	void mariaDbAndMySqlEmulateWhatTheyLack() {
		for (Dialect dialect : new Dialect[] { Dialects.MARIADB, Dialects.MYSQL }) {
			assertThat(dialect.supportsLateral()).isFalse();
			assertThat(dialect.supportsNullsOrdering()).isFalse();
			assertThat(dialect.supportsInsertReturning()).isFalse();
			assertThat(dialect.supportsArrayParameters()).isFalse();
			assertThat(dialect.arrayElementType(Long.class)).isNull();
			assertThat(dialect.supportsLimitInInSubquery()).isFalse();
			assertThat(dialect.requiresLimitForOffset()).isTrue();
			assertThat(dialect.supportsTimestampWithTimeZone()).isFalse();
			assertThat(dialect.nativeUuid()).isFalse();
			assertThat(dialect.bindsEnumsAsUnspecifiedType()).isFalse();
			assertThat(dialect.supportsWindowFunctions()).isTrue();
			assertThat(dialect.supportsSingleTableDeleteAlias()).isFalse();
			assertThat(dialect.stripsCharPadding()).isTrue();
		}
		assertThat(Dialects.MARIADB.enforcesSetDefault()).isFalse();
		assertThat(Dialects.MYSQL.enforcesSetDefault()).isFalse();
	}

	@Test
	void h2HasNullsOrderingNativeTypesAndArraysButNoLateralOrReturning() {
		Dialect h2 = Dialects.H2;
		assertThat(h2.supportsLateral()).isFalse();
		assertThat(h2.supportsNullsOrdering()).isTrue();
		assertThat(h2.supportsInsertReturning()).isFalse();
		assertThat(h2.supportsArrayParameters()).isTrue();
		assertThat(h2.arrayElementType(Long.class)).isEqualTo("BIGINT");
		assertThat(h2.arrayElementType(String.class)).isEqualTo("VARCHAR");
		assertThat(h2.arrayElementType(byte[].class)).isNull();
		assertThat(h2.supportsLimitInInSubquery()).isTrue();
		assertThat(h2.requiresLimitForOffset()).isFalse();
		assertThat(h2.supportsTimestampWithTimeZone()).isTrue();
		assertThat(h2.nativeUuid()).isTrue();
		assertThat(h2.enforcesSetDefault()).isTrue();
		assertThat(h2.supportsWindowFunctions()).isTrue();
		assertThat(h2.stripsCharPadding()).isFalse();
	}

	@Test
	void keyListsGoAsArraysOnPostgresqlAndH2AndAsJsonTextOnMariaDb() {
		for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.H2)) {
			assertThat(dialect.keyListForm(Long.class)).isEqualTo(KeyListForm.ARRAY);
			assertThat(dialect.keyListForm(String.class)).isEqualTo(KeyListForm.ARRAY);
			assertThat(dialect.keyListForm(byte[].class)).isEqualTo(KeyListForm.IN_LIST);
			assertThat(dialect.jsonTableColumnType(Long.class)).isNull();
		}
		Dialect mariaDb = Dialects.MARIADB;
		assertThat(mariaDb.keyListForm(Long.class)).isEqualTo(KeyListForm.JSON_TABLE);
		assertThat(mariaDb.keyListForm(int.class)).isEqualTo(KeyListForm.JSON_TABLE);
		assertThat(mariaDb.jsonTableColumnType(Long.class)).isEqualTo("BIGINT");
		assertThat(mariaDb.jsonTableColumnType(Integer.class)).isEqualTo("INT");
		assertThat(mariaDb.jsonTableColumnType(Short.class)).isEqualTo("SMALLINT");
		// a JSON_TABLE text column would not compare with a column of another collation
		assertThat(mariaDb.keyListForm(String.class)).isEqualTo(KeyListForm.IN_LIST);
		assertThat(mariaDb.keyListForm(UUID.class)).isEqualTo(KeyListForm.IN_LIST);
		assertThat(Dialects.MYSQL.keyListForm(Long.class)).isEqualTo(KeyListForm.IN_LIST);
		assertThat(Dialects.MYSQL.jsonTableColumnType(Long.class)).isNull();
	}

	@Test
	void snapshotLoadsUseSerializableOnlyOnH2() {
		assertThat(Dialects.POSTGRESQL.snapshotIsolationLevel()).isEqualTo(IsolationLevel.REPEATABLE_READ);
		assertThat(Dialects.MARIADB.snapshotIsolationLevel()).isEqualTo(IsolationLevel.REPEATABLE_READ);
		assertThat(Dialects.MYSQL.snapshotIsolationLevel()).isEqualTo(IsolationLevel.REPEATABLE_READ);
		assertThat(Dialects.H2.snapshotIsolationLevel()).isEqualTo(IsolationLevel.SERIALIZABLE);
	}

	@Test
	void onlyPostgresqlAddsForeignKeysNotValidAndConvertsColumnTypesWithUsing() {
		assertThat(Dialects.all()).filteredOn(Dialect::supportsNotValidForeignKeys)
			.containsExactly(Dialects.POSTGRESQL);
		assertThat(Dialects.all()).filteredOn(Dialect::supportsAlterColumnTypeUsing)
			.containsExactly(Dialects.POSTGRESQL);
	}

	@Test
	void theMySqlFamilyTreatsNoActionAsRestrictDropsForeignKeysAndRedefinesColumns() {
		for (Dialect dialect : List.of(Dialects.MARIADB, Dialects.MYSQL)) {
			assertThat(dialect.distinguishesNoActionFromRestrict()).isFalse();
			assertThat(dialect.dropForeignKeyClause()).isEqualTo("DROP FOREIGN KEY");
			assertThat(dialect.altersColumnsByRedefinition()).isTrue();
			assertThat(dialect.schemasAreCatalogs()).isTrue();
		}
		for (Dialect dialect : List.of(Dialects.POSTGRESQL, Dialects.H2)) {
			assertThat(dialect.distinguishesNoActionFromRestrict()).isTrue();
			assertThat(dialect.dropForeignKeyClause()).isEqualTo("DROP CONSTRAINT");
			assertThat(dialect.altersColumnsByRedefinition()).isFalse();
			assertThat(dialect.schemasAreCatalogs()).isFalse();
		}
	}

}
