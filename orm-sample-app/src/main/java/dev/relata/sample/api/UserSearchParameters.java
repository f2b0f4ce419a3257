package dev.relata.sample.api;

import org.jspecify.annotations.Nullable;

/**
 * The query parameters of {@code /api/users}, {@code /api/explain} and
 * {@code /api/loads}, as given: Spring binds them by name, {@link UserSearch#of} checks
 * them.
 *
 * @param load relation paths to load, comma-separated ({@code posts.tags,role})
 * @param strategy {@code auto}, {@code join} or {@code batched}
 * @param limit users per page, 1 to 100 (default 20)
 * @param offset users to skip (default 0)
 * @param has relation paths the users must have rows in, comma-separated
 * @param tag the name of a tag the users must have a post with
 */
public record UserSearchParameters(@Nullable String load, @Nullable String strategy, @Nullable String limit,
		@Nullable String offset, @Nullable String has, @Nullable String tag) {

}
