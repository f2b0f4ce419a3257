package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class ConditionRenderingTests {

	private static final SqlRenderer POSTGRESQL = new SqlRenderer(Dialects.POSTGRESQL);

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private static final SqlRenderer H2 = new SqlRenderer(Dialects.H2);

	private final TableRef users = TableRef.of("users", "t0");

	private final TableRef posts = TableRef.of("posts", "t1");

	private Select where(Condition condition) {
		return Select.builder().select(this.users.column("id")).from(this.users).where(condition).build();
	}

	private String whereClause(SqlRenderer renderer, Condition condition) {
		String sql = renderer.render(where(condition)).sql();
		return sql.substring(sql.indexOf(" WHERE ") + 7);
	}

	@Test
	void rendersEveryComparisonOperator() {
		ColumnRef age = this.users.column("age");
		for (ComparisonOperator operator : ComparisonOperator.values()) {
			assertThat(whereClause(POSTGRESQL, new Comparison(age, operator, Bind.of(1)))).isEqualTo("t0.\"age\" "
					+ operator.sql() + " ?" + ((operator == ComparisonOperator.LIKE_ESCAPED) ? " ESCAPE '!'" : ""));
		}
		assertThat(whereClause(MARIADB,
				new Comparison(this.users.column("bio"), ComparisonOperator.LIKE_ESCAPED, Bind.of("a!%%"))))
			.isEqualTo("t0.`bio` LIKE ? ESCAPE '!'");
		assertThat(ComparisonOperator.NE.sql()).isEqualTo("<>");
		assertThat(ComparisonOperator.NOT_LIKE.sql()).isEqualTo("NOT LIKE");
	}

	@Test
	void rendersNullChecks() {
		assertThat(whereClause(MARIADB, new NullCheck(this.users.column("bio"), false))).isEqualTo("t0.`bio` IS NULL");
		assertThat(whereClause(H2, new NullCheck(this.users.column("bio"), true))).isEqualTo("t0.\"BIO\" IS NOT NULL");
	}

	@Test
	void rendersInListsWithOneBindPerValue() {
		Condition in = new InList(this.users.column("id"), List.of(Bind.of(1L), Bind.of(2L), Bind.of(3L)), false);
		RenderedSql rendered = MARIADB.render(where(in));
		assertThat(rendered.sql()).isEqualTo("SELECT t0.`id` FROM `users` t0 WHERE t0.`id` IN (?, ?, ?)");
		assertThat(rendered.values()).containsExactly(1L, 2L, 3L);
		assertThat(whereClause(H2, new InList(this.users.column("id"), List.of(Bind.of(1L)), true)))
			.isEqualTo("t0.\"ID\" NOT IN (?)");
	}

	@Test
	void rendersAnEmptyInListAsFalseAndAnEmptyNotInListAsTrue() {
		assertThat(whereClause(POSTGRESQL, new InList(this.users.column("id"), List.of(), false))).isEqualTo("1=0");
		assertThat(whereClause(MARIADB, new InList(this.users.column("id"), List.of(), true))).isEqualTo("1=1");
	}

	@Test
	void rendersEqualsAnyWithOneArrayBindOnPostgresql() {
		ArrayBind keys = new ArrayBind(List.of(1L, 2L, 3L), Long.class);
		RenderedSql rendered = POSTGRESQL.render(where(new EqualsAny(this.users.column("id"), keys)));
		assertThat(rendered.sql()).isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"id\" = ANY(?)");
		assertThat(rendered.binds()).containsExactly(keys);
		assertThat(rendered.values()).containsExactly(List.of(1L, 2L, 3L));
	}

	@Test
	void refusesEqualsAnyOnDialectsWithoutArrayParametersAndRendersItOnH2() {
		Select select = where(new EqualsAny(this.users.column("id"), new ArrayBind(List.of(1L), Long.class)));
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(select))
			.withMessage("MariaDB does not support array parameters (= ANY(?)); render an IN list of binds instead");
		assertThat(H2.render(select).sql()).isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 WHERE t0.\"ID\" = ANY(?)");
	}

	@Test
	void rendersInSelectSubqueries() {
		Select authors = Select.builder().select(this.posts.column("user_id")).from(this.posts).build();
		assertThat(whereClause(H2, new InSelect(this.users.column("id"), authors, false)))
			.isEqualTo("t0.\"ID\" IN (SELECT t1.\"USER_ID\" FROM \"POSTS\" t1)");
		assertThat(whereClause(MARIADB, new InSelect(this.users.column("id"), authors, true)))
			.isEqualTo("t0.`id` NOT IN (SELECT t1.`user_id` FROM `posts` t1)");
	}

	@Test
	void refusesALimitedInSubqueryWhereTheDialectCannotRunIt() {
		Select limited = Select.builder().select(this.posts.column("user_id")).from(this.posts).limit(5L).build();
		Select select = where(new InSelect(this.users.column("id"), limited, false));
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(select))
			.withMessageContaining("MariaDB does not support LIMIT/OFFSET in an IN subquery");
		assertThat(POSTGRESQL.render(select).sql())
			.endsWith("WHERE t0.\"id\" IN (SELECT t1.\"user_id\" FROM \"posts\" t1 LIMIT ?)");
	}

	@Test
	void rendersExistsAndNotExistsWithCorrelatedBindsInOrder() {
		Select published = Select.builder()
			.select(Expression.literal(1))
			.from(this.posts)
			.where(Condition.and(Condition.eq(this.posts.column("user_id"), this.users.column("id")),
					Condition.eq(this.posts.column("published"), Bind.of(true))))
			.build();
		Condition condition = Condition.and(Condition.eq(this.users.column("active"), Bind.of(false)),
				new Exists(published, false), new Exists(published, true));
		RenderedSql rendered = POSTGRESQL.render(where(condition));
		assertThat(rendered.sql()).isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"active\" = ?"
				+ " AND EXISTS (SELECT 1 FROM \"posts\" t1 WHERE t1.\"user_id\" = t0.\"id\" AND t1.\"published\" = ?)"
				+ " AND NOT EXISTS (SELECT 1 FROM \"posts\" t1 WHERE t1.\"user_id\" = t0.\"id\" AND t1.\"published\" = ?)");
		assertThat(rendered.values()).containsExactly(false, true, true);
	}

	@Test
	void comparesWithAScalarSubquery() {
		Select count = Select.builder()
			.select(new CountAll())
			.from(this.posts)
			.where(Condition.eq(this.posts.column("user_id"), this.users.column("id")))
			.build();
		Condition atLeastThree = new Comparison(new ScalarSubquery(count), ComparisonOperator.GE, Bind.of(3L));
		assertThat(whereClause(MARIADB, atLeastThree))
			.isEqualTo("(SELECT COUNT(*) FROM `posts` t1 WHERE t1.`user_id` = t0.`id`) >= ?");
	}

	@Test
	void parenthesisesOrInsideAndButNotAndInsideOr() {
		Condition a = Condition.eq(this.users.column("a"), Bind.of(1));
		Condition b = Condition.eq(this.users.column("b"), Bind.of(2));
		Condition c = Condition.eq(this.users.column("c"), Bind.of(3));
		assertThat(whereClause(POSTGRESQL, Condition.and(a, Condition.or(b, c))))
			.isEqualTo("t0.\"a\" = ? AND (t0.\"b\" = ? OR t0.\"c\" = ?)");
		assertThat(whereClause(POSTGRESQL, Condition.or(a, Condition.and(b, c))))
			.isEqualTo("t0.\"a\" = ? OR (t0.\"b\" = ? AND t0.\"c\" = ?)");
	}

	@Test
	void flattensNestedJunctionsOfTheSameKind() {
		Condition a = Condition.eq(this.users.column("a"), Bind.of(1));
		Condition b = Condition.eq(this.users.column("b"), Bind.of(2));
		Condition c = Condition.eq(this.users.column("c"), Bind.of(3));
		assertThat(Condition.and(a, Condition.and(b, c))).isEqualTo(new And(List.of(a, b, c)));
		assertThat(Condition.or(Condition.or(a, b), c)).isEqualTo(new Or(List.of(a, b, c)));
		assertThat(Condition.and(a)).isSameAs(a);
		assertThat(Condition.and()).isEqualTo(Condition.TRUE);
		assertThat(Condition.or()).isEqualTo(Condition.FALSE);
	}

	@Test
	void rendersNotWithParentheses() {
		Condition a = Condition.eq(this.users.column("a"), Bind.of(1));
		Condition b = Condition.eq(this.users.column("b"), Bind.of(2));
		assertThat(whereClause(H2, Condition.not(Condition.or(a, b)))).isEqualTo("NOT (t0.\"A\" = ? OR t0.\"B\" = ?)");
	}

	@Test
	void rendersConstantsAndEmptyJunctions() {
		assertThat(whereClause(POSTGRESQL, Condition.TRUE)).isEqualTo("1=1");
		assertThat(whereClause(POSTGRESQL, Condition.FALSE)).isEqualTo("1=0");
		assertThat(whereClause(MARIADB, new And(List.of()))).isEqualTo("1=1");
		assertThat(whereClause(MARIADB, new Or(List.of()))).isEqualTo("1=0");
	}

	@Test
	void combinesRepeatedWhereCallsWithAnd() {
		Select select = Select.builder()
			.select(this.users.column("id"))
			.from(this.users)
			.where(Condition.eq(this.users.column("a"), Bind.of(1)))
			.where(Condition.or(Condition.eq(this.users.column("b"), Bind.of(2)),
					new NullCheck(this.users.column("b"), false)))
			.build();
		RenderedSql rendered = MARIADB.render(select);
		assertThat(rendered.sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 WHERE t0.`a` = ? AND (t0.`b` = ? OR t0.`b` IS NULL)");
		assertThat(rendered.values()).containsExactly(1, 2);
	}

	@Test
	void keepsTypedNullBinds() {
		RenderedSql rendered = H2.render(where(Condition.eq(this.users.column("role_id"), new Bind(null, Long.class))));
		assertThat(rendered.binds()).containsExactly(new Bind(null, Long.class));
		assertThat(rendered.values()).containsExactly((Object) null);
	}

}
