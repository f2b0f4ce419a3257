package dev.relata.sample.api;

import java.util.List;

import dev.relata.sample.statements.SentStatement;

/**
 * What {@code GET /api/loads} reports about a user search it ran.
 *
 * @param plan the plan, from {@code explain()}
 * @param users the number of users read
 * @param statements the statements Relata sent, in order
 */
public record LoadRun(PlanView plan, int users, List<SentStatement> statements) {

	/**
	 * Creates a report, copying the statements.
	 */
	public LoadRun {
		statements = List.copyOf(statements);
	}

}
