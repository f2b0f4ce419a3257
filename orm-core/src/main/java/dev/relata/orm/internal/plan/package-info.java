/**
 * A load plan as plain data: {@code LoadPlan}, its {@code PlannedLoad}s (each relation
 * load with its strategy, reason, alias and place among its parent's slots) and the
 * {@code JoinGroup}s, one per statement. Made by {@code internal.load}'s planner, read by
 * {@code internal.compile} (the SQL of each statement) and {@code internal.load} (running
 * it); it depends on neither.
 */
@NullMarked
package dev.relata.orm.internal.plan;

import org.jspecify.annotations.NullMarked;
