package dev.relata.orm.reliability;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.schema.Version;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

/**
 * Owners with a group (belongsTo), items (hasMany) and tags (manyToMany through a join
 * table with a primary key on the pair but no foreign keys, so nothing but Relata stops a
 * dangling row); a self-referencing tree of nodes; versioned documents; measures with a
 * double and a time; films with a rating column of a database enum type. Records every
 * statement.
 */
final class ReliabilityFixture {

	@Table("rc_groups")
	record Group(@Id Long id, String name, @Nullable List<Owner> owners) {
	}

	@Table("rc_owners")
	record Owner(@Id Long id, String name, @Nullable Long groupId) {
	}

	@Table("rc_items")
	record Item(@Id Long id, String name, @Nullable Long ownerId) {
	}

	@Table("rc_tags")
	record Tag(@Id Long id, String name) {
	}

	@Table("rc_owner_tags")
	record OwnerTag(@Id Long ownerId, @Id Long tagId) {
	}

	@Table("rc_nodes")
	record Node(@Id Long id, @Nullable Long parentId) {
	}

	@Table("rc_docs")
	record Doc(@Id Long id, String title, @Version @Nullable Long version) {
	}

	@Table("rc_measures")
	record Measure(@Id Long id, @Nullable Double amount, @Nullable LocalDateTime takenAt) {
	}

	@Table("rc_films")
	record Film(@Id Long id, String title, @Nullable String rating) {
	}

	final List<ExecutedStatement> statements = new CopyOnWriteArrayList<>();

	private final TestDatabase db;

	ReliabilityFixture(TestDatabase db) {
		this.db = db;
		createTables();
	}

	Orm orm() {
		return orm(this.db.dataSource());
	}

	Orm orm(DataSource dataSource) {
		return Orm.builder(dataSource, schema()).statementListener(new StatementListener() {
			@Override
			public void beforeStatement(ExecutedStatement statement) {
				ReliabilityFixture.this.statements.add(statement);
			}
		}).build();
	}

	List<String> sql() {
		return this.statements.stream().map(ExecutedStatement::sql).toList();
	}

	long count(String sql) {
		return this.db.jdbc().queryForObject(sql, Long.class);
	}

	static OrmSchema schema() {
		return OrmSchema.builder()
			.models(Group.class, Owner.class, Item.class, Tag.class, OwnerTag.class, Node.class, Doc.class,
					Measure.class, Film.class)
			.relations(
					RelationDefinitions.of(Owner.class,
							(r) -> r.belongsTo("group", Group.class, Owner::groupId)
								.hasMany("items", Item.class, Item::ownerId)
								.manyToMany("tags", Tag.class,
										(m) -> m.through(OwnerTag.class).from(OwnerTag::ownerId).to(OwnerTag::tagId))),
					RelationDefinitions.of(Group.class, (r) -> r.hasMany("owners", Owner.class, Owner::groupId)),
					RelationDefinitions.of(Node.class,
							(r) -> r.hasMany("children", Node.class, Node::parentId)
								.belongsTo("parent", Node.class, Node::parentId)))
			.build();
	}

	/**
	 * Groups 1 and 2; owners 1 Ada (group 1) and 2 Grace; tags 1..5; items 1, 2 without
	 * an owner; no join rows, nodes, documents, measures or films.
	 */
	private void createTables() {
		TestDatabase db = this.db;
		db.dropTables("rc_owner_tags", "rc_items", "rc_owners", "rc_groups", "rc_tags", "rc_nodes", "rc_docs",
				"rc_measures", "rc_films");
		db.recreate("rc_groups", "CREATE TABLE rc_groups (id " + db.identity() + ", name VARCHAR(50) NOT NULL)");
		db.recreate("rc_owners",
				"CREATE TABLE rc_owners (id " + db.identity() + ", name VARCHAR(50) NOT NULL, group_id BIGINT)");
		db.recreate("rc_items",
				"CREATE TABLE rc_items (id " + db.identity() + ", name VARCHAR(50) NOT NULL, owner_id BIGINT)");
		db.recreate("rc_tags", "CREATE TABLE rc_tags (id " + db.identity() + ", name VARCHAR(50) NOT NULL)");
		db.recreate("rc_owner_tags", "CREATE TABLE rc_owner_tags (owner_id BIGINT NOT NULL, tag_id BIGINT NOT NULL, "
				+ "PRIMARY KEY (owner_id, tag_id))");
		db.recreate("rc_nodes", "CREATE TABLE rc_nodes (id BIGINT PRIMARY KEY, parent_id BIGINT)");
		db.recreate("rc_docs",
				"CREATE TABLE rc_docs (id " + db.identity() + ", title VARCHAR(50) NOT NULL, version BIGINT)");
		db.recreate("rc_measures", "CREATE TABLE rc_measures (id " + db.identity() + ", amount " + db.doubleType()
				+ ", taken_at " + db.timestamp() + ")");
		String rating = switch (db.kind()) {
			case POSTGRESQL -> "rc_rating";
			case MARIADB, H2 -> "ENUM('G', 'PG', 'PG-13', 'R', 'NC-17')";
		};
		if (db.kind() == DatabaseKind.POSTGRESQL) {
			db.execute("DROP TYPE IF EXISTS rc_rating",
					"CREATE TYPE rc_rating AS ENUM ('G', 'PG', 'PG-13', 'R', 'NC-17')");
		}
		db.recreate("rc_films",
				"CREATE TABLE rc_films (id " + db.identity() + ", title VARCHAR(50) NOT NULL, rating " + rating + ")");
		db.execute("INSERT INTO rc_groups (name) VALUES ('one'), ('two')",
				"INSERT INTO rc_owners (name, group_id) VALUES ('Ada', 1), ('Grace', NULL)",
				"INSERT INTO rc_tags (name) VALUES ('t1'), ('t2'), ('t3'), ('t4'), ('t5')",
				"INSERT INTO rc_items (name, owner_id) VALUES ('i1', NULL), ('i2', NULL)");
	}

}
