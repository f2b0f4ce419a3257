/**
 * The query DSL: {@link dev.relata.orm.query.Query} and
 * {@link dev.relata.orm.query.RelationQuery} with their where family, ordering, limits
 * and terminals, relation loads with {@link dev.relata.orm.query.LoadOptions} and
 * {@link dev.relata.orm.query.LoadStrategy}, and {@link dev.relata.orm.query.QueryPlan},
 * what {@code explain()} returns. Interfaces and values only: the implementations and the
 * compiler to SQL live under {@code dev.relata.orm.internal}.
 */
@NullMarked
package dev.relata.orm.query;

import org.jspecify.annotations.NullMarked;
