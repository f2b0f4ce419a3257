package dev.relata.orm.internal.load;

import java.util.List;

import dev.relata.orm.internal.query.QueryModel;

/**
 * The plan of a query with relation loads: the root statement group, the planned loads as
 * a tree, and every statement group in execution order (a group always comes after the
 * group of its anchor's parent).
 *
 * @param query the query
 * @param rootGroup the statement of the root query and the relations joined into it
 * @param loads the root's planned loads
 * @param groups every statement group, root first
 */
record LoadPlan(QueryModel<?> query, JoinGroup rootGroup, List<PlannedLoad> loads, List<JoinGroup> groups) {

}
