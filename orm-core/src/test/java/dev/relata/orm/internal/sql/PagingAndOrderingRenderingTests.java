package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PagingAndOrderingRenderingTests {

	private static final SqlRenderer POSTGRESQL = new SqlRenderer(Dialects.POSTGRESQL);

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private static final SqlRenderer MYSQL = new SqlRenderer(Dialects.MYSQL);

	private static final SqlRenderer H2 = new SqlRenderer(Dialects.H2);

	private final TableRef users = TableRef.of("users", "t0");

	private SelectBuilder users() {
		return Select.builder().select(this.users.column("id")).from(this.users);
	}

	private Select orderedByName(NullOrder nulls, boolean descending) {
		return users().orderBy(new OrderItem(this.users.column("name"), descending, nulls)).build();
	}

	@Test
	void rendersDirectionExplicitlyWithDefaultNullOrdering() {
		Select select = users()
			.orderBy(OrderItem.asc(this.users.column("name")), OrderItem.desc(this.users.column("id")))
			.build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 ORDER BY t0.\"name\" ASC, t0.\"id\" DESC");
		assertThat(MARIADB.render(select).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY t0.`name` ASC, t0.`id` DESC");
	}

	@Test
	void rendersExplicitNullOrderingWhereSupported() {
		assertThat(POSTGRESQL.render(orderedByName(NullOrder.FIRST, false)).sql())
			.isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 ORDER BY t0.\"name\" ASC NULLS FIRST");
		assertThat(H2.render(orderedByName(NullOrder.LAST, true)).sql())
			.isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 ORDER BY t0.\"NAME\" DESC NULLS LAST");
	}

	@Test
	void emulatesNullOrderingWithAnIsNullSortKeyOnMariaDbAndMySql() {
		assertThat(MARIADB.render(orderedByName(NullOrder.LAST, false)).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY (t0.`name` IS NULL) ASC, t0.`name` ASC");
		assertThat(MARIADB.render(orderedByName(NullOrder.FIRST, true)).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY (t0.`name` IS NULL) DESC, t0.`name` DESC");
		assertThat(MYSQL.render(orderedByName(NullOrder.FIRST, true)).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY (t0.`name` IS NULL) DESC, t0.`name` DESC");
	}

	@Test
	void leavesNullOrderingToMariaDbWhereItsOwnOrderAlreadyMatches() {
		assertThat(MARIADB.render(orderedByName(NullOrder.FIRST, false)).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY t0.`name` ASC");
		assertThat(MARIADB.render(orderedByName(NullOrder.LAST, true)).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 ORDER BY t0.`name` DESC");
	}

	@Test
	void emulatesNullOrderingInsideWindowOrdering() {
		RowNumber rowNumber = new RowNumber(List.of(this.users.column("role_id")),
				List.of(OrderItem.desc(this.users.column("name")).nulls(NullOrder.FIRST)));
		Select select = Select.builder().select(rowNumber).from(this.users).build();
		assertThat(MARIADB.render(select).sql()).isEqualTo("SELECT ROW_NUMBER() OVER (PARTITION BY t0.`role_id`"
				+ " ORDER BY (t0.`name` IS NULL) DESC, t0.`name` DESC) FROM `users` t0");
		assertThat(POSTGRESQL.render(select).sql()).isEqualTo("SELECT ROW_NUMBER() OVER (PARTITION BY t0.\"role_id\""
				+ " ORDER BY t0.\"name\" DESC NULLS FIRST) FROM \"users\" t0");
	}

	@Test
	void bindsLimitAndOffsetAsLongsInPlaceholderOrder() {
		Select select = users().where(Condition.eq(this.users.column("active"), Bind.of(true)))
			.orderBy(OrderItem.asc(this.users.column("id")))
			.limit(10L)
			.offset(20L)
			.build();
		RenderedSql pg = POSTGRESQL.render(select);
		assertThat(pg.sql()).isEqualTo(
				"SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"active\" = ? ORDER BY t0.\"id\" ASC LIMIT ? OFFSET ?");
		assertThat(pg.binds()).containsExactly(new Bind(true, Boolean.class), new Bind(10L, Long.class),
				new Bind(20L, Long.class));
		assertThat(MARIADB.render(select).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 WHERE t0.`active` = ? ORDER BY t0.`id` ASC LIMIT ? OFFSET ?");
		RenderedSql h2 = H2.render(select);
		assertThat(h2.sql()).isEqualTo(
				"SELECT t0.\"ID\" FROM \"USERS\" t0 WHERE t0.\"ACTIVE\" = ? ORDER BY t0.\"ID\" ASC LIMIT ? OFFSET ?");
		assertThat(h2.values()).containsExactly(true, 10L, 20L);
	}

	@Test
	void rendersALimitAlone() {
		RenderedSql rendered = H2.render(users().limit(1L).build());
		assertThat(rendered.sql()).isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 LIMIT ?");
		assertThat(rendered.values()).containsExactly(1L);
	}

	@Test
	void rendersAnOffsetAloneWhereAllowed() {
		assertThat(POSTGRESQL.render(users().offset(5L).build()).sql())
			.isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 OFFSET ?");
		assertThat(H2.render(users().offset(5L).build()).sql())
			.isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 OFFSET ?");
	}

	@Test
	void addsTheLargestLimitBeforeAnOffsetOnMariaDbAndMySql() {
		RenderedSql rendered = MARIADB.render(users().offset(5L).build());
		assertThat(rendered.sql()).isEqualTo("SELECT t0.`id` FROM `users` t0 LIMIT 18446744073709551615 OFFSET ?");
		assertThat(rendered.values()).containsExactly(5L);
		assertThat(MYSQL.render(users().offset(5L).build()).sql()).contains("LIMIT 18446744073709551615 OFFSET ?");
	}

	@Test
	void rendersForUpdateLastAfterTheLimit() {
		Select select = users().where(Condition.eq(this.users.column("id"), Bind.of(1L))).limit(1L).forUpdate().build();
		assertThat(POSTGRESQL.render(select).sql())
			.isEqualTo("SELECT t0.\"id\" FROM \"users\" t0 WHERE t0.\"id\" = ? LIMIT ? FOR UPDATE");
		assertThat(MARIADB.render(select).sql())
			.isEqualTo("SELECT t0.`id` FROM `users` t0 WHERE t0.`id` = ? LIMIT ? FOR UPDATE");
		assertThat(H2.render(select).sql())
			.isEqualTo("SELECT t0.\"ID\" FROM \"USERS\" t0 WHERE t0.\"ID\" = ? LIMIT ? FOR UPDATE");
	}

	@Test
	void bindsPagingOfSubqueriesWhereTheyAppear() {
		Select inner = users().orderBy(OrderItem.asc(this.users.column("id"))).limit(3L).build();
		DerivedTable d0 = new DerivedTable(inner, "d0");
		Select outer = Select.builder()
			.select(d0.column("id"))
			.from(d0)
			.where(Condition.eq(d0.column("id"), Bind.of(9L)))
			.limit(2L)
			.build();
		RenderedSql rendered = MARIADB.render(outer);
		assertThat(rendered.sql()).isEqualTo("SELECT d0.`id` FROM (SELECT t0.`id` FROM `users` t0 ORDER BY t0.`id` ASC"
				+ " LIMIT ?) d0 WHERE d0.`id` = ? LIMIT ?");
		assertThat(rendered.values()).containsExactly(3L, 9L, 2L);
	}

	@Test
	void refusesNegativeLimitsAndOffsets() {
		assertThatIllegalArgumentException().isThrownBy(() -> users().limit(-1L).build())
			.withMessage("limit must not be negative, was -1");
		assertThatIllegalArgumentException().isThrownBy(() -> users().offset(-2L).build())
			.withMessage("offset must not be negative, was -2");
	}

}
