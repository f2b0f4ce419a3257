package dev.relata.orm.load;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.load.LoadingFixture.Category;
import dev.relata.orm.load.LoadingFixture.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Query;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Load planning and the SQL of every strategy, without a database:
 * {@code explain(dialect)} plans each query and renders its statements for PostgreSQL,
 * MariaDB and H2 while the Orm's DataSource fails any use. Each test pins the whole plan
 * (strategies, reasons, chunking and SQL) per dialect; a change to planning or to a
 * strategy's SQL shows here first, next to the database tests that run the same shapes.
 */
class LoadPlanningTests {

	/** A DataSource that fails any use but Object's methods. */
	private static final DataSource NO_DATABASE = (DataSource) Proxy.newProxyInstance(
			LoadPlanningTests.class.getClassLoader(), new Class<?>[] { DataSource.class }, (proxy, method, args) -> {
				if (method.getDeclaringClass() == Object.class) {
					return switch (method.getName()) {
						case "equals" -> proxy == args[0];
						case "hashCode" -> System.identityHashCode(proxy);
						default -> "NO_DATABASE";
					};
				}
				throw new AssertionError("explain(dialect) used the DataSource: " + method.getName());
			});

	private final Orm orm = Orm.builder(NO_DATABASE, LoadingFixture.SCHEMA).build();

	@Test
	void autoBatchesAnUnboundedParentSet() {
		Function<Dialect, String> plan = (
				dialect) -> users().query().orderBy("id").load("posts").explain(dialect).toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 ORDER BY t0."id" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM "lf_posts" t1 WHERE t1."user_id" = ANY(?) ORDER BY t1."user_id" ASC, t1."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 ORDER BY t0.`id` ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM `lf_posts` t1 WHERE t1.`user_id` IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) ORDER BY t1.`user_id` ASC, t1.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 ORDER BY t0."ID" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM "LF_POSTS" t1 WHERE t1."USER_ID" = ANY(?) ORDER BY t1."USER_ID" ASC, t1."ID" ASC""");
	}

	@Test
	void autoJoinsASingleParent() {
		Function<Dialect, String> plan = (
				dialect) -> users().query().where("id", 1L).load("posts").explain(dialect).toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM "lf_users" t0 LEFT JOIN "lf_posts" t1 ON t1."user_id" = t0."id" WHERE t0."id" = ? ORDER BY t0."id" ASC, t1."id" ASC [1 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM `lf_users` t0 LEFT JOIN `lf_posts` t1 ON t1.`user_id` = t0.`id` WHERE t0.`id` = ? ORDER BY t0.`id` ASC, t1.`id` ASC [1 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM "LF_USERS" t0 LEFT JOIN "LF_POSTS" t1 ON t1."USER_ID" = t0."ID" WHERE t0."ID" = ? ORDER BY t0."ID" ASC, t1."ID" ASC [1 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement""");
	}

	@Test
	void autoJoinsASmallParentSet() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.whereIn("id", List.of(1L, 2L, 3L))
			.load("role")
			.load("tags")
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", t1."id", t1."name", t2."id", t2."name" FROM "lf_users" t0 LEFT JOIN "lf_roles" t1 ON t1."id" = t0."role_id" LEFT JOIN "lf_user_tags" t2j ON t2j."user_id" = t0."id" LEFT JOIN "lf_tags" t2 ON t2."id" = t2j."tag_id" WHERE t0."id" IN (?, ?, ?) ORDER BY t0."id" ASC, t2."id" ASC [3 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): join [small-parent-set] joined into the root statement
						  tags (manyToMany): join [small-many-to-many] joined into the root statement""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, t1.`id`, t1.`name`, t2.`id`, t2.`name` FROM `lf_users` t0 LEFT JOIN `lf_roles` t1 ON t1.`id` = t0.`role_id` LEFT JOIN `lf_user_tags` t2j ON t2j.`user_id` = t0.`id` LEFT JOIN `lf_tags` t2 ON t2.`id` = t2j.`tag_id` WHERE t0.`id` IN (?, ?, ?) ORDER BY t0.`id` ASC, t2.`id` ASC [3 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): join [small-parent-set] joined into the root statement
						  tags (manyToMany): join [small-many-to-many] joined into the root statement""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", t1."ID", t1."NAME", t2."ID", t2."NAME" FROM "LF_USERS" t0 LEFT JOIN "LF_ROLES" t1 ON t1."ID" = t0."ROLE_ID" LEFT JOIN "LF_USER_TAGS" t2j ON t2j."USER_ID" = t0."ID" LEFT JOIN "LF_TAGS" t2 ON t2."ID" = t2j."TAG_ID" WHERE t0."ID" IN (?, ?, ?) ORDER BY t0."ID" ASC, t2."ID" ASC [3 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): join [small-parent-set] joined into the root statement
						  tags (manyToMany): join [small-many-to-many] joined into the root statement""");
	}

	@Test
	void autoBatchesAToManyLimitedPerParent() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.where("id", 1L)
			.load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(2))
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 WHERE t0."id" = ? [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [to-many-with-limit] parent keys as one array parameter (unnest(?)), at most 50000 per statement; per-parent limit through LATERAL (each parent's rows up to the limit): SELECT t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM unnest(?) AS t1k("relata_parent_key") CROSS JOIN LATERAL (SELECT t1i."id", t1i."title", t1i."user_id", t1i."score", t1i."published" FROM "lf_posts" t1i WHERE t1i."user_id" = t1k."relata_parent_key" ORDER BY t1i."id" DESC LIMIT ?) t1 ORDER BY t1."user_id" ASC, t1."id" DESC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 WHERE t0.`id` = ? [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [to-many-with-limit] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement; per-parent limit through key bounds (each parent's last key on the page, then its rows from there): SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM (SELECT DISTINCT t1k.`relata_parent_key`, (SELECT t1l.`id` FROM `lf_posts` t1l WHERE t1l.`user_id` = t1k.`relata_parent_key` ORDER BY t1l.`id` DESC LIMIT ? OFFSET ?) AS `relata_last` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) t1b INNER JOIN `lf_posts` t1 ON t1.`user_id` = t1b.`relata_parent_key` AND (t1b.`relata_last` IS NULL OR t1.`id` >= t1b.`relata_last`) ORDER BY t1.`user_id` ASC, t1.`id` DESC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 WHERE t0."ID" = ? [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [per-parent-statements] one statement per parent key, the same SQL for each; per-parent limit in the statement (each parent's rows up to the limit): SELECT t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM (SELECT t1i."ID", t1i."TITLE", t1i."USER_ID", t1i."SCORE", t1i."PUBLISHED" FROM "LF_POSTS" t1i WHERE t1i."USER_ID" = ? ORDER BY t1i."ID" DESC LIMIT ?) t1 ORDER BY t1."USER_ID" ASC, t1."ID" DESC""");
	}

	@Test
	void joinLimitsEachParentsChildrenInOneStatement() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("score", Direction.DESC).limit(3), LoadOptions.join())
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM "lf_users" t0 LEFT JOIN LATERAL (SELECT t1i."id", t1i."title", t1i."user_id", t1i."score", t1i."published" FROM "lf_posts" t1i WHERE t1i."user_id" = t0."id" ORDER BY t1i."score" DESC NULLS LAST, t1i."id" ASC LIMIT ?) t1 ON 1=1 ORDER BY t0."id" ASC, t1."score" DESC NULLS LAST, t1."id" ASC [1 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [explicit, requested join] joined into the root statement through LEFT JOIN LATERAL (each parent's rows up to the limit)""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM `lf_users` t0 LEFT JOIN (SELECT t1i.`id`, t1i.`title`, t1i.`user_id`, t1i.`score`, t1i.`published`, ROW_NUMBER() OVER (PARTITION BY t1i.`user_id` ORDER BY t1i.`score` DESC, t1i.`id` ASC) AS `relata_rn` FROM `lf_posts` t1i WHERE 1=1) t1 ON t1.`user_id` = t0.`id` AND t1.`relata_rn` > ? AND t1.`relata_rn` <= ? ORDER BY t0.`id` ASC, t1.`score` DESC, t1.`id` ASC [2 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [explicit, requested join] joined into the root statement through a ROW_NUMBER() derived table""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM "LF_USERS" t0 LEFT JOIN (SELECT t1i."ID", t1i."TITLE", t1i."USER_ID", t1i."SCORE", t1i."PUBLISHED", ROW_NUMBER() OVER (PARTITION BY t1i."USER_ID" ORDER BY t1i."SCORE" DESC NULLS LAST, t1i."ID" ASC) AS "RELATA_RN" FROM "LF_POSTS" t1i WHERE 1=1) t1 ON t1."USER_ID" = t0."ID" AND t1."RELATA_RN" > ? AND t1."RELATA_RN" <= ? ORDER BY t0."ID" ASC, t1."SCORE" DESC NULLS LAST, t1."ID" ASC [2 binds]
						statements: 1, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [explicit, requested join] joined into the root statement through a ROW_NUMBER() derived table""");
	}

	@Test
	void batchedManyToManyReadsThroughTheJoinModel() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.orderBy("id")
			.load("tags", LoadOptions.batched())
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 ORDER BY t0."id" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  tags (manyToMany): batched [explicit, requested batched] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t1j."user_id", t1."id", t1."name" FROM "lf_tags" t1 INNER JOIN "lf_user_tags" t1j ON t1j."tag_id" = t1."id" WHERE t1j."user_id" = ANY(?) ORDER BY t1j."user_id" ASC, t1."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 ORDER BY t0.`id` ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  tags (manyToMany): batched [explicit, requested batched] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t1j.`user_id`, t1.`id`, t1.`name` FROM `lf_tags` t1 INNER JOIN `lf_user_tags` t1j ON t1j.`tag_id` = t1.`id` WHERE t1j.`user_id` IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) ORDER BY t1j.`user_id` ASC, t1.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 ORDER BY t0."ID" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  tags (manyToMany): batched [explicit, requested batched] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t1j."USER_ID", t1."ID", t1."NAME" FROM "LF_TAGS" t1 INNER JOIN "LF_USER_TAGS" t1j ON t1j."TAG_ID" = t1."ID" WHERE t1j."USER_ID" = ANY(?) ORDER BY t1j."USER_ID" ASC, t1."ID" ASC""");
	}

	@Test
	void cartesianGuardJoinsOneToManyPerStatement() {
		Function<Dialect, String> plan = (
				dialect) -> users().query().where("id", 1L).load("posts").load("tags").explain(dialect).toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM "lf_users" t0 LEFT JOIN "lf_posts" t1 ON t1."user_id" = t0."id" WHERE t0."id" = ? ORDER BY t0."id" ASC, t1."id" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement
						  tags (manyToMany): batched [cartesian-guard] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t2j."user_id", t2."id", t2."name" FROM "lf_tags" t2 INNER JOIN "lf_user_tags" t2j ON t2j."tag_id" = t2."id" WHERE t2j."user_id" = ANY(?) ORDER BY t2j."user_id" ASC, t2."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM `lf_users` t0 LEFT JOIN `lf_posts` t1 ON t1.`user_id` = t0.`id` WHERE t0.`id` = ? ORDER BY t0.`id` ASC, t1.`id` ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement
						  tags (manyToMany): batched [cartesian-guard] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t2j.`user_id`, t2.`id`, t2.`name` FROM `lf_tags` t2 INNER JOIN `lf_user_tags` t2j ON t2j.`tag_id` = t2.`id` WHERE t2j.`user_id` IN (SELECT t2k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t2k) ORDER BY t2j.`user_id` ASC, t2.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM "LF_USERS" t0 LEFT JOIN "LF_POSTS" t1 ON t1."USER_ID" = t0."ID" WHERE t0."ID" = ? ORDER BY t0."ID" ASC, t1."ID" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [single-parent] joined into the root statement
						  tags (manyToMany): batched [cartesian-guard] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t2j."USER_ID", t2."ID", t2."NAME" FROM "LF_TAGS" t2 INNER JOIN "LF_USER_TAGS" t2j ON t2j."TAG_ID" = t2."ID" WHERE t2j."USER_ID" = ANY(?) ORDER BY t2j."USER_ID" ASC, t2."ID" ASC""");
	}

	@Test
	void nestedLevelsPlanOnTheirOwn() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.orderBy("id")
			.limit(5)
			.load("posts", (q) -> q.where("published", true).load("tags").load("user", LoadOptions.join()))
			.load("profile")
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", t1."id", t1."title", t1."user_id", t1."score", t1."published", t3."id", t3."name", t3."role_id" FROM (SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 ORDER BY t0."id" ASC LIMIT ?) t0 LEFT JOIN "lf_posts" t1 ON t1."user_id" = t0."id" AND t1."published" = ? LEFT JOIN "lf_users" t3 ON t3."id" = t1."user_id" ORDER BY t0."id" ASC, t1."id" ASC [2 binds]
						statements: 3, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [small-parent-set] joined into the root statement
						    posts.tags (manyToMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t2j."post_id", t2."id", t2."name" FROM "lf_tags" t2 INNER JOIN "lf_post_tags" t2j ON t2j."tag_id" = t2."id" WHERE t2j."post_id" = ANY(?) ORDER BY t2j."post_id" ASC, t2."id" ASC
						    posts.user (belongsTo): join [explicit, requested join] joined into the root statement
						  profile (hasOne): batched [cartesian-guard] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t4."id", t4."user_id", t4."bio" FROM "lf_profiles" t4 WHERE t4."user_id" = ANY(?) ORDER BY t4."user_id" ASC, t4."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published`, t3.`id`, t3.`name`, t3.`role_id` FROM (SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 ORDER BY t0.`id` ASC LIMIT ?) t0 LEFT JOIN `lf_posts` t1 ON t1.`user_id` = t0.`id` AND t1.`published` = ? LEFT JOIN `lf_users` t3 ON t3.`id` = t1.`user_id` ORDER BY t0.`id` ASC, t1.`id` ASC [2 binds]
						statements: 3, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [small-parent-set] joined into the root statement
						    posts.tags (manyToMany): batched [unbounded-parent-set] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t2j.`post_id`, t2.`id`, t2.`name` FROM `lf_tags` t2 INNER JOIN `lf_post_tags` t2j ON t2j.`tag_id` = t2.`id` WHERE t2j.`post_id` IN (SELECT t2k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t2k) ORDER BY t2j.`post_id` ASC, t2.`id` ASC
						    posts.user (belongsTo): join [explicit, requested join] joined into the root statement
						  profile (hasOne): batched [cartesian-guard] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t4.`id`, t4.`user_id`, t4.`bio` FROM `lf_profiles` t4 WHERE t4.`user_id` IN (SELECT t4k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t4k) ORDER BY t4.`user_id` ASC, t4.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED", t3."ID", t3."NAME", t3."ROLE_ID" FROM (SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 ORDER BY t0."ID" ASC LIMIT ?) t0 LEFT JOIN "LF_POSTS" t1 ON t1."USER_ID" = t0."ID" AND t1."PUBLISHED" = ? LEFT JOIN "LF_USERS" t3 ON t3."ID" = t1."USER_ID" ORDER BY t0."ID" ASC, t1."ID" ASC [2 binds]
						statements: 3, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): join [small-parent-set] joined into the root statement
						    posts.tags (manyToMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t2j."POST_ID", t2."ID", t2."NAME" FROM "LF_TAGS" t2 INNER JOIN "LF_POST_TAGS" t2j ON t2j."TAG_ID" = t2."ID" WHERE t2j."POST_ID" = ANY(?) ORDER BY t2j."POST_ID" ASC, t2."ID" ASC
						    posts.user (belongsTo): join [explicit, requested join] joined into the root statement
						  profile (hasOne): batched [cartesian-guard] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t4."ID", t4."USER_ID", t4."BIO" FROM "LF_PROFILES" t4 WHERE t4."USER_ID" = ANY(?) ORDER BY t4."USER_ID" ASC, t4."ID" ASC""");
	}

	@Test
	void selfReferenceJoinsBelongsTo() {
		Function<Dialect, String> plan = (dialect) -> categories().query()
			.where("id", 1L)
			.load("parent")
			.load("children", LoadOptions.batched())
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."parent_id", t1."id", t1."name", t1."parent_id" FROM "lf_categories" t0 LEFT JOIN "lf_categories" t1 ON t1."id" = t0."parent_id" WHERE t0."id" = ? ORDER BY t0."id" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  parent (belongsTo): join [single-parent] joined into the root statement
						  children (hasMany): batched [explicit, requested batched] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t2."id", t2."name", t2."parent_id" FROM "lf_categories" t2 WHERE t2."parent_id" = ANY(?) ORDER BY t2."parent_id" ASC, t2."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`parent_id`, t1.`id`, t1.`name`, t1.`parent_id` FROM `lf_categories` t0 LEFT JOIN `lf_categories` t1 ON t1.`id` = t0.`parent_id` WHERE t0.`id` = ? ORDER BY t0.`id` ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  parent (belongsTo): join [single-parent] joined into the root statement
						  children (hasMany): batched [explicit, requested batched] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t2.`id`, t2.`name`, t2.`parent_id` FROM `lf_categories` t2 WHERE t2.`parent_id` IN (SELECT t2k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t2k) ORDER BY t2.`parent_id` ASC, t2.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."PARENT_ID", t1."ID", t1."NAME", t1."PARENT_ID" FROM "LF_CATEGORIES" t0 LEFT JOIN "LF_CATEGORIES" t1 ON t1."ID" = t0."PARENT_ID" WHERE t0."ID" = ? ORDER BY t0."ID" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  parent (belongsTo): join [single-parent] joined into the root statement
						  children (hasMany): batched [explicit, requested batched] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t2."ID", t2."NAME", t2."PARENT_ID" FROM "LF_CATEGORIES" t2 WHERE t2."PARENT_ID" = ANY(?) ORDER BY t2."PARENT_ID" ASC, t2."ID" ASC""");
	}

	@Test
	void batchedPerParentLimitPagesEachParent() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.orderBy("id")
			.load("posts", (q) -> q.orderBy("id").limit(2).offset(1), LoadOptions.batched())
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 ORDER BY t0."id" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [explicit, requested batched] parent keys as one array parameter (unnest(?)), at most 50000 per statement; per-parent limit through LATERAL (each parent's rows up to the limit): SELECT t1."id", t1."title", t1."user_id", t1."score", t1."published" FROM unnest(?) AS t1k("relata_parent_key") CROSS JOIN LATERAL (SELECT t1i."id", t1i."title", t1i."user_id", t1i."score", t1i."published" FROM "lf_posts" t1i WHERE t1i."user_id" = t1k."relata_parent_key" ORDER BY t1i."id" ASC LIMIT ? OFFSET ?) t1 ORDER BY t1."user_id" ASC, t1."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 ORDER BY t0.`id` ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [explicit, requested batched] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement; per-parent limit through key bounds (each parent's last key on the page, then its rows from there): SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published` FROM (SELECT DISTINCT t1k.`relata_parent_key`, (SELECT t1l.`id` FROM `lf_posts` t1l WHERE t1l.`user_id` = t1k.`relata_parent_key` ORDER BY t1l.`id` ASC LIMIT ? OFFSET ?) AS `relata_last`, (SELECT t1l.`id` FROM `lf_posts` t1l WHERE t1l.`user_id` = t1k.`relata_parent_key` ORDER BY t1l.`id` ASC LIMIT ? OFFSET ?) AS `relata_before` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) t1b INNER JOIN `lf_posts` t1 ON t1.`user_id` = t1b.`relata_parent_key` AND (t1b.`relata_last` IS NULL OR t1.`id` <= t1b.`relata_last`) AND t1.`id` > t1b.`relata_before` ORDER BY t1.`user_id` ASC, t1.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 ORDER BY t0."ID" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [explicit, requested batched] one statement per parent key, the same SQL for each; per-parent limit in the statement (each parent's rows up to the limit): SELECT t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED" FROM (SELECT t1i."ID", t1i."TITLE", t1i."USER_ID", t1i."SCORE", t1i."PUBLISHED" FROM "LF_POSTS" t1i WHERE t1i."USER_ID" = ? ORDER BY t1i."ID" ASC LIMIT ? OFFSET ?) t1 ORDER BY t1."USER_ID" ASC, t1."ID" ASC""");
	}

	@Test
	void aggregatesAreCorrelatedSubqueries() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.orderBy("id")
			.withCount("posts")
			.withMax("posts", "score", "maxScore")
			.load("posts", (q) -> q.withCount("tags"))
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id", (SELECT COUNT(*) FROM "lf_posts" gt0_0 WHERE gt0_0."user_id" = t0."id"), (SELECT MAX(gt0_1."score") FROM "lf_posts" gt0_1 WHERE gt0_1."user_id" = t0."id") FROM "lf_users" t0 ORDER BY t0."id" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t1."id", t1."title", t1."user_id", t1."score", t1."published", (SELECT COUNT(*) FROM "lf_tags" gt1_0 INNER JOIN "lf_post_tags" gt1_0j ON gt1_0j."tag_id" = gt1_0."id" WHERE gt1_0j."post_id" = t1."id") FROM "lf_posts" t1 WHERE t1."user_id" = ANY(?) ORDER BY t1."user_id" ASC, t1."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id`, (SELECT COUNT(*) FROM `lf_posts` gt0_0 WHERE gt0_0.`user_id` = t0.`id`), (SELECT MAX(gt0_1.`score`) FROM `lf_posts` gt0_1 WHERE gt0_1.`user_id` = t0.`id`) FROM `lf_users` t0 ORDER BY t0.`id` ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t1.`id`, t1.`title`, t1.`user_id`, t1.`score`, t1.`published`, (SELECT COUNT(*) FROM `lf_tags` gt1_0 INNER JOIN `lf_post_tags` gt1_0j ON gt1_0j.`tag_id` = gt1_0.`id` WHERE gt1_0j.`post_id` = t1.`id`) FROM `lf_posts` t1 WHERE t1.`user_id` IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) ORDER BY t1.`user_id` ASC, t1.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID", (SELECT COUNT(*) FROM "LF_POSTS" gt0_0 WHERE gt0_0."USER_ID" = t0."ID"), (SELECT MAX(gt0_1."SCORE") FROM "LF_POSTS" gt0_1 WHERE gt0_1."USER_ID" = t0."ID") FROM "LF_USERS" t0 ORDER BY t0."ID" ASC [0 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  posts (hasMany): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t1."ID", t1."TITLE", t1."USER_ID", t1."SCORE", t1."PUBLISHED", (SELECT COUNT(*) FROM "LF_TAGS" gt1_0 INNER JOIN "LF_POST_TAGS" gt1_0j ON gt1_0j."TAG_ID" = gt1_0."ID" WHERE gt1_0j."POST_ID" = t1."ID") FROM "LF_POSTS" t1 WHERE t1."USER_ID" = ANY(?) ORDER BY t1."USER_ID" ASC, t1."ID" ASC""");
	}

	@Test
	void existenceFiltersStayInTheRootStatement() {
		Function<Dialect, String> plan = (dialect) -> users().query()
			.whereHas("posts", (q) -> q.where("published", true))
			.orderBy("id")
			.load("role")
			.explain(dialect)
			.toString();
		assertThat(plan.apply(Dialects.POSTGRESQL)).isEqualTo(
				"""
						query: SELECT t0."id", t0."name", t0."role_id" FROM "lf_users" t0 WHERE EXISTS (SELECT 1 FROM "lf_posts" t0x WHERE t0x."user_id" = t0."id" AND t0x."published" = ?) ORDER BY t0."id" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 50000 per statement: SELECT t1."id", t1."name" FROM "lf_roles" t1 WHERE t1."id" = ANY(?) ORDER BY t1."id" ASC""");
		assertThat(plan.apply(Dialects.MARIADB)).isEqualTo(
				"""
						query: SELECT t0.`id`, t0.`name`, t0.`role_id` FROM `lf_users` t0 WHERE EXISTS (SELECT 1 FROM `lf_posts` t0x WHERE t0x.`user_id` = t0.`id` AND t0x.`published` = ?) ORDER BY t0.`id` ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): batched [unbounded-parent-set] parent keys as one JSON array parameter (JSON_TABLE(?, ...)), at most 50000 per statement: SELECT t1.`id`, t1.`name` FROM `lf_roles` t1 WHERE t1.`id` IN (SELECT t1k.`relata_parent_key` FROM JSON_TABLE(?, '$[*]' COLUMNS(`relata_parent_key` BIGINT PATH '$')) t1k) ORDER BY t1.`id` ASC""");
		assertThat(plan.apply(Dialects.H2)).isEqualTo(
				"""
						query: SELECT t0."ID", t0."NAME", t0."ROLE_ID" FROM "LF_USERS" t0 WHERE EXISTS (SELECT 1 FROM "LF_POSTS" t0x WHERE t0x."USER_ID" = t0."ID" AND t0x."PUBLISHED" = ?) ORDER BY t0."ID" ASC [1 binds]
						statements: 2, consistency: none: each statement sees the database as it is when it runs
						  role (belongsTo): batched [unbounded-parent-set] parent keys as one array parameter (= ANY(?)), at most 1000 per statement: SELECT t1."ID", t1."NAME" FROM "LF_ROLES" t1 WHERE t1."ID" = ANY(?) ORDER BY t1."ID" ASC""");
	}

	private OrmRepository<User> users() {
		return this.orm.repository(User.class);
	}

	private OrmRepository<Category> categories() {
		return this.orm.repository(Category.class);
	}

}
