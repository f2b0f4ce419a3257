package dev.relata.orm.internal.compile;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.query.RelationPaths;

/**
 * The short aliases of nested existence filters: each nested filter is a subquery inside
 * the one before, and its alias must neither repeat an outer one nor grow with the depth
 * (PostgreSQL cuts identifiers at 63 bytes, and cut aliases collide). Nesting deeper than
 * {@link RelationPaths#MAX_DEPTH} is refused.
 */
final class NestedAliases {

	private NestedAliases() {
	}

	/**
	 * Returns the alias of an existence filter nested in the rows of {@code qualifier}:
	 * {@code t0} gives {@code t0x}, then {@code t0x2}, {@code t0x3}, ... so an alias
	 * never repeats an outer one and stays short at any depth (PostgreSQL cuts
	 * identifiers at 63 bytes).
	 * @param qualifier the alias of the outer rows
	 * @return the nested alias
	 */
	static String nestedAlias(String qualifier) {
		int depth = depth(qualifier);
		if (depth >= RelationPaths.MAX_DEPTH) {
			throw new OrmUsageException("Existence filters nest at most " + RelationPaths.MAX_DEPTH
					+ " relations deep; split the query or filter on keys read first");
		}
		if (depth == 0) {
			return qualifier + "x";
		}
		return qualifier.substring(0, qualifier.lastIndexOf('x') + 1) + (depth + 1);
	}

	/**
	 * The nesting depth an alias made by {@link #nestedAlias} encodes: 0 for an outer
	 * alias, 1 for {@code t0x}, n for {@code t0xn}.
	 */
	private static int depth(String alias) {
		int x = alias.lastIndexOf('x');
		if (x <= 0) {
			return 0;
		}
		String suffix = alias.substring(x + 1);
		if (suffix.isEmpty()) {
			return 1;
		}
		for (int i = 0; i < suffix.length(); i++) {
			if (!Character.isDigit(suffix.charAt(i))) {
				return 0;
			}
		}
		return (suffix.length() < 6) ? Integer.parseInt(suffix) : 0;
	}

}
