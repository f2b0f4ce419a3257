package dev.relata.orm.benchmarks.report;

import java.util.Map;

/**
 * The parent query shape of each scenario and what AUTO decides from it, as in the table
 * of {@code orm-benchmarks/README.md}: AUTO's choice depends on the shape, so the report
 * states it.
 */
final class ParentShapes {

	private static final Map<String, String[]> SHAPES = Map.of("HAS_MANY",
			new String[] { "`users ORDER BY id LIMIT n`, then their posts", "bound n: JOIN up to 9, BATCHED above" },
			"BELONGS_TO",
			new String[] { "`posts WHERE id <= n ORDER BY id`, then their users", "no bound: BATCHED at every size" },
			"MANY_TO_MANY",
			new String[] { "`posts ORDER BY id LIMIT n`, then their tags", "bound n: JOIN up to 10, BATCHED above" },
			"NESTED",
			new String[] {
					"`users WHERE id <= n ORDER BY id`, then posts, then tags", "no bound: BATCHED at both levels" },
			"TOP3",
			new String[] { "`users WHERE id > 10000 AND id <= 10000 + n ORDER BY id`, latest 3 posts by key desc",
					"per-parent limit: BATCHED (PostgreSQL: `unnest(?) CROSS JOIN LATERAL (... LIMIT 3)`; MariaDB: each user's key bound over `JSON_TABLE(?)`; H2: one statement per user, reason `per-parent-statements`)" },
			"CHINOOK",
			new String[] { "`track ORDER BY track_id LIMIT n` (Chinook), then their playlists through `playlist_track`",
					"bound n: JOIN up to 10, BATCHED above" },
			"CHINOOK_CHAIN",
			new String[] { "`artist ORDER BY artist_id LIMIT n` (Chinook), then their albums, then the albums' tracks",
					"albums: bound n, JOIN up to 9, BATCHED above; tracks: no bound, BATCHED" });

	private ParentShapes() {
	}

	/**
	 * Returns a scenario's parent query shape.
	 * @param scenario the scenario name
	 * @return the shape in markdown, or a note that it is unknown
	 */
	static String parents(String scenario) {
		String[] shape = SHAPES.get(scenario);
		return (shape != null) ? shape[0] : "(not recorded for this scenario)";
	}

	/**
	 * Returns what AUTO decides from a scenario's parent query shape.
	 * @param scenario the scenario name
	 * @return the decision in markdown, or a note that it is unknown
	 */
	static String autoSees(String scenario) {
		String[] shape = SHAPES.get(scenario);
		return (shape != null) ? shape[1] : "(not recorded for this scenario)";
	}

}
