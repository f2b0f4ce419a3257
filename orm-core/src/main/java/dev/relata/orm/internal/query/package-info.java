/**
 * The query DSL's implementation: {@link dev.relata.orm.query.Query} and its where
 * family, ordering, limits and terminals, described as plain data (clauses, orderings,
 * loads, scopes) for {@code internal.compile} to turn into SQL. Query values are
 * converted to the Java type of the property they are compared with as the query is
 * built; identifiers come only from the schema. Terminals hand the finished
 * {@link dev.relata.orm.internal.query.QueryModel} to a
 * {@link dev.relata.orm.internal.query.QueryEngine}, so this package never touches JDBC.
 */
@NullMarked
package dev.relata.orm.internal.query;

import org.jspecify.annotations.NullMarked;
