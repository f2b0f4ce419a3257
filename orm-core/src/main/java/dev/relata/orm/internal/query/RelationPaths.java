package dev.relata.orm.internal.query;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;

/**
 * The nesting limit of relation paths ({@code whereHas("a.b.c", ...)},
 * {@code load("a.b.c")}) and of existence filters nested by callbacks. Each nested filter
 * is a subquery inside the one before; MariaDB allows about 60 levels of them, and a
 * deeper path is almost certainly a mistake, so paths nest at most {@value #MAX_DEPTH}
 * relations. The aliases of nested filters are {@code internal.compile}'s
 * ({@code NestedAliases}).
 */
public final class RelationPaths {

	/**
	 * The most relations one path, or one chain of nested existence filters, may nest.
	 */
	public static final int MAX_DEPTH = 32;

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

}
