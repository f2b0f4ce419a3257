package dev.relata.orm;

import java.util.List;

import dev.relata.orm.query.Direction;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Table;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

class RepositorySmokeIntegrationTests {

	@Table("smoke_user")
	record SmokeUser(@Id Long id, String name, Integer age) {
	}

	@DatabaseTest
	void insertsQueriesUpdatesAndDeletes(TestDatabase db) {
		db.recreate("smoke_user",
				"CREATE TABLE smoke_user (id " + db.identity() + ", name VARCHAR(50) NOT NULL, age INT)");
		Orm orm = Orm.create(db.dataSource(), OrmSchema.builder().models(SmokeUser.class).build());
		OrmRepository<SmokeUser> users = orm.repository(SmokeUser.class);
		SmokeUser ada = users.insert(new SmokeUser(null, "Ada", 36));
		List<SmokeUser> more = users
			.insertAll(List.of(new SmokeUser(null, "Grace", 45), new SmokeUser(null, "Alan", null)));
		assertThat(ada.id()).isNotNull();
		assertThat(more).extracting(SmokeUser::id).doesNotContainNull();
		assertThat(users.findById(ada.id().intValue())).contains(ada);
		assertThat(users.query().where("age", ">=", 40).orWhere("name", "Ada").orderBy("name", Direction.DESC).many())
			.extracting(SmokeUser::name)
			.containsExactly("Grace", "Ada");
		assertThat(users.query().orderBy("age").many()).extracting(SmokeUser::name)
			.containsExactly("Alan", "Ada", "Grace");
		assertThat(users.query().count()).isEqualTo(3);
		users.update(new SmokeUser(ada.id(), "Ada L.", 37));
		assertThat(users.query().where(SmokeUser::name).is("Ada L.").single().age()).isEqualTo(37);
		assertThat(users.query().whereNull("age").update((s) -> s.set("age", 1))).isEqualTo(1);
		assertThat(users.deleteById(ada.id())).isTrue();
		assertThat(users.query().where("age", "<", 2).delete()).isEqualTo(1);
		assertThat(users.query().many()).extracting(SmokeUser::name).containsExactly("Grace");
	}

}
