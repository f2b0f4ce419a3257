package dev.relata.orm.query;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UserInput;

/**
 * The nesting limit of relation paths ({@code whereHas("a.b.c", ...)},
 * {@code load("a.b.c")}) and of existence filters nested by callbacks, and the short
 * aliases of nested existence filters. Each nested filter is a subquery inside the one
 * before; MariaDB allows about 60 levels of them, and a deeper path is almost certainly a
 * mistake, so paths nest at most {@value #MAX_DEPTH} relations.
 */
final class RelationPaths {

	/**
	 * The most relations one path, or one chain of nested existence filters, may nest.
	 */
	static final int MAX_DEPTH = 32;

	private RelationPaths() {
	}

	/**
	 * Refuses a dotted path of more than {@link #MAX_DEPTH} segments.
	 * @param operation the method, for the message ({@code whereHas}, {@code load})
	 * @param path the path
	 */
	static void requireDepth(String operation, String path) {
		int segments = 1;
		for (int i = 0; i < path.length() && segments <= MAX_DEPTH; i++) {
			if (path.charAt(i) == '.') {
				segments++;
			}
		}
		if (segments > MAX_DEPTH) {
			throw new OrmUsageException(operation + "(" + UserInput.quote(path) + "): a relation path nests at most "
					+ MAX_DEPTH + " relations; split the query or filter on keys read first");
		}
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
		if (depth >= MAX_DEPTH) {
			throw new OrmUsageException("Existence filters nest at most " + MAX_DEPTH
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
