package com.example.blog;

import dev.relata.orm.boot.test.testing.OnTestDatabase;
import dev.relata.orm.boot.test.testing.TestDatabaseLauncher;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

/**
 * The {@code @OrmTest} and {@code @AutoConfigureQueryRecorder} tests of this package, run
 * by Surefire on the embedded database, run again on PostgreSQL, MariaDB and H2: each
 * {@code @DatabaseTest} below launches one of them on its database, as a subclass that
 * points the application's {@code DataSource} there.
 */
class OrmTestIntegrationTests {

	@DatabaseTest
	void eachTestsWritesAreRolledBack(TestDatabase db) {
		TestDatabaseLauncher.run(RollbackOnDatabase.class, db);
	}

	@DatabaseTest
	void aBudgetCountsTheTestsStatementsAndListsThemAllWhenAQueryRunsPerRow(TestDatabase db) {
		TestDatabaseLauncher.run(QueryBudgetOnDatabase.class, db);
	}

	@DatabaseTest
	void theQueryRecorderIsResetRightBeforeEachTest(TestDatabase db) {
		TestDatabaseLauncher.run(QueryRecorderResetOnDatabase.class, db);
	}

	@DatabaseTest
	void aSpringBootTestWithAutoConfigureQueryRecorderRecordsTheApplicationsStatements(TestDatabase db) {
		TestDatabaseLauncher.run(AutoConfigureQueryRecorderOnDatabase.class, db);
	}

	@DatabaseTest
	void theGuidesTestClassPasses(TestDatabase db) {
		TestDatabaseLauncher.run(UserQueriesOnDatabase.class, db);
	}

	@OnTestDatabase
	static class RollbackOnDatabase extends RollbackTests {

	}

	@OnTestDatabase
	static class QueryBudgetOnDatabase extends QueryBudgetTests {

	}

	@OnTestDatabase
	static class QueryRecorderResetOnDatabase extends QueryRecorderResetTests {

	}

	@OnTestDatabase
	static class AutoConfigureQueryRecorderOnDatabase extends AutoConfigureQueryRecorderTests {

	}

	@OnTestDatabase
	static class UserQueriesOnDatabase extends UserQueriesTests {

	}

}
