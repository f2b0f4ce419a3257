/**
 * A real-database test fixture: {@link dev.relata.orm.testing.DatabaseTest} runs a test
 * method once per database (PostgreSQL, MariaDB, H2) with a
 * {@link dev.relata.orm.testing.TestDatabase} isolated per test class. Plain JDBC only;
 * nothing here depends on the ORM.
 */
package dev.relata.orm.testing;
