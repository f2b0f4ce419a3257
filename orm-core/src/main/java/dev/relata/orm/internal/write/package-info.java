/**
 * Writing: inserts (single and JDBC batch, with generated keys), updates and deletes by
 * key with optimistic locking, and set-based updates and deletes. Every write call runs
 * in one transaction (REQUIRED, through {@code internal.jdbc.JdbcTransactions}), so a
 * failure leaves nothing behind. Nested writes and pivot operations arrive here as plain
 * write plans.
 */
@NullMarked
package dev.relata.orm.internal.write;

import org.jspecify.annotations.NullMarked;
