package dev.relata.orm.internal.sql;

import java.util.List;

import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DataModificationRenderingTests {

	private static final SqlRenderer POSTGRESQL = new SqlRenderer(Dialects.POSTGRESQL);

	private static final SqlRenderer MARIADB = new SqlRenderer(Dialects.MARIADB);

	private static final SqlRenderer H2 = new SqlRenderer(Dialects.H2);

	private final TableRef users = TableRef.of("users", null);

	private Insert insertTwoUsers(List<String> returning) {
		return new Insert(this.users, List.of("name", "role_id"),
				List.of(List.of(Bind.of("Ada"), Bind.of(1L)), List.of(Bind.of("Bob"), new Bind(null, Long.class))),
				returning);
	}

	@Test
	void rendersMultiRowInsertsWithBindsRowByRow() {
		RenderedSql rendered = MARIADB.render(insertTwoUsers(List.of()));
		assertThat(rendered.sql()).isEqualTo("INSERT INTO `users` (`name`, `role_id`) VALUES (?, ?), (?, ?)");
		assertThat(rendered.values()).containsExactly("Ada", 1L, "Bob", null);
		assertThat(rendered.binds().get(3)).isEqualTo(new Bind(null, Long.class));
		assertThat(H2.render(insertTwoUsers(List.of())).sql())
			.isEqualTo("INSERT INTO \"USERS\" (\"NAME\", \"ROLE_ID\") VALUES (?, ?), (?, ?)");
	}

	@Test
	void rendersInsertReturningOnPostgresql() {
		assertThat(POSTGRESQL.render(insertTwoUsers(List.of("id"))).sql())
			.isEqualTo("INSERT INTO \"users\" (\"name\", \"role_id\") VALUES (?, ?), (?, ?) RETURNING \"id\"");
	}

	@Test
	void refusesInsertReturningWhereUnsupported() {
		assertThatIllegalStateException().isThrownBy(() -> MARIADB.render(insertTwoUsers(List.of("id"))))
			.withMessage("MariaDB does not support INSERT ... RETURNING; read generated keys through JDBC instead");
		assertThatIllegalStateException().isThrownBy(() -> H2.render(insertTwoUsers(List.of("id"))));
	}

	@Test
	void refusesAnInsertRowThatDoesNotFitTheColumns() {
		assertThatIllegalArgumentException().isThrownBy(
				() -> new Insert(this.users, List.of("name", "role_id"), List.of(List.of(Bind.of("Ada"))), List.of()))
			.withMessage("An INSERT into users has 2 columns [name, role_id] but a row of 1 values");
	}

	@Test
	void rendersSchemaQualifiedInserts() {
		Insert insert = new Insert(new TableRef("app", "users", null), List.of("name"),
				List.of(List.of(Bind.of("Ada"))), List.of());
		assertThat(H2.render(insert).sql()).isEqualTo("INSERT INTO \"APP\".\"USERS\" (\"NAME\") VALUES (?)");
	}

	@Test
	void rendersUpdatesWithAssignmentBindsBeforeConditionBinds() {
		Update update = new Update(this.users,
				List.of(new Assignment("name", Bind.of("Ada")), new Assignment("bio", new Bind(null, String.class))),
				Condition.eq(Expression.column(null, "id"), Bind.of(5L)));
		RenderedSql pg = POSTGRESQL.render(update);
		assertThat(pg.sql()).isEqualTo("UPDATE \"users\" SET \"name\" = ?, \"bio\" = ? WHERE \"id\" = ?");
		assertThat(pg.values()).containsExactly("Ada", null, 5L);
		assertThat(MARIADB.render(update).sql()).isEqualTo("UPDATE `users` SET `name` = ?, `bio` = ? WHERE `id` = ?");
		assertThat(H2.render(update).sql())
			.isEqualTo("UPDATE \"USERS\" SET \"NAME\" = ?, \"BIO\" = ? WHERE \"ID\" = ?");
	}

	@Test
	void rendersAliasedUpdatesForCorrelatedConditions() {
		TableRef t0 = TableRef.of("users", "t0");
		Update update = new Update(t0, List.of(new Assignment("note", Bind.of("x"))),
				Condition.eq(t0.column("active"), Bind.of(false)));
		assertThat(MARIADB.render(update).sql()).isEqualTo("UPDATE `users` t0 SET `note` = ? WHERE t0.`active` = ?");
	}

	@Test
	void rendersAnUpdateOfAllRowsWithoutWhere() {
		Update update = new Update(this.users, List.of(new Assignment("note", Bind.of("x"))), null);
		assertThat(POSTGRESQL.render(update).sql()).isEqualTo("UPDATE \"users\" SET \"note\" = ?");
	}

	@Test
	void refusesAnUpdateWithoutAssignments() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Update(this.users, List.of(), null))
			.withMessage("An UPDATE of users needs at least one assignment");
	}

	@Test
	void rendersOptimisticLockingUpdates() {
		Update update = new Update(this.users, List.of(new Assignment("version", Bind.of(4L))),
				Condition.and(Condition.eq(Expression.column(null, "id"), Bind.of(5L)),
						Condition.eq(Expression.column(null, "version"), Bind.of(3L))));
		RenderedSql rendered = H2.render(update);
		assertThat(rendered.sql())
			.isEqualTo("UPDATE \"USERS\" SET \"VERSION\" = ? WHERE \"ID\" = ? AND \"VERSION\" = ?");
		assertThat(rendered.values()).containsExactly(4L, 5L, 3L);
	}

	@Test
	void rendersDeletes() {
		Delete delete = new Delete(this.users,
				new InList(Expression.column(null, "id"), List.of(Bind.of(1L), Bind.of(2L)), false));
		assertThat(POSTGRESQL.render(delete).sql()).isEqualTo("DELETE FROM \"users\" WHERE \"id\" IN (?, ?)");
		assertThat(MARIADB.render(delete).sql()).isEqualTo("DELETE FROM `users` WHERE `id` IN (?, ?)");
		assertThat(H2.render(new Delete(this.users, null)).sql()).isEqualTo("DELETE FROM \"USERS\"");
	}

	@Test
	void rendersAliasedDeletesInTheMultiTableFormWhereSingleTableAliasesAreUnsupported() {
		TableRef t0 = TableRef.of("users", "t0");
		TableRef posts = TableRef.of("posts", "t1");
		Select hasPosts = Select.builder()
			.select(Expression.literal(1))
			.from(posts)
			.where(Condition.eq(posts.column("user_id"), t0.column("id")))
			.build();
		Delete delete = new Delete(t0, new Exists(hasPosts, true));
		assertThat(POSTGRESQL.render(delete).sql()).isEqualTo(
				"DELETE FROM \"users\" t0 WHERE NOT EXISTS (SELECT 1 FROM \"posts\" t1 WHERE t1.\"user_id\" = t0.\"id\")");
		assertThat(H2.render(delete).sql()).isEqualTo(
				"DELETE FROM \"USERS\" t0 WHERE NOT EXISTS (SELECT 1 FROM \"POSTS\" t1 WHERE t1.\"USER_ID\" = t0.\"ID\")");
		assertThat(MARIADB.render(delete).sql()).isEqualTo(
				"DELETE t0 FROM `users` t0 WHERE NOT EXISTS (SELECT 1 FROM `posts` t1 WHERE t1.`user_id` = t0.`id`)");
	}

}
