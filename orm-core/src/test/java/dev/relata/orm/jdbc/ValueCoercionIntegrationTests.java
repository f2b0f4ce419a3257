package dev.relata.orm.jdbc;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.ValueConversionException;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Query values converted to the Java type of the property they are compared with before
 * they are bound, and refused before any SQL runs when they cannot be converted.
 */
class ValueCoercionIntegrationTests {

	private static final UUID TOKEN = UUID.fromString("0b6f4c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b");

	enum Status {

		ACTIVE, SUSPENDED

	}

	@Table("account")
	record Account(@Id Long id, String name, UUID token, Status status, Integer score) {
	}

	private final List<ExecutedStatement> statements = new ArrayList<>();

	@DatabaseTest
	void bindsAnIntegerComparedWithALongKeyAsALong(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThat(accounts.query().where("id", 1).many()).extracting(Account::name).containsExactly("Ada");
		assertThat(this.statements).singleElement().satisfies((select) -> {
			assertThat(select.sql()).startsWith("SELECT");
			assertThat(select.binds()).singleElement().isInstanceOf(Long.class).isEqualTo(1L);
		});
	}

	@DatabaseTest
	void findsALongKeyedRowByAnIntegerKey(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThat(accounts.findById(2)).map(Account::name).contains("Grace");
		assertThat(accounts.query().whereKey(3).one()).map(Account::name).contains("Alan");
		assertThat(this.statements).hasSize(2)
			.allSatisfy((select) -> assertThat(select.binds().get(0)).isInstanceOf(Long.class));
		assertThat(this.statements).extracting((select) -> select.binds().get(0)).containsExactly(2L, 3L);
	}

	@DatabaseTest
	void convertsEveryValueOfAnInList(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThat(accounts.query().whereIn("id", List.of(1, 2)).orderBy("id").many()).extracting(Account::name)
			.containsExactly("Ada", "Grace");
		assertThat(accounts.query().whereNotIn("id", List.of((short) 1, 2)).many()).extracting(Account::name)
			.containsExactly("Alan");
		assertThat(this.statements).hasSize(2);
		assertThat(flatBinds(this.statements.get(0))).containsExactly(1L, 2L)
			.allSatisfy((bind) -> assertThat(bind).isInstanceOf(Long.class));
	}

	@DatabaseTest
	void convertsAStringToAUuidAndAnEnumConstant(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThat(accounts.query().where("token", TOKEN.toString()).many()).extracting(Account::name)
			.containsExactly("Grace");
		assertThat(accounts.query().where("status", "SUSPENDED").many()).extracting(Account::name)
			.containsExactly("Alan");
		assertThat(this.statements.get(0).binds()).containsExactly(TOKEN);
		assertThat(this.statements.get(1).binds()).containsExactly(Status.SUSPENDED);
	}

	@DatabaseTest
	void refusesAValueThatCannotBeConvertedBeforeAnySqlRuns(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> accounts.query().where("id", "abc").many())
			.withMessageContaining("java.lang.String")
			.withMessageContaining("java.lang.Long")
			.withMessageContaining("Account.id");
		assertThatExceptionOfType(ValueConversionException.class).isThrownBy(() -> accounts.findById("abc"))
			.withMessageContaining("java.lang.String")
			.withMessageContaining("java.lang.Long");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> accounts.query().where("token", "not-a-uuid").many())
			.withMessageContaining("java.util.UUID")
			.withMessageContaining("Account.token");
		assertThat(this.statements).isEmpty();
	}

	@DatabaseTest
	void refusesLossyNumbersAndUnknownEnumNames(TestDatabase db) {
		OrmRepository<Account> accounts = accounts(db);
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> accounts.query().where("id", 1.5).many())
			.withMessageContaining("java.lang.Double")
			.withMessageContaining("Account.id")
			.withMessageContaining("without losing precision");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> accounts.query().where("score", Long.MAX_VALUE).many())
			.withMessageContaining("java.lang.Integer")
			.withMessageContaining("Account.score");
		assertThatExceptionOfType(ValueConversionException.class)
			.isThrownBy(() -> accounts.query().whereIn("status", List.of("ACTIVE", "CLOSED")).many())
			.withMessageContaining("Account.status")
			.withMessageContaining("CLOSED")
			.withMessageContaining("[ACTIVE, SUSPENDED]");
		assertThat(this.statements).isEmpty();
		assertThat(accounts.query().where("id", 2.0).many()).extracting(Account::name).containsExactly("Grace");
	}

	private static List<Object> flatBinds(ExecutedStatement statement) {
		List<Object> binds = new ArrayList<>();
		for (Object bind : statement.binds()) {
			if (bind instanceof Collection<?> values) {
				binds.addAll(values);
			}
			else {
				binds.add(bind);
			}
		}
		return binds;
	}

	private OrmRepository<Account> accounts(TestDatabase db) {
		db.recreate("account", "CREATE TABLE account (id BIGINT PRIMARY KEY, name VARCHAR(50), token " + db.uuid()
				+ ", status VARCHAR(20), score INT)");
		db.execute("INSERT INTO account (id, name, status, score) VALUES (1, 'Ada', 'ACTIVE', 10)",
				"INSERT INTO account (id, name, token, status) VALUES (2, 'Grace', '" + TOKEN + "', 'ACTIVE')",
				"INSERT INTO account (id, name, status) VALUES (3, 'Alan', 'SUSPENDED')");
		Orm orm = Orm.builder(db.dataSource(), OrmSchema.builder().models(Account.class).build())
			.statementListener(new StatementListener() {
				@Override
				public void beforeStatement(ExecutedStatement statement) {
					ValueCoercionIntegrationTests.this.statements.add(statement);
				}
			})
			.build();
		return orm.repository(Account.class);
	}

}
