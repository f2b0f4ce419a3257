package dev.relata.orm.docs;

import java.util.List;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.ForeignKey;
import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.NamingStrategy;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.Table;
import dev.relata.orm.sql.dialect.Dialects;
import dev.relata.orm.testing.TestDatabase;
import dev.relata.orm.testing.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The examples of {@code docs/relations.md}, run on every database: each method holds the
 * code of one group of snippets and checks what the page says.
 */
class RelationsDocumentationIntegrationTests {

	// --- models (docs: "The models") ---

	@Table("users")
	public record User(@Id Long id, String name, Long roleId, List<Post> posts, Role role, Profile profile,
			List<Tag> tags, Long postsCount) {
		public User {
			posts = posts == null ? null : List.copyOf(posts);
			tags = tags == null ? null : List.copyOf(tags);
		}
	}

	@Table("roles")
	public record Role(@Id Long id, String name) {
	}

	@Table("profiles")
	public record Profile(@Id Long id, Long userId, String bio) {
	}

	@Table("posts")
	public record Post(@Id Long id, String title, Long userId, Boolean published) {
	}

	@Table("tags")
	public record Tag(@Id Long id, String name) {
	}

	@Table("user_tags")
	public record UserTag(@Id Long userId, @Id Long tagId, String addedBy) {
	}

	@Table("categories")
	public record Category(@Id Long id, String name, Long parentId, Category parent, List<Category> children) {
	}

	// --- definitions (docs: "The four kinds") ---

	static RelationDefinitions<User> userRelations() {
		RelationDefinitions<User> userRelations = RelationDefinitions.of(User.class,
				r -> r.hasOne("profile", Profile.class, Profile::userId) // FK on the
																			// target
					.hasMany("posts", Post.class, Post::userId) // FK on the target
					.belongsTo("role", Role.class, User::roleId, fk -> fk // FK on this
																			// model
						.onDelete(ReferentialAction.RESTRICT)
						.onUpdate(ReferentialAction.CASCADE)
						.constraintName("fk_users_role_id")
						.index())
					.manyToMany("tags", Tag.class, m -> m.through(UserTag.class)
						.from(UserTag::userId) // join-model key pointing at this model
						.to(UserTag::tagId) // join-model key pointing at the target
						.onDelete(ReferentialAction.CASCADE)));
		return userRelations;
	}

	static RelationDefinitions<Category> categoryRelations() {
		RelationDefinitions<Category> categoryRelations = RelationDefinitions.of(Category.class,
				r -> r.belongsTo("parent", Category.class, Category::parentId) // self-reference
					.hasMany("children", Category.class, Category::parentId));
		return categoryRelations;
	}

	static OrmSchema blogSchema() {
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, Category.class)
			.relations(userRelations(), categoryRelations())
			.namingStrategy(NamingStrategy.SNAKE_CASE)
			.build();
		return schema;
	}

	@DatabaseTest
	void eachKindLoadsIntoItsSlot(TestDatabase db) {
		createTables(db);
		Orm orm = Orm.create(db.dataSource(), blogSchema());
		OrmRepository<User> users = orm.repository(User.class);

		List<User> withPosts = users.query().orderBy("id").load("posts").many();
		List<User> withProfile = users.query().orderBy("id").load("profile").many();
		List<User> withRole = users.query().orderBy("id").load("role").many();
		List<User> withTags = users.query().orderBy("id").load("tags").many();

		assertThat(withPosts).extracting((u) -> u.posts().stream().map(Post::title).toList())
			.containsExactly(List.of("Hello", "Relations"), List.of());
		assertThat(withProfile).extracting((u) -> (u.profile() != null) ? u.profile().bio() : null)
			.containsExactly("Builder", null);
		assertThat(withRole).extracting((u) -> u.role().name()).containsExactly("admin", "admin");
		assertThat(withRole.get(0).role()).isSameAs(withRole.get(1).role());
		assertThat(withTags).extracting((u) -> u.tags().stream().map(Tag::name).toList())
			.containsExactly(List.of("java", "sql"), List.of("sql"));
		assertThat(withTags.get(0).posts()).isNull();
		assertThat(withPosts.get(1).posts()).isEmpty();
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM posts WHERE user_id = 1", Integer.class))
			.isEqualTo(2);
	}

	@DatabaseTest
	void selfReferencesLoadParentAndChildren(TestDatabase db) {
		createTables(db);
		OrmRepository<Category> categories = Orm.create(db.dataSource(), blogSchema()).repository(Category.class);

		Category books = categories.query().whereKey(1L).load("children").single();
		Category fiction = categories.query().whereKey(2L).load("parent").single();

		assertThat(books.children()).extracting(Category::name).containsExactly("Fiction", "Science");
		assertThat(books.parent()).isNull();
		assertThat(fiction.parent().name()).isEqualTo("Books");
	}

	@DatabaseTest
	void severalDefinitionsForOneModel(TestDatabase db) {
		createTables(db);
		// docs: several definitions per model
		RelationDefinitions<User> content = RelationDefinitions.of(User.class,
				r -> r.hasMany("posts", Post.class, Post::userId).hasOne("profile", Profile.class, Profile::userId));
		RelationDefinitions<User> access = RelationDefinitions
			.of(User.class, r -> r.belongsTo("role", Role.class, User::roleId)
				.manyToMany("tags", Tag.class, m -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));

		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, Category.class)
			.relations(content, access, categoryRelations())
			.build();

		assertThat(schema.relations(User.class)).extracting((r) -> r.name())
			.containsExactly("posts", "profile", "role", "tags");
		User ada = Orm.create(db.dataSource(), schema)
			.repository(User.class)
			.query()
			.whereKey(1L)
			.load("role")
			.single();
		assertThat(ada.role().name()).isEqualTo("admin");
	}

	@DatabaseTest
	void propertyKindsAreDecidedByTheRelations(TestDatabase db) {
		createTables(db);
		OrmSchema schema = blogSchema();

		assertThat(schema.model(User.class).property("posts").kind()).isEqualTo(PropertyKind.RELATION_SLOT);
		assertThat(schema.model(User.class).property("postsCount").kind()).isEqualTo(PropertyKind.AGGREGATE_SLOT);
		assertThat(schema.model(User.class).property("roleId").kind()).isEqualTo(PropertyKind.COLUMN);
		User ada = Orm.create(db.dataSource(), schema).repository(User.class).findById(1L).orElseThrow();
		assertThat(ada.posts()).isNull();
		assertThat(ada.role()).isNull();
		assertThat(ada.postsCount()).isNull();
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> users(db).query().whereKey(1L).load("posts").single().posts().clear());
	}

	@DatabaseTest
	void methodReferencesNameKeysAndLambdasAreRefused(TestDatabase db) {
		createTables(db);
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> RelationDefinitions.of(User.class, r -> r.hasMany("posts", Post.class, p -> p.userId()))) // refused:
																														// a
																														// lambda
			.withMessage("A lambda cannot name a property; use a method reference to a property accessor such as "
					+ "User::name, User::getName or User::isActive");
		assertThat(users(db).query().whereKey(2L).load("role").single().role().name()).isEqualTo("admin");
	}

	@DatabaseTest
	void validationErrorsNameTheRelationTheSiteAndTheFix(TestDatabase db) {
		createTables(db);
		RelationDefinitions<User> typo = RelationDefinitions.of(User.class,
				r -> r.hasMany("posts", Post.class, Post::userId).hasOne("profile", Role.class, Role::id)); // wrong
																											// target

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> OrmSchema.builder()
				.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class)
				.relations(typo)
				.build())
			.satisfies((ex) -> assertThat(ex.getMessage().split(System.lineSeparator())).containsExactly(
					"The schema has 3 problems:",
					"- User.profile (defined at " + typo.declarations().get(1).definedBy()
							+ "): the property profile must be a Role to hold this hasOne relation",
					"- User.role: a Role property that no relation claims; define a relation named 'role' with "
							+ "RelationDefinitions.of(User.class, r -> ...), or register a ValueConverter if it is "
							+ "a column",
					"- User.tags: a List property that no relation claims; define a relation named 'tags' with "
							+ "RelationDefinitions.of(User.class, r -> ...), or register a ValueConverter if it is "
							+ "a column"));
		assertThat(typo.declarations().get(1).definedBy())
			.matches("RelationsDocumentationIntegrationTests \\(RelationsDocumentationIntegrationTests\\.java:\\d+\\)");
		assertThatExceptionOfType(UnknownRelationException.class)
			.isThrownBy(() -> users(db).query().load("post").many())
			.withMessage("User has no relation 'post'; it has: posts, profile, role, tags");
	}

	@DatabaseTest
	void foreignKeyOptionsMergeAcrossDefinitions(TestDatabase db) {
		createTables(db);
		List<ForeignKey> foreignKeys = blogSchema().foreignKeys();

		assertThat(foreignKeys).extracting(ForeignKey::describe)
			.containsExactly("profiles.user_id -> users.id", "posts.user_id -> users.id", "users.role_id -> roles.id",
					"user_tags.user_id -> users.id", "user_tags.tag_id -> tags.id",
					"categories.parent_id -> categories.id");
		assertThat(foreignKeys.get(2).options()).isEqualTo(
				new ForeignKeyOptions(ReferentialAction.RESTRICT, ReferentialAction.CASCADE, "fk_users_role_id", true));
		assertThat(foreignKeys.get(5).definedBy()).containsExactly("Category.parent", "Category.children");
		assertThat(users(db).query().count()).isEqualTo(2);
	}

	@DatabaseTest
	void setDefaultIsRefusedOnMariaDb(TestDatabase db) {
		createTables(db);
		RelationDefinitions<User> setDefault = RelationDefinitions.of(User.class,
				r -> r.belongsTo("role", Role.class, User::roleId, fk -> fk.onDelete(ReferentialAction.SET_DEFAULT))
					.hasMany("posts", Post.class, Post::userId)
					.hasOne("profile", Profile.class, Profile::userId)
					.manyToMany("tags", Tag.class,
							m -> m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));
		OrmSchema schema = OrmSchema.builder()
			.models(User.class, Role.class, Profile.class, Post.class, Tag.class, UserTag.class, Category.class)
			.relations(setDefault, categoryRelations())
			.build();

		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> Orm.builder(db.dataSource(), schema).dialect(Dialects.MARIADB).build())
			.withMessage("The foreign key users.role_id -> roles.id (defined by User.role) uses SET DEFAULT, which "
					+ "MariaDB accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE or NO_ACTION");
		if (db.kind() != dev.relata.orm.testing.DatabaseKind.MARIADB) {
			assertThat(Orm.create(db.dataSource(), schema).repository(User.class).query().count()).isEqualTo(2);
		}
	}

	private static OrmRepository<User> users(TestDatabase db) {
		return Orm.create(db.dataSource(), blogSchema()).repository(User.class);
	}

	private static void createTables(TestDatabase db) {
		db.recreate("user_tags", "CREATE TABLE user_tags (user_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
				+ "added_by VARCHAR(50), PRIMARY KEY (user_id, tag_id))");
		db.recreate("posts", "CREATE TABLE posts (id BIGINT PRIMARY KEY, title VARCHAR(100) NOT NULL, "
				+ "user_id BIGINT NOT NULL, published " + db.booleanType() + " NOT NULL)");
		db.recreate("profiles",
				"CREATE TABLE profiles (id BIGINT PRIMARY KEY, user_id BIGINT NOT NULL, bio VARCHAR(100) NOT NULL)");
		db.recreate("users", "CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, role_id BIGINT)");
		db.recreate("roles", "CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("tags", "CREATE TABLE tags (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL)");
		db.recreate("categories",
				"CREATE TABLE categories (id BIGINT PRIMARY KEY, name VARCHAR(50) NOT NULL, parent_id BIGINT)");
		db.execute("INSERT INTO roles VALUES (1, 'admin')", "INSERT INTO users VALUES (1, 'Ada', 1), (2, 'Grace', 1)",
				"INSERT INTO profiles VALUES (1, 1, 'Builder')",
				"INSERT INTO posts VALUES (1, 'Hello', 1, TRUE), (2, 'Relations', 1, FALSE)",
				"INSERT INTO tags VALUES (1, 'java'), (2, 'sql')",
				"INSERT INTO user_tags VALUES (1, 1, 'ada'), (1, 2, 'ada'), (2, 2, 'grace')",
				"INSERT INTO categories VALUES (1, 'Books', NULL), (2, 'Fiction', 1), (3, 'Science', 1)");
	}

}
