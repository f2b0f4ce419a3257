package dev.relata.sample.api;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import dev.relata.orm.query.LoadStrategy;
import org.jspecify.annotations.Nullable;

/**
 * A checked search of users: which relations to load and how, which page, and the
 * existence filters. Relation names are checked against the schema later, by
 * {@link RelationPaths}.
 *
 * @param load the relation paths to load
 * @param strategy the strategy of every load
 * @param limit users per page
 * @param offset users to skip
 * @param has relation paths the users must have rows in
 * @param tag a tag name the users must have a post with, or {@code null}
 */
public record UserSearch(List<String> load, LoadStrategy strategy, int limit, int offset, List<String> has,
		@Nullable String tag) {

	/**
	 * The page size when none is given.
	 */
	public static final int DEFAULT_LIMIT = 20;

	/**
	 * The largest page size.
	 */
	public static final int MAX_LIMIT = 100;

	/**
	 * Creates a search, copying the lists.
	 */
	public UserSearch {
		load = List.copyOf(load);
		has = List.copyOf(has);
	}

	/**
	 * Checks the parameters of a request.
	 * @param parameters the parameters as given
	 * @return the search
	 * @throws InvalidParameterException naming the first parameter that cannot be used
	 */
	public static UserSearch of(UserSearchParameters parameters) {
		String tag = parameters.tag();
		return new UserSearch(paths("load", parameters.load()), strategy(parameters.strategy()),
				number("limit", parameters.limit(), DEFAULT_LIMIT, 1, MAX_LIMIT),
				number("offset", parameters.offset(), 0, 0, Integer.MAX_VALUE), paths("has", parameters.has()),
				(tag != null && !tag.isBlank()) ? tag.strip() : null);
	}

	/**
	 * Splits a comma-separated list of relation paths, such as {@code posts.tags,role}.
	 * @param field the parameter's name, for the error
	 * @param value the value, or {@code null}
	 * @return the paths, empty when none
	 * @throws InvalidParameterException when a path has an empty segment
	 */
	public static List<String> paths(String field, @Nullable String value) {
		if (value == null || value.isBlank()) {
			return List.of();
		}
		List<String> paths = Arrays.stream(value.split(",")).map(String::strip).filter((p) -> !p.isEmpty()).toList();
		for (String path : paths) {
			if (path.startsWith(".") || path.endsWith(".") || path.contains("..")) {
				throw InvalidParameterException.of(field,
						field + " has the relation path '" + path + "' with an empty segment; separate relations "
								+ "with commas and nested relations with dots, as in posts.tags,role");
			}
		}
		return paths;
	}

	private static LoadStrategy strategy(@Nullable String value) {
		if (value == null || value.isBlank()) {
			return LoadStrategy.AUTO;
		}
		for (LoadStrategy strategy : LoadStrategy.values()) {
			if (strategy.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
				return strategy;
			}
		}
		throw InvalidParameterException.of("strategy",
				"strategy must be one of auto, join, batched, not '" + value + "'");
	}

	private static int number(String field, @Nullable String value, int defaultValue, int min, int max) {
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		String range = (max == Integer.MAX_VALUE) ? min + " or more" : "from " + min + " to " + max;
		try {
			int number = Integer.parseInt(value.strip());
			if (number >= min && number <= max) {
				return number;
			}
		}
		catch (NumberFormatException ex) {
			// answered below, like a number out of range
		}
		throw InvalidParameterException.of(field, field + " must be a whole number " + range + ", not '" + value + "'");
	}

}
