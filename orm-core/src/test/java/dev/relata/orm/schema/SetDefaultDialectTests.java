package dev.relata.orm.schema;

import dev.relata.orm.Orm;
import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.sql.dialect.Dialect;
import dev.relata.orm.sql.dialect.Dialects;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@code SET_DEFAULT} is refused when the Orm is built with an explicit dialect that
 * accepts but does not enforce it; the data source is never connected.
 */
class SetDefaultDialectTests {

	@Table("roles")
	record Role(@Id Long id, String name) {
	}

	@Table("users")
	record User(@Id Long id, Long roleId) {
	}

	@Test
	void setDefaultIsRefusedAtBuildForMariaDbAndMySql() {
		for (Dialect dialect : new Dialect[] { Dialects.MARIADB, Dialects.MYSQL }) {
			assertThatExceptionOfType(OrmSchemaException.class)
				.isThrownBy(() -> Orm.builder(unusedDataSource(), schema(ReferentialAction.SET_DEFAULT, null))
					.dialect(dialect)
					.build())
				.withMessage("The foreign key users.role_id -> roles.id (defined by User.role) uses SET DEFAULT, "
						+ "which " + dialect.name() + " accepts but does not enforce; use SET_NULL, RESTRICT, CASCADE "
						+ "or NO_ACTION");
		}
	}

	@Test
	void setDefaultOnUpdateIsRefusedToo() {
		assertThatExceptionOfType(OrmSchemaException.class)
			.isThrownBy(() -> Orm.builder(unusedDataSource(), schema(null, ReferentialAction.SET_DEFAULT))
				.dialect(Dialects.MARIADB)
				.build())
			.withMessageContaining("uses SET DEFAULT");
	}

	@Test
	void setDefaultIsAcceptedForPostgreSqlAndH2() {
		for (Dialect dialect : new Dialect[] { Dialects.POSTGRESQL, Dialects.H2 }) {
			Orm orm = Orm
				.builder(unusedDataSource(), schema(ReferentialAction.SET_DEFAULT, ReferentialAction.SET_DEFAULT))
				.dialect(dialect)
				.build();

			assertThat(orm.schema().foreignKeys()).singleElement()
				.satisfies((fk) -> assertThat(fk.options().onDelete()).isEqualTo(ReferentialAction.SET_DEFAULT));
		}
	}

	@Test
	void otherActionsAreAcceptedForMariaDb() {
		Orm orm = Orm.builder(unusedDataSource(), schema(ReferentialAction.SET_NULL, ReferentialAction.CASCADE))
			.dialect(Dialects.MARIADB)
			.build();

		assertThat(orm.schema().foreignKeys()).singleElement()
			.satisfies((fk) -> assertThat(fk.options().onDelete()).isEqualTo(ReferentialAction.SET_NULL));
	}

	static OrmSchema schema(@Nullable ReferentialAction onDelete, @Nullable ReferentialAction onUpdate) {
		return OrmSchema.builder()
			.models(User.class, Role.class)
			.relations(RelationDefinitions.of(User.class, (r) -> r.belongsTo("role", Role.class, User::roleId, (fk) -> {
				if (onDelete != null) {
					fk.onDelete(onDelete);
				}
				if (onUpdate != null) {
					fk.onUpdate(onUpdate);
				}
			})))
			.build();
	}

	// An H2 in-memory data source that these tests never connect: the check runs at
	// build.
	private static JdbcDataSource unusedDataSource() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:set_default_unused");
		return dataSource;
	}

}
