package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.sql.dialect.IdentifierCase;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqlRendererTests {

	private static final SqlRenderer POSTGRESQL = new SqlRenderer(Dialects.POSTGRESQL);

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private static final SqlRenderer H2 = new SqlRenderer(Dialects.H2);

	private final TableRef users = TableRef.of("users", "t0");

	private final TableRef roles = TableRef.of("roles", "t1");

	private Select usersById() {
		return Select.builder()
			.select(this.users.column("id"), this.users.column("name"))
			.from(this.users)
			.where(Condition.eq(this.users.column("id"), Bind.of(7L)))
			.build();
	}

	@Test
	void rendersColumnsTableAndAliasFoldedAndQuotedPerDialect() {
		assertThat(POSTGRESQL.render(usersById()).sql())
			.isEqualTo("SELECT t0.\"id\", t0.\"name\" FROM \"users\" t0 WHERE t0.\"id\" = ?");
		assertThat(MARIADB.render(usersById()).sql())
			.isEqualTo("SELECT t0.`id`, t0.`name` FROM `users` t0 WHERE t0.`id` = ?");
		assertThat(H2.render(usersById()).sql())
			.isEqualTo("SELECT t0.\"ID\", t0.\"NAME\" FROM \"USERS\" t0 WHERE t0.\"ID\" = ?");
	}

	@Test
	void bindsValuesInsteadOfInliningThem() {
		RenderedSql rendered = POSTGRESQL.render(usersById());
		assertThat(rendered.binds()).containsExactly(new Bind(7L, Long.class));
		assertThat(rendered.values()).containsExactly(7L);
	}

	@Test
	void foldsWithTheGivenIdentifierCaseRatherThanTheDialectDefault() {
		SqlRenderer asIs = new SqlRenderer(Dialects.H2, IdentifierCase.AS_IS);
		assertThat(asIs.render(usersById()).sql())
			.isEqualTo("SELECT t0.\"id\", t0.\"name\" FROM \"users\" t0 WHERE t0.\"id\" = ?");
		assertThat(asIs.identifier("role_id")).isEqualTo("\"role_id\"");
	}

	@Test
	void quotesIdentifiersWithEmbeddedQuoteCharacters() {
		assertThat(POSTGRESQL.identifier("we\"ird")).isEqualTo("\"we\"\"ird\"");
		assertThat(MARIADB.identifier("we`ird")).isEqualTo("`we``ird`");
	}

	@Test
	void rendersSchemaQualifiedTablesAndColumnAliases() {
		Select select = Select.builder()
			.select(new SelectItem(new ColumnRef("t0", "id"), "user_id"))
			.from(new TableRef("app", "users", "t0"))
			.build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t0.\"id\" AS \"user_id\" FROM \"app\".\"users\" t0");
		assertThat(MARIADB.render(select).sql()).isEqualTo("SELECT t0.`id` AS `user_id` FROM `app`.`users` t0");
		assertThat(H2.render(select).sql()).isEqualTo("SELECT t0.\"ID\" AS \"USER_ID\" FROM \"APP\".\"USERS\" t0");
	}

	@Test
	void rendersUnqualifiedColumnsAndUnaliasedTables() {
		Select select = Select.builder().select(Expression.column(null, "id")).from(TableRef.of("users", null)).build();
		assertThat(POSTGRESQL.render(select).sql()).isEqualTo("SELECT \"id\" FROM \"users\"");
	}

	@Test
	void refusesAnAliasThatWouldNeedQuoting() {
		Select select = Select.builder().select(new ColumnRef("t 0", "id")).from(TableRef.of("users", "t0")).build();
		assertThatIllegalArgumentException().isThrownBy(() -> POSTGRESQL.render(select))
			.withMessageContaining("'t 0' is not a valid table alias");
	}

	@Test
	void rendersDistinct() {
		Select select = Select.builder().distinct().select(this.users.column("role_id")).from(this.users).build();
		assertThat(H2.render(select).sql()).isEqualTo("SELECT DISTINCT t0.\"ROLE_ID\" FROM \"USERS\" t0");
	}

	@Test
	void rendersInnerAndLeftJoinsInOrder() {
		TableRef profiles = TableRef.of("profiles", "t2");
		Select select = Select.builder()
			.select(this.users.column("id"), this.roles.column("name"), profiles.column("bio"))
			.from(this.users)
			.join(JoinType.INNER, this.roles, Condition.eq(this.roles.column("id"), this.users.column("role_id")))
			.join(JoinType.LEFT, profiles, Condition.eq(profiles.column("user_id"), this.users.column("id")))
			.build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t0.\"id\", t1.\"name\", t2.\"bio\" FROM \"users\" t0"
					+ " INNER JOIN \"roles\" t1 ON t1.\"id\" = t0.\"role_id\""
					+ " LEFT JOIN \"profiles\" t2 ON t2.\"user_id\" = t0.\"id\"");
		assertThat(MARIADB.render(select).sql()).isEqualTo(
				"SELECT t0.`id`, t1.`name`, t2.`bio` FROM `users` t0 INNER JOIN `roles` t1 ON t1.`id` = t0.`role_id`"
						+ " LEFT JOIN `profiles` t2 ON t2.`user_id` = t0.`id`");
	}

	@Test
	void rendersJoinOnConditionsWithTheirBinds() {
		Condition on = Condition.and(Condition.eq(this.roles.column("id"), this.users.column("role_id")),
				Condition.eq(this.roles.column("name"), Bind.of("admin")));
		Select select = Select.builder()
			.select(this.users.column("id"))
			.from(this.users)
			.join(JoinType.LEFT, this.roles, on)
			.where(Condition.eq(this.users.column("active"), Bind.of(true)))
			.build();
		RenderedSql rendered = H2.render(select);
		assertThat(rendered.sql()).isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 LEFT JOIN \"ROLES\" t1"
				+ " ON t1.\"ID\" = t0.\"ROLE_ID\" AND t1.\"NAME\" = ? WHERE t0.\"ACTIVE\" = ?");
		assertThat(rendered.values()).containsExactly("admin", true);
	}

	@Test
	void rendersDerivedTablesInFromAndJoins() {
		TableRef posts = TableRef.of("posts", "t1");
		Select ranked = Select.builder()
			.select(SelectItem.of(posts.column("id")), SelectItem.of(posts.column("user_id")),
					new SelectItem(new RowNumber(List.of(posts.column("user_id")),
							List.of(OrderItem.desc(posts.column("id")))), "rn"))
			.from(posts)
			.build();
		DerivedTable d0 = new DerivedTable(ranked, "d0");
		Select select = Select.builder()
			.select(d0.column("id"))
			.from(d0)
			.where(new Comparison(d0.column("rn"), ComparisonOperator.LE, Bind.of(3L)))
			.build();
		assertThat(POSTGRESQL.render(select).sql()).isEqualTo(
				"SELECT d0.\"id\" FROM (SELECT t1.\"id\", t1.\"user_id\", ROW_NUMBER() OVER (PARTITION BY t1.\"user_id\""
						+ " ORDER BY t1.\"id\" DESC) AS \"rn\" FROM \"posts\" t1) d0 WHERE d0.\"rn\" <= ?");
		Select joined = Select.builder()
			.select(this.users.column("id"), d0.column("id"))
			.from(this.users)
			.join(JoinType.LEFT, d0, Condition.eq(d0.column("user_id"), this.users.column("id")))
			.build();
		assertThat(MARIADB.render(joined).sql())
			.isEqualTo("SELECT t0.`id`, d0.`id` FROM `users` t0 LEFT JOIN (SELECT t1.`id`, t1.`user_id`,"
					+ " ROW_NUMBER() OVER (PARTITION BY t1.`user_id` ORDER BY t1.`id` DESC) AS `rn` FROM `posts` t1) d0"
					+ " ON d0.`user_id` = t0.`id`");
	}

	@Test
	void rendersCommonTableExpressionsWithColumnsBeforeTheSelect() {
		Select parents = Select.builder()
			.select(this.users.column("id"))
			.from(this.users)
			.where(Condition.eq(this.users.column("active"), Bind.of(true)))
			.build();
		TableRef p = TableRef.of("parents", "p0");
		Select select = Select.builder()
			.with(new CommonTableExpression("parents", List.of("id"), parents))
			.with(new CommonTableExpression("others", List.of(), parents))
			.select(p.column("id"))
			.from(p)
			.where(new NullCheck(p.column("id"), true))
			.build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("WITH \"parents\" (\"id\") AS (SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"active\" = ?),"
					+ " \"others\" AS (SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"active\" = ?)"
					+ " SELECT p0.\"id\" FROM \"parents\" p0 WHERE p0.\"id\" IS NOT NULL");
		assertThat(H2.render(select).sql()).startsWith("WITH \"PARENTS\" (\"ID\") AS (SELECT t0.\"ID\" FROM");
		assertThat(MARIADB.render(select).sql()).startsWith("WITH `parents` (`id`) AS (SELECT t0.`id` FROM");
	}

	@Test
	void rendersRowNumberWithoutPartitionOrOrdering() {
		Select select = Select.builder()
			.select(new RowNumber(List.of(), List.of(OrderItem.asc(this.users.column("id")))),
					new RowNumber(List.of(this.users.column("role_id")), List.of()))
			.from(this.users)
			.build();
		assertThat(H2.render(select).sql()).isEqualTo("SELECT ROW_NUMBER() OVER (ORDER BY t0.\"ID\" ASC),"
				+ " ROW_NUMBER() OVER (PARTITION BY t0.\"ROLE_ID\") FROM \"USERS\" t0");
	}

	@Test
	void rendersCorrelatedScalarSubqueriesAsSelectItems() {
		TableRef posts = TableRef.of("posts", "t1");
		Select count = Select.builder()
			.select(new CountAll())
			.from(posts)
			.where(Condition.and(Condition.eq(posts.column("user_id"), this.users.column("id")),
					Condition.eq(posts.column("published"), Bind.of(true))))
			.build();
		Select select = Select.builder()
			.select(SelectItem.of(this.users.column("id")), new SelectItem(new ScalarSubquery(count), "posts_count"))
			.from(this.users)
			.where(Condition.eq(this.users.column("id"), Bind.of(1L)))
			.build();
		RenderedSql rendered = MARIADB.render(select);
		assertThat(rendered.sql())
			.isEqualTo("SELECT t0.`id`, (SELECT COUNT(*) FROM `posts` t1 WHERE t1.`user_id` = t0.`id`"
					+ " AND t1.`published` = ?) AS `posts_count` FROM `users` t0 WHERE t0.`id` = ?");
		assertThat(rendered.values()).containsExactly(true, 1L);
	}

	@Test
	void rendersAggregatesGroupByAndHaving() {
		Select select = Select.builder()
			.select(SelectItem.of(this.users.column("role_id")), new SelectItem(new CountAll(), "n"),
					SelectItem.of(Expression.call(SqlFunction.COALESCE,
							Expression.call(SqlFunction.MAX, this.users.column("age")), Expression.literal(0))),
					SelectItem.of(Expression.call(SqlFunction.MIN, this.users.column("age"))),
					SelectItem.of(Expression.call(SqlFunction.SUM, this.users.column("age"))),
					SelectItem.of(Expression.call(SqlFunction.AVG, this.users.column("age"))),
					SelectItem.of(Expression.call(SqlFunction.COUNT, this.users.column("bio"))))
			.from(this.users)
			.groupBy(this.users.column("role_id"))
			.having(new Comparison(new CountAll(), ComparisonOperator.GT, Bind.of(1L)))
			.build();
		assertThat(POSTGRESQL.render(select).sql()).isEqualTo("SELECT t0.\"role_id\", COUNT(*) AS \"n\","
				+ " COALESCE(MAX(t0.\"age\"), 0), MIN(t0.\"age\"), SUM(t0.\"age\"), AVG(t0.\"age\"), COUNT(t0.\"bio\")"
				+ " FROM \"users\" t0 GROUP BY t0.\"role_id\" HAVING COUNT(*) > ?");
	}

	@Test
	void rendersLowerForCaseInsensitiveComparison() {
		Select select = Select.builder()
			.select(this.users.column("id"))
			.from(this.users)
			.where(new Comparison(Expression.call(SqlFunction.LOWER, this.users.column("name")),
					ComparisonOperator.LIKE, Bind.of("ad%")))
			.build();
		assertThat(H2.render(select).sql())
			.isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 WHERE LOWER(t0.\"NAME\") LIKE ?");
	}

	@Test
	void rendersIdenticalTreesIdentically() {
		assertThat(POSTGRESQL.render(usersById())).isEqualTo(POSTGRESQL.render(usersById()));
	}

}
