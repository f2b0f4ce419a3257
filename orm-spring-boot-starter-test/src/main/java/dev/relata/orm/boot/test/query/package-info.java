/**
 * Query budgets for tests: {@link dev.relata.orm.boot.test.query.QueryRecorder} records
 * the statements Relata runs, and AssertJ's {@code assertThat(queries).hasCount(2)} fails
 * with every one of them listed.
 */
@NullMarked
package dev.relata.orm.boot.test.query;

import org.jspecify.annotations.NullMarked;
