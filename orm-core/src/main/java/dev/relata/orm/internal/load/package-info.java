/**
 * Reading with relation loads: planning ({@code LoadPlanner} with the AUTO rules of
 * {@code AutoStrategyRules}, every decision with a reason, before any SQL runs, into an
 * {@code internal.plan.LoadPlan}), and the execution of the statements
 * {@code internal.compile} builds for it, one job per class:
 * {@link dev.relata.orm.internal.load.QueryReader} (the query terminals, streams chunked
 * with relation loads per chunk), {@code LoadExecution} (statements in plan order),
 * {@code BatchedStatements} (keys chunked below the database's limits), {@code LoadGraph}
 * (rows stitched to their parents), {@code SegmentReader} (a segment's row factory and
 * slots), {@code GraphInstances} (records built bottom-up) and
 * {@code RelationLoadObservations} (each relation load observed once).
 * {@code PlanDescriber} answers {@code explain()}.
 */
@NullMarked
package dev.relata.orm.internal.load;

import org.jspecify.annotations.NullMarked;
