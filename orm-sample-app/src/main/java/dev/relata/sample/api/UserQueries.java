package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.OrmRepository;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Query;
import dev.relata.sample.blog.User;

import org.springframework.stereotype.Component;

/**
 * Builds the Relata queries of the user endpoints from their parameters. A {@link Query}
 * is single-use, so each call returns a new one.
 */
@Component
public class UserQueries {

	private final OrmRepository<User> users;

	private final RelationPaths relationPaths;

	/**
	 * Creates the builder.
	 * @param users the users' repository
	 * @param relationPaths checks relation names from requests
	 */
	public UserQueries(OrmRepository<User> users, RelationPaths relationPaths) {
		this.users = users;
		this.relationPaths = relationPaths;
	}

	/**
	 * A page of users ordered by key, with the search's filters and loads.
	 * @param search the search
	 * @return the query, not yet run
	 * @throws InvalidParameterException for an unknown relation
	 */
	public Query<User> search(UserSearch search) {
		this.relationPaths.check(User.class, "load", search.load());
		this.relationPaths.check(User.class, "has", search.has());
		Query<User> query = this.users.query();
		search.has().forEach(query::has);
		String tag = search.tag();
		if (tag != null) {
			query.whereHas("posts.tags", (tags) -> tags.where("name", tag));
		}
		// the strategy applies to every segment of a path: posts and posts.tags
		LoadOptions options = LoadOptions.strategy(search.strategy());
		for (String path : search.load()) {
			for (int dot = path.indexOf('.'); dot >= 0; dot = path.indexOf('.', dot + 1)) {
				query.load(path.substring(0, dot), options);
			}
			query.load(path, options);
		}
		return query.orderBy("id").limit(search.limit()).offset(search.offset());
	}

	/**
	 * One user by key, with loads.
	 * @param id the key
	 * @param load the relation paths to load
	 * @return the query, not yet run
	 * @throws InvalidParameterException for an unknown relation
	 */
	public Query<User> byKey(long id, List<String> load) {
		this.relationPaths.check(User.class, "load", load);
		Query<User> query = this.users.query().whereKey(id);
		load.forEach(query::load);
		return query;
	}

}
