package dev.relata.orm.write;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.Direction;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.write.PivotFixture.Post;
import dev.relata.orm.write.PivotFixture.Profile;
import dev.relata.orm.write.PivotFixture.Role;
import dev.relata.orm.write.PivotFixture.Tag;
import dev.relata.orm.write.PivotFixture.User;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code related(entity, relation, Target.class)}: many(), one() and query() for every
 * relation kind, scoped to the instance's related rows.
 */
class RelatedReadIntegrationTests {

	private static final User ADA = new User(1L, "Ada", 1L);

	private static final User GRACE = new User(2L, "Grace", null);

	private OrmRepository<User> users(TestDatabase db) {
		PivotFixture fixture = new PivotFixture(db);
		db.execute("INSERT INTO pv_user_tags (user_id, tag_id) VALUES (1, 3), (1, 1), (1, 2), (2, 2), (2, 4)");
		return fixture.orm().repository(User.class);
	}

	@DatabaseTest
	void manyReadsTheRelatedRowsOfEveryKind(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(users.related(ADA, "posts", Post.class).many()).extracting(Post::title)
			.containsExactly("First", "Second");
		assertThat(users.related(ADA, "tags", Tag.class).many()).extracting(Tag::id).containsExactly(1L, 2L, 3L);
		assertThat(users.related(ADA, "role", Role.class).many()).extracting(Role::name).containsExactly("admin");
		assertThat(users.related(ADA, "profile", Profile.class).many()).extracting(Profile::bio)
			.containsExactly("Builder");
		assertThat(users.related(GRACE, "tags", Tag.class).many()).extracting(Tag::id).containsExactly(2L, 4L);
		assertThat(users.related(GRACE, "role", Role.class).many()).isEmpty();
		assertThat(users.related(GRACE, "profile", Profile.class).many()).isEmpty();
		assertThat(users.related(new User(3L, "Linus", 2L), "posts", Post.class).many()).isEmpty();
	}

	@DatabaseTest
	void oneReadsTheRowOfAToOneRelation(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(users.related(ADA, "role", Role.class).one()).get().extracting(Role::name).isEqualTo("admin");
		assertThat(users.related(new User(3L, "Linus", 2L), "role", Role.class).one()).get()
			.extracting(Role::name)
			.isEqualTo("user");
		assertThat(users.related(ADA, "profile", Profile.class).one()).get()
			.extracting(Profile::bio)
			.isEqualTo("Builder");
		assertThat(users.related(GRACE, "role", Role.class).one()).isEmpty();
		assertThat(users.related(GRACE, "profile", Profile.class).one()).isEmpty();
	}

	@DatabaseTest
	void oneOnAToManyRelationIsRefused(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> users.related(ADA, "posts", Post.class).one())
			.withMessageContaining("posts")
			.withMessageContaining("many()");
		assertThatExceptionOfType(OrmUsageException.class).isThrownBy(() -> users.related(ADA, "tags", Tag.class).one())
			.withMessageContaining("tags")
			.withMessageContaining("many()");
	}

	@DatabaseTest
	void queryCanBeFilteredOrderedAndLimited(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(users.related(ADA, "tags", Tag.class)
			.query()
			.where("id", ">", 1)
			.orderBy("name", Direction.DESC)
			.limit(1)
			.many()).extracting(Tag::name).containsExactly("tag3");
		assertThat(users.related(ADA, "posts", Post.class).query().orderBy("id", Direction.DESC).many())
			.extracting(Post::title)
			.containsExactly("Second", "First");
		assertThat(users.related(ADA, "posts", Post.class).query().where("title", "Second").count()).isOne();
		assertThat(users.related(GRACE, "tags", Tag.class).query().count()).isEqualTo(2);
		assertThat(users.related(ADA, "role", Role.class).query().where("name", "user").exists()).isFalse();
	}

	@DatabaseTest
	void anOrWhereCannotEscapeTheRelationsScope(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(users.related(ADA, "tags", Tag.class).query().where("name", "tag1").orWhere("name", "tag4").many())
			.extracting(Tag::name)
			.containsExactly("tag1");
		assertThat(users.related(ADA, "posts", Post.class).query().where("id", 1).orWhere("title", "Other").many())
			.extracting(Post::title)
			.containsExactly("First");
		assertThat(users.related(ADA, "role", Role.class).query().where("id", 1).orWhere("id", 2).count()).isOne();
		assertThat(users.related(ADA, "profile", Profile.class).query().orWhere("bio", "Builder").count()).isOne();
		assertThat(users.related(GRACE, "profile", Profile.class).query().orWhere("bio", "Builder").count()).isZero();
	}

	@DatabaseTest
	void aDeleteThroughTheQueryDeletesOnlyRelatedRows(TestDatabase db) {
		OrmRepository<User> users = users(db);
		assertThat(
				users.related(ADA, "posts", Post.class).query().where("id", ">", 0).orWhere("title", "Other").delete())
			.isEqualTo(2);
		assertThat(db.jdbc().queryForList("SELECT title FROM pv_posts ORDER BY id", String.class))
			.containsExactly("Other");
		// Tags stay referenced by join rows: drop that foreign key to delete tags at all.
		db.execute("ALTER TABLE pv_user_tags DROP "
				+ ((db.kind() == DatabaseKind.MARIADB) ? "FOREIGN KEY" : "CONSTRAINT") + " pv_user_tags_tag");
		assertThat(users.related(ADA, "tags", Tag.class).query().where("id", "<", 9).orWhere("id", 4).delete())
			.isEqualTo(3);
		assertThat(db.jdbc().queryForList("SELECT id FROM pv_tags ORDER BY id", Long.class)).containsExactly(4L, 5L, 6L,
				7L, 8L, 9L, 10L);
	}

}
