package dev.relata.orm.jdbc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.ValueConverter;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * User types mapped through the {@link ValueConverter} SPI: written, read, compared in
 * where clauses and assigned in set-based updates as their column values.
 */
class ValueConverterIntegrationTests {

	record Money(BigDecimal amount) {
	}

	record EmailAddress(String value) {
	}

	@Table("customer")
	record Customer(@Id Long id, EmailAddress email, Money balance) {
	}

	private static final Customer ADA = new Customer(null, new EmailAddress("ada@example.com"),
			new Money(new BigDecimal("1250.50")));

	private static final Customer GRACE = new Customer(null, new EmailAddress("grace@example.com"),
			new Money(new BigDecimal("-3.25")));

	private final List<ExecutedStatement> statements = new ArrayList<>();

	@DatabaseTest
	void writesTheColumnValuesOfUserTypes(TestDatabase db) {
		OrmRepository<Customer> customers = customers(db);
		Long id = customers.insert(ADA).id();
		Map<String, Object> row = db.jdbc().queryForMap("SELECT email, balance FROM customer WHERE id = ?", id);
		assertThat(row.values()).containsExactly("ada@example.com", new BigDecimal("1250.50"));
		assertThat(this.statements).singleElement()
			.satisfies((insert) -> assertThat(insert.binds()).contains("ada@example.com", new BigDecimal("1250.50")));
	}

	@DatabaseTest
	void readsUserTypesAndNullsBack(TestDatabase db) {
		OrmRepository<Customer> customers = customers(db);
		Customer ada = customers.insert(ADA);
		Customer nobody = customers.insert(new Customer(null, null, null));
		db.execute("INSERT INTO customer (id, email, balance) VALUES (100, 'sql@example.com', 7.10)");
		assertThat(customers.findById(ada.id())).contains(ada);
		assertThat(customers.findById(nobody.id())).contains(nobody);
		assertThat(customers.findById(100L))
			.contains(new Customer(100L, new EmailAddress("sql@example.com"), new Money(new BigDecimal("7.10"))));
	}

	@DatabaseTest
	void convertsQueryValuesOfUserTypesBeforeBindingThem(TestDatabase db) {
		OrmRepository<Customer> customers = customers(db);
		Customer ada = customers.insert(ADA);
		Customer grace = customers.insert(GRACE);
		this.statements.clear();
		assertThat(customers.query().where("email", new EmailAddress("grace@example.com")).many())
			.containsExactly(grace);
		assertThat(this.statements).singleElement()
			.satisfies((select) -> assertThat(select.binds()).containsExactly("grace@example.com"));
		assertThat(customers.query().where(Customer::balance).gt(new Money(BigDecimal.ZERO)).many())
			.containsExactly(ada);
		assertThat(customers.query().where("balance", "<", new Money(new BigDecimal("-3"))).many())
			.containsExactly(grace);
		assertThat(customers.query()
			.whereIn("email", List.of(new EmailAddress("ada@example.com"), new EmailAddress("nobody@example.com")))
			.many()).containsExactly(ada);
		assertThat(customers.query().where(Customer::email).is(null).count()).isZero();
	}

	@DatabaseTest
	void convertsUserTypesInSetBasedUpdates(TestDatabase db) {
		OrmRepository<Customer> customers = customers(db);
		Customer ada = customers.insert(ADA);
		customers.insert(GRACE);
		int updated = customers.query()
			.where("email", ada.email())
			.update((s) -> s.set("balance", new Money(new BigDecimal("99.99"))));
		assertThat(updated).isOne();
		assertThat(db.jdbc().queryForObject("SELECT balance FROM customer WHERE id = ?", BigDecimal.class, ada.id()))
			.isEqualTo(new BigDecimal("99.99"));
		assertThat(customers.findById(ada.id()).orElseThrow().balance()).isEqualTo(new Money(new BigDecimal("99.99")));
	}

	private OrmRepository<Customer> customers(TestDatabase db) {
		db.recreate("customer",
				"CREATE TABLE customer (id " + db.identity() + ", email VARCHAR(100), balance NUMERIC(12,2))");
		OrmSchema schema = OrmSchema.builder()
			.models(Customer.class)
			.converters(ValueConverter.of(Money.class, BigDecimal.class, Money::amount, Money::new),
					ValueConverter.of(EmailAddress.class, String.class, EmailAddress::value, EmailAddress::new))
			.build();
		Orm orm = Orm.builder(db.dataSource(), schema).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				ValueConverterIntegrationTests.this.statements.add(statement);
			}
		}).build();
		return orm.repository(Customer.class);
	}

}
