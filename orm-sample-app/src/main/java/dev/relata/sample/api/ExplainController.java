package dev.relata.sample.api;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The plan of a user search, without running it.
 */
@RestController
public class ExplainController {

	private final UserQueries queries;

	/**
	 * Creates the controller.
	 * @param queries builds queries from request parameters
	 */
	public ExplainController(UserQueries queries) {
		this.queries = queries;
	}

	/**
	 * {@code GET /api/explain?load=posts,role&limit=5}: per relation the strategy, the
	 * reason and the SQL, as {@code GET /api/users} with the same parameters would run
	 * them. Sends no SQL.
	 * @param parameters the search, as for {@code /api/users}
	 * @return the plan
	 */
	@GetMapping("/api/explain")
	public PlanView explain(UserSearchParameters parameters) {
		return PlanView.of(this.queries.search(UserSearch.of(parameters)).explain());
	}

}
