package dev.relata.orm.write;

import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.Related;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A first pass over nested writes and pivot operations on every database.
 */
class NestedWriteSmokeIntegrationTests {

	@Table("nw_users")
	record User(@Id Long id, String name, @Nullable Long roleId, @Nullable List<Post> posts, @Nullable Role role,
			@Nullable Profile profile, @Nullable List<Tag> tags) {
	}

	@Table("nw_roles")
	record Role(@Id Long id, String name) {
	}

	@Table("nw_profiles")
	record Profile(@Id Long id, @Nullable Long userId, String bio) {
	}

	@Table("nw_posts")
	record Post(@Id Long id, String title, @Nullable Long userId, @Nullable List<Tag> tags) {
	}

	@Table("nw_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("nw_user_tags")
	record UserTag(@Id Long userId, @Id Long tagId, @Nullable String addedBy) {
	}

	@Table("nw_post_tags")
	record PostTag(@Id Long postId, @Id Long tagId) {
	}

	private Orm orm(TestDatabase db) {
		for (String table : List.of("nw_user_tags", "nw_post_tags", "nw_posts", "nw_profiles", "nw_users", "nw_roles",
				"nw_tags")) {
			db.execute("DROP TABLE IF EXISTS " + table);
		}
		db.execute("CREATE TABLE nw_roles (id " + db.identity() + ", name VARCHAR(50) NOT NULL)",
				"CREATE TABLE nw_users (id " + db.identity() + ", name VARCHAR(50) NOT NULL, role_id BIGINT)",
				"CREATE TABLE nw_profiles (id " + db.identity() + ", user_id BIGINT, bio VARCHAR(50) NOT NULL)",
				"CREATE TABLE nw_posts (id " + db.identity() + ", title VARCHAR(50) NOT NULL, user_id BIGINT)",
				"CREATE TABLE nw_tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL)",
				"CREATE TABLE nw_user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, added_by VARCHAR(20), "
						+ "PRIMARY KEY (user_id, tag_id))",
				"CREATE TABLE nw_post_tags (post_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, PRIMARY KEY (post_id, tag_id))",
				"INSERT INTO nw_roles (name) VALUES ('admin'), ('user')",
				"INSERT INTO nw_tags (name) VALUES ('java'), ('sql'), ('math'), ('spam')");
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, PostTag.class)
			.relations(
					RelationDefinitions.of(User.class,
							(r) -> r.hasMany("posts", Post.class, Post::userId)
								.belongsTo("role", Role.class, User::roleId)
								.hasOne("profile", Profile.class, Profile::userId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId))),
					RelationDefinitions.of(Post.class,
							(r) -> r.manyToMany("tags", Tag.class,
									(m) -> m.through(PostTag.class).from(PostTag::postId).to(PostTag::tagId))))
			.build();
		return Orm.create(db.dataSource(), schema);
	}

	@DatabaseTest
	void insertsAGraphAndUpdatesItThroughRelations(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		User alice = users.insert(new User(null, "Alice", null, null, null, null, null),
				(w) -> w.connect("role", 1L)
					.create("profile", new Profile(null, null, "Builder"))
					.create("posts", new Post(null, "First post", null, null), (p) -> p.connect("tags", 1L, 2L))
					.create("posts", new Post(null, "Second", null, null))
					.connect("tags", List.of(3, 1)));
		assertThat(alice.id()).isNotNull();
		assertThat(alice.roleId()).isEqualTo(1L);
		User loaded = users.query()
			.whereKey(alice.id())
			.load("posts.tags")
			.load("profile")
			.load("tags")
			.one()
			.orElseThrow();
		assertThat(loaded.posts()).extracting(Post::title).containsExactly("First post", "Second");
		assertThat(loaded.posts().get(0).tags()).extracting(Tag::name).containsExactly("java", "sql");
		assertThat(loaded.profile().bio()).isEqualTo("Builder");
		assertThat(loaded.tags()).extracting(Tag::name).containsExactly("java", "math");

		User updated = users.update(alice.id(),
				(w) -> w.set("name", "Alice B.")
					.connect("role", 2L)
					.disconnect("tags", List.of(1L))
					.create("posts", new Post(null, "Third", null, null))
					.disconnect("posts", loaded.posts().get(1).id()));
		assertThat(updated.name()).isEqualTo("Alice B.");
		assertThat(updated.roleId()).isEqualTo(2L);
		User again = users.query().whereKey(alice.id()).load("posts").load("tags").one().orElseThrow();
		assertThat(again.posts()).extracting(Post::title).containsExactly("First post", "Third");
		assertThat(again.tags()).extracting(Tag::name).containsExactly("math");
	}

	@DatabaseTest
	void managesPivotRows(TestDatabase db) {
		OrmRepository<User> users = orm(db).repository(User.class);
		User ada = users.insert(new User(null, "Ada", null, null, null, null, null));
		Related<Tag> tags = users.related(ada, "tags", Tag.class);
		assertThat(tags.attach(1L)).isEqualTo(1);
		assertThat(tags.attach(1L)).isEqualTo(0);
		assertThat(tags.attach(List.of(1L, 2L), Map.of("addedBy", "import"))).isEqualTo(1);
		SyncResult sync = tags.sync(List.of(2, 3));
		assertThat(sync.attached()).containsExactly(3L);
		assertThat(sync.detached()).containsExactly(1L);
		SyncResult toggle = tags.toggle(List.of(1L, 2L));
		assertThat(toggle.attached()).containsExactly(1L);
		assertThat(toggle.detached()).containsExactly(2L);
		assertThat(tags.many()).extracting(Tag::name).containsExactlyInAnyOrder("java", "math");
		assertThat(tags.detach(List.of(1L))).isEqualTo(1);
		assertThat(tags.detachAll()).isEqualTo(1);
		assertThat(tags.many()).isEmpty();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM nw_user_tags", Long.class)).isZero();
	}

}
