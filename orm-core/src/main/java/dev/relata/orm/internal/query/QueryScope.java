package dev.relata.orm.internal.query;

import dev.relata.orm.internal.sql.Condition;
import org.jspecify.annotations.Nullable;

/**
 * A fixed condition a query always carries, such as "the posts of user 5" for
 * {@code related(user, "posts", Post.class).query()}. It joins the query's own conditions
 * with AND.
 */
@FunctionalInterface
public interface QueryScope {

	/**
	 * Returns the condition on the queried table.
	 * @param alias the alias of the queried table, or {@code null} where columns are
	 * unqualified (set-based updates and deletes)
	 * @return the condition
	 */
	Condition condition(@Nullable String alias);

}
