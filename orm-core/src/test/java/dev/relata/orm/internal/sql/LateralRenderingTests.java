package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/**
 * Rendering of {@link Unnest}, {@link LateralDerivedTable} and {@link JoinType#CROSS}:
 * the per-parent page of a batched relation load on PostgreSQL.
 */
class LateralRenderingTests {

	private static final SqlRenderer POSTGRESQL = new SqlRenderer(Dialects.POSTGRESQL);

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private static final SqlRenderer MYSQL = new SqlRenderer(Dialects.MYSQL);

	private static final SqlRenderer H2 = new SqlRenderer(Dialects.H2);

	private final ArrayBind keys = new ArrayBind(List.of(1L, 2L), Long.class);

	private final Unnest parents = new Unnest(this.keys, "t1k", "relata_parent_key");

	private final TableRef posts = TableRef.of("posts", "t1i");

	private Select latestPosts(Long limit, Long offset) {
		Select page = Select.builder()
			.select(this.posts.column("id"), this.posts.column("user_id"))
			.from(this.posts)
			.where(Condition.eq(this.posts.column("user_id"), this.parents.value()))
			.orderBy(OrderItem.desc(this.posts.column("id")))
			.limit(limit)
			.offset(offset)
			.build();
		LateralDerivedTable t1 = new LateralDerivedTable(page, "t1");
		return Select.builder()
			.select(t1.column("id"), t1.column("user_id"))
			.from(this.parents)
			.crossJoin(t1)
			.orderBy(OrderItem.desc(t1.column("id")))
			.build();
	}

	@Test
	void rendersUnnestCrossJoinLateralWithLimitAndOffsetBoundAfterTheArray() {
		RenderedSql rendered = POSTGRESQL.render(latestPosts(3L, 1L));
		assertThat(rendered.sql())
			.isEqualTo("SELECT t1.\"id\", t1.\"user_id\" FROM unnest(?) AS t1k(\"relata_parent_key\")"
					+ " CROSS JOIN LATERAL (SELECT t1i.\"id\", t1i.\"user_id\" FROM \"posts\" t1i"
					+ " WHERE t1i.\"user_id\" = t1k.\"relata_parent_key\" ORDER BY t1i.\"id\" DESC LIMIT ? OFFSET ?) t1"
					+ " ORDER BY t1.\"id\" DESC");
		assertThat(rendered.binds()).containsExactly(this.keys, Bind.of(3L), Bind.of(1L));
		assertThat(rendered.values()).containsExactly(List.of(1L, 2L), 3L, 1L);
	}

	@Test
	void rendersOnlyTheLimitOrOnlyTheOffsetOfTheLateralPage() {
		RenderedSql limited = POSTGRESQL.render(latestPosts(3L, null));
		assertThat(limited.sql()).contains("ORDER BY t1i.\"id\" DESC LIMIT ?) t1").doesNotContain("OFFSET");
		assertThat(limited.values()).containsExactly(List.of(1L, 2L), 3L);
		RenderedSql skipped = POSTGRESQL.render(latestPosts(null, 2L));
		assertThat(skipped.sql()).contains("ORDER BY t1i.\"id\" DESC OFFSET ?) t1").doesNotContain("LIMIT");
		assertThat(skipped.values()).containsExactly(List.of(1L, 2L), 2L);
	}

	@Test
	void refusesLateralOnDialectsWithoutIt() {
		Select page = Select.builder().select(this.posts.column("id")).from(this.posts).build();
		Select select = Select.builder()
			.select(TableRef.of("users", "t0").column("id"))
			.from(TableRef.of("users", "t0"))
			.crossJoin(new LateralDerivedTable(page, "t1"))
			.build();
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(select))
			.withMessage("MariaDB does not support LATERAL; number the rows with ROW_NUMBER() instead");
		assertThatIllegalStateException().isThrownBy(() -> MYSQL.render(select)).withMessageStartingWith("MySQL ");
		assertThatIllegalStateException().isThrownBy(() -> H2.render(select)).withMessageStartingWith("H2 ");
	}

	@Test
	void refusesUnnestOnDialectsWithoutArrayParameters() {
		Select select = Select.builder().select(this.parents.value()).from(this.parents).build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t1k.\"relata_parent_key\" FROM unnest(?) AS t1k(\"relata_parent_key\")");
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(select))
			.withMessage("MariaDB does not support array parameters (unnest(?)); render an IN list of binds instead");
		assertThat(H2.render(select).sql())
			.isEqualTo("SELECT t1k.\"RELATA_PARENT_KEY\" FROM unnest(?) AS t1k(\"RELATA_PARENT_KEY\")");
	}

	@Test
	void rendersACrossJoinWithoutOnOnEveryDialect() {
		TableRef users = TableRef.of("users", "t0");
		TableRef roles = TableRef.of("roles", "t1");
		Select select = Select.builder()
			.select(users.column("id"), roles.column("id"))
			.from(users)
			.crossJoin(roles)
			.build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t0.\"id\", t1.\"id\" FROM \"users\" t0 CROSS JOIN \"roles\" t1");
		assertThat(MARIADB.render(select).sql())
			.isEqualTo("SELECT t0.`id`, t1.`id` FROM `users` t0 CROSS JOIN `roles` t1");
		assertThat(H2.render(select).sql())
			.isEqualTo("SELECT t0.\"ID\", t1.\"ID\" FROM \"USERS\" t0 CROSS JOIN \"ROLES\" t1");
	}

	@Test
	void requiresAConditionForInnerAndLeftJoinsAndNoneForCrossJoins() {
		TableRef roles = TableRef.of("roles", "t1");
		Condition on = Condition.eq(roles.column("id"), Bind.of(1L));
		assertThatIllegalArgumentException().isThrownBy(() -> new Join(JoinType.CROSS, roles, on))
			.withMessage("A CROSS JOIN has no ON condition");
		assertThatNullPointerException().isThrownBy(() -> new Join(JoinType.LEFT, roles, null)).withMessage("on");
		assertThat(Join.cross(roles)).isEqualTo(new Join(JoinType.CROSS, roles, null));
	}

	@Test
	void refusesMissingComponents() {
		assertThatNullPointerException().isThrownBy(() -> new Unnest(this.keys, "t1k", null)).withMessage("column");
		assertThatNullPointerException()
			.isThrownBy(() -> new LateralDerivedTable(
					Select.builder().select(this.posts.column("id")).from(this.posts).build(), null))
			.withMessage("alias");
	}

}
