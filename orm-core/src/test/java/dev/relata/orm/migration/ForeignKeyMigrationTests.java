package dev.relata.orm.migration;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declared state and its checksum, without a database.
 */
class ForeignKeyMigrationTests {

	private static final OrmSchema CASCADE = MigrationFixture
		.schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index());

	@Test
	void declaresWhatOrmDdlRenders() {
		assertThat(ForeignKeyMigration.of(CASCADE).declaredStatements(Dialects.H2))
			.isEqualTo(OrmDdl.render(OrmDdl.foreignKeys(CASCADE), Dialects.H2));
	}

	@Test
	void theChecksumIsTheCrc32OfTheStatementsEachEndedBySemicolon() {
		CRC32 crc = new CRC32();
		for (String statement : OrmDdl.render(OrmDdl.foreignKeys(CASCADE), Dialects.POSTGRESQL)) {
			crc.update((statement + ";").getBytes(StandardCharsets.UTF_8));
		}
		assertThat(ForeignKeyMigration.of(CASCADE).checksum(Dialects.POSTGRESQL)).isEqualTo((int) crc.getValue());
	}

	@Test
	void theChecksumChangesWithTheDeclaredKeysAndTheDatabaseOnly() {
		int checksum = ForeignKeyMigration.of(CASCADE).checksum(Dialects.POSTGRESQL);
		assertThat(
				ForeignKeyMigration.of(MigrationFixture.schema((fk) -> fk.onDelete(ReferentialAction.CASCADE).index()))
					.checksum(Dialects.POSTGRESQL))
			.isEqualTo(checksum);
		assertThat(ForeignKeyMigration.of(MigrationFixture.schema((fk) -> fk.onDelete(ReferentialAction.CASCADE)))
			.checksum(Dialects.POSTGRESQL)).isNotEqualTo(checksum);
		assertThat(
				ForeignKeyMigration.of(MigrationFixture.schema((fk) -> fk.onDelete(ReferentialAction.SET_NULL).index()))
					.checksum(Dialects.POSTGRESQL))
			.isNotEqualTo(checksum);
		assertThat(ForeignKeyMigration.of(CASCADE).checksum(Dialects.H2)).isNotEqualTo(checksum);
		assertThat(ForeignKeyMigration.of(MigrationFixture.schema(null)).checksum(Dialects.H2))
			.isEqualTo((int) new CRC32().getValue());
	}

}
