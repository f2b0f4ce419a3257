/**
 * Reading with relation loads: planning ({@code LoadPlanner} with the AUTO rules of
 * {@code AutoStrategyRules}, every decision with a reason, before any SQL runs), the
 * statements of a load ({@code LoadStatement}, {@code JoinClauses}, on
 * {@code internal.compile}), and their execution, one job per class:
 * {@link dev.relata.orm.internal.load.QueryReader} (the query terminals, streams chunked
 * with relation loads per chunk), {@code LoadExecution} (statements in plan order),
 * {@code BatchedStatements} (keys chunked below the database's limits), {@code LoadGraph}
 * (rows stitched to their parents), {@code GraphInstances} (records built bottom-up) and
 * {@code RelationLoadObservations} (each relation load observed once).
 * {@code PlanDescriber} answers {@code explain()}.
 */
@NullMarked
package dev.relata.orm.internal.load;

import org.jspecify.annotations.NullMarked;
