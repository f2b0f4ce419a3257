package dev.relata.orm.verify;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How findings and reports render for logs and failure analyses.
 */
class VerificationReportTests {

	private static final VerificationFinding MISSING_KEY = new VerificationFinding(FindingKind.MISSING_FOREIGN_KEY,
			"Post", "user", "posts", "user_id",
			"No foreign key links posts.user_id to users.id (ON DELETE CASCADE ON UPDATE NO ACTION, implied by Post.user)",
			"ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user_id\" FOREIGN KEY (\"user_id\") "
					+ "REFERENCES \"users\" (\"id\") ON DELETE CASCADE;");

	private static final VerificationFinding MISMATCH = new VerificationFinding(FindingKind.FOREIGN_KEY_ACTION_MISMATCH,
			"User", "role", "users", "role_id", "The foreign key ... differs",
			"ALTER TABLE `users` DROP FOREIGN KEY `fk_users_role_id`;\n"
					+ "ALTER TABLE `users` ADD CONSTRAINT `fk_users_role_id` FOREIGN KEY (`role_id`) "
					+ "REFERENCES `roles` (`id`) ON DELETE RESTRICT;");

	private static final VerificationFinding NO_FIX = new VerificationFinding(FindingKind.MISSING_TABLE, "Tag", null,
			"blog.tags", null, "The table blog.tags of Tag does not exist", null);

	@Test
	void describesAFindingWithItsSubjectProblemAndFix() {
		assertThat(MISSING_KEY.describe()).isEqualTo(
				"""
						MISSING_FOREIGN_KEY: Post.user (posts.user_id)
						    No foreign key links posts.user_id to users.id (ON DELETE CASCADE ON UPDATE NO ACTION, implied by Post.user)
						    fix: ALTER TABLE "posts" ADD CONSTRAINT "fk_posts_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE;""");
	}

	@Test
	void indentsEachStatementOfAFixAndSaysWhenNoDdlFixesIt() {
		assertThat(MISMATCH.describe()).endsWith("\n    fix: ALTER TABLE `users` DROP FOREIGN KEY `fk_users_role_id`;\n"
				+ "         ALTER TABLE `users` ADD CONSTRAINT `fk_users_role_id` FOREIGN KEY (`role_id`) "
				+ "REFERENCES `roles` (`id`) ON DELETE RESTRICT;");
		assertThat(NO_FIX.describe()).isEqualTo("""
				MISSING_TABLE: Tag (blog.tags)
				    The table blog.tags of Tag does not exist
				    fix: no DDL fixes this; change the schema""");
	}

	@Test
	void splitsAFixIntoStatementsWithoutSemicolons() {
		assertThat(MISMATCH.fixStatements()).containsExactly("ALTER TABLE `users` DROP FOREIGN KEY `fk_users_role_id`",
				"ALTER TABLE `users` ADD CONSTRAINT `fk_users_role_id` FOREIGN KEY (`role_id`) "
						+ "REFERENCES `roles` (`id`) ON DELETE RESTRICT");
		assertThat(MISSING_KEY.fixStatements()).hasSize(1).allSatisfy((sql) -> assertThat(sql).doesNotEndWith(";"));
		assertThat(NO_FIX.fixStatements()).isEmpty();
	}

	@Test
	void describesAReportAsASummaryAndNumberedBlocks() {
		VerificationReport report = new VerificationReport("MariaDB", List.of(MISSING_KEY, NO_FIX));
		assertThat(report.isClean()).isFalse();
		assertThat(report.describe())
			.startsWith("Relata relation verifier: 2 findings on MariaDB\n\n1. MISSING_FOREIGN_KEY")
			.contains("\n\n2. MISSING_TABLE: Tag (blog.tags)\n");
	}

	@Test
	void aCleanReportSaysTheDatabaseMatches() {
		VerificationReport report = new VerificationReport("H2", List.of());
		assertThat(report.isClean()).isTrue();
		assertThat(report.describe()).isEqualTo("Relata relation verifier: the H2 database matches the schema");
	}

}
