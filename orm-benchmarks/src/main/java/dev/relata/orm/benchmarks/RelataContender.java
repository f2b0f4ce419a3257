package dev.relata.orm.benchmarks;

import java.util.List;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Query;

/**
 * Relata's eager loading with one strategy: {@code query().load(path, options)} with the
 * scenario's parent query shape. The second level of the nested scenario has options of
 * its own, since one statement joins at most one to-many relation.
 */
final class RelataContender implements Contender {

	private final OrmRepository<User> users;

	private final OrmRepository<Post> posts;

	private final OrmRepository<Track> tracks;

	private final LoadOptions options;

	private final LoadOptions nestedOptions;

	RelataContender(BenchmarkDatabase database, DataSource dataSource, LoadOptions options, LoadOptions nestedOptions,
			LoadConsistency consistency) {
		Orm orm = Orm.builder(dataSource, BenchmarkModels.schema())
			.dialect(database.dialect())
			.settings((s) -> s.consistency(consistency))
			.build();
		this.users = orm.repository(User.class);
		this.posts = orm.repository(Post.class);
		this.tracks = orm.repository(Track.class);
		this.options = options;
		this.nestedOptions = nestedOptions;
	}

	/**
	 * Returns the query a scenario runs, without running it (for {@code explain()}).
	 * @param scenario the scenario
	 * @param parents the parent-set size
	 * @return the query
	 */
	Query<?> query(Scenario scenario, int parents) {
		return switch (scenario) {
			case HAS_MANY -> this.users.query().orderBy("id").limit(parents).load("posts", this.options);
			case BELONGS_TO -> this.posts.query().where("id", "<=", parents).orderBy("id").load("user", this.options);
			case MANY_TO_MANY -> this.posts.query().orderBy("id").limit(parents).load("tags", this.options);
			case NESTED -> this.users.query()
				.where("id", "<=", parents)
				.orderBy("id")
				.load("posts", (q) -> q.load("tags", this.nestedOptions), this.options);
			case TOP3 -> this.users.query()
				.where("id", ">", BenchmarkData.REGULAR_USERS)
				.where("id", "<=", BenchmarkData.REGULAR_USERS + parents)
				.orderBy("id")
				.load("posts", (q) -> q.orderBy("id", Direction.DESC).limit(3), this.options);
			case CHINOOK -> this.tracks.query().orderBy("trackId").limit(parents).load("playlists", this.options);
		};
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		return query(scenario, parents).many();
	}

	@Override
	public KeyTree keyTree(Scenario scenario, Object result) {
		return ModelKeyTrees.of(scenario, (List<?>) result);
	}

}
