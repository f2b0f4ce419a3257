/**
 * The one place a model plus a query, a relation load or a write becomes a SQL syntax
 * tree: {@code QueryCompiler} (selects, counts, set-based updates and deletes, relation
 * conditions and order), {@code ConditionCompiler} (where clauses, existence and count
 * filters), {@code ScopeCompiler} (soft deletes, type conditions, rows related to one
 * owner), {@code AggregateCompiler}, {@code RelationSubquery}, {@code MorphConditions},
 * and the statements of writes ({@code CrudSql}, {@code PivotSql}) and key lookups
 * ({@code KeyLookupSql}). It reads {@code internal.query}'s plain data and builds
 * {@code internal.sql} trees; it never executes and never calls back into its callers.
 */
@NullMarked
package dev.relata.orm.internal.compile;

import org.jspecify.annotations.NullMarked;
