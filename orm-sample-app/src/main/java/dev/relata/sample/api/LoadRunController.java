package dev.relata.sample.api;

import dev.relata.sample.statements.SentStatements;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runs a user search and reports its plan and the statements it sent: what the page's
 * load form shows.
 */
@RestController
public class LoadRunController {

	private final UserQueries queries;

	private final ObjectProvider<SentStatements> statements;

	/**
	 * Creates the controller.
	 * @param queries builds queries from request parameters
	 * @param statements the statements of the current request
	 */
	public LoadRunController(UserQueries queries, ObjectProvider<SentStatements> statements) {
		this.queries = queries;
		this.statements = statements;
	}

	/**
	 * {@code GET /api/loads?load=posts,role&strategy=batched&limit=20}.
	 * @param parameters the search, as for {@code /api/users}
	 * @return the plan, the number of users and the statements sent
	 */
	@GetMapping("/api/loads")
	public LoadRun run(UserSearchParameters parameters) {
		UserSearch search = UserSearch.of(parameters);
		PlanView plan = PlanView.of(this.queries.search(search).explain());
		int users = this.queries.search(search).many().size();
		return new LoadRun(plan, users, this.statements.getObject().list());
	}

}
