package dev.relata.orm.benchmarks;

import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.benchmarks.BenchmarkModels.Artist;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.BenchmarkModels.Track;
import dev.relata.orm.benchmarks.BenchmarkModels.User;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.Query;
import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * Relata's eager loading with one strategy: {@code query().load(path, options)} with the
 * scenario's parent query shape. The second level of {@code NESTED} has options of its
 * own (the JOIN contender batches it, as it has since the scenario was first measured, so
 * that its cells compare across runs); {@code CHINOOK_CHAIN} asks both of its levels for
 * the contender's strategy, so the JOIN contender joins the whole chain
 * ({@code load("albums", q -> q.load("tracks", JOIN), JOIN)}, one statement since issue
 * 14); a combination orm-core refuses is found by {@link #refusal}.
 */
final class RelataContender implements Contender {

	private final OrmRepository<User> users;

	private final OrmRepository<Post> posts;

	private final OrmRepository<Track> tracks;

	private final OrmRepository<Artist> artists;

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
		this.artists = orm.repository(Artist.class);
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
			case CHINOOK_CHAIN -> this.artists.query()
				.orderBy("artistId")
				.limit(parents)
				.load("albums", (q) -> q.load("tracks", this.options), this.options);
		};
	}

	/**
	 * Plans the scenario's load without running it ({@code explain()}) and returns why
	 * orm-core refuses it, if it does: an explicit strategy it cannot carry out (a JOIN
	 * under a JOINed to-many, say) is refused when the load is planned, before any SQL.
	 * @param scenario the scenario
	 * @param parents the parent-set size
	 * @return the refusal's message, empty when the load is planned
	 */
	@Override
	public Optional<String> refusal(Scenario scenario, int parents) {
		try {
			query(scenario, parents).explain();
			return Optional.empty();
		}
		catch (InvalidDataAccessApiUsageException ex) {
			return Optional.of(String.valueOf(ex.getMessage()));
		}
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
