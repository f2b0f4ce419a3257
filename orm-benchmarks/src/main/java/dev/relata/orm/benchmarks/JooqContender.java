package dev.relata.orm.benchmarks;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.Record4;
import org.jooq.Record6;
import org.jooq.Record7;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

import static dev.relata.orm.benchmarks.JooqTables.ALBUM;
import static dev.relata.orm.benchmarks.JooqTables.AL_ALBUM_ID;
import static dev.relata.orm.benchmarks.JooqTables.AL_ARTIST_ID;
import static dev.relata.orm.benchmarks.JooqTables.AL_TITLE;
import static dev.relata.orm.benchmarks.JooqTables.ARTIST;
import static dev.relata.orm.benchmarks.JooqTables.AR_ARTIST_ID;
import static dev.relata.orm.benchmarks.JooqTables.AR_NAME;
import static dev.relata.orm.benchmarks.JooqTables.PLAYLIST;
import static dev.relata.orm.benchmarks.JooqTables.PLAYLIST_TRACK;
import static dev.relata.orm.benchmarks.JooqTables.PLT_PLAYLIST_ID;
import static dev.relata.orm.benchmarks.JooqTables.PLT_TRACK_ID;
import static dev.relata.orm.benchmarks.JooqTables.PL_NAME;
import static dev.relata.orm.benchmarks.JooqTables.PL_PLAYLIST_ID;
import static dev.relata.orm.benchmarks.JooqTables.POSTS;
import static dev.relata.orm.benchmarks.JooqTables.POSTS_2;
import static dev.relata.orm.benchmarks.JooqTables.POST_TAGS;
import static dev.relata.orm.benchmarks.JooqTables.P2_ID;
import static dev.relata.orm.benchmarks.JooqTables.P2_USER_ID;
import static dev.relata.orm.benchmarks.JooqTables.PT_POST_ID;
import static dev.relata.orm.benchmarks.JooqTables.PT_TAG_ID;
import static dev.relata.orm.benchmarks.JooqTables.P_ID;
import static dev.relata.orm.benchmarks.JooqTables.P_TITLE;
import static dev.relata.orm.benchmarks.JooqTables.P_USER_ID;
import static dev.relata.orm.benchmarks.JooqTables.TAGS;
import static dev.relata.orm.benchmarks.JooqTables.TRACK;
import static dev.relata.orm.benchmarks.JooqTables.TR_ALBUM_ID;
import static dev.relata.orm.benchmarks.JooqTables.TR_COMPOSER;
import static dev.relata.orm.benchmarks.JooqTables.TR_MILLISECONDS;
import static dev.relata.orm.benchmarks.JooqTables.TR_NAME;
import static dev.relata.orm.benchmarks.JooqTables.TR_TRACK_ID;
import static dev.relata.orm.benchmarks.JooqTables.TR_UNIT_PRICE;
import static dev.relata.orm.benchmarks.JooqTables.T_ID;
import static dev.relata.orm.benchmarks.JooqTables.T_NAME;
import static dev.relata.orm.benchmarks.JooqTables.USERS;
import static dev.relata.orm.benchmarks.JooqTables.U_ID;
import static dev.relata.orm.benchmarks.JooqTables.U_NAME;

/**
 * jOOQ 3.19 (pinned: 3.20+ is Java 21 bytecode) with the DSL and no code generation:
 * tables and typed fields declared with {@link DSL#table} and {@link DSL#field}, one
 * {@link DSLContext} on the shared pool. Each operation is one statement returning jOOQ
 * records:
 * <ul>
 * <li>{@code HAS_MANY}, {@code MANY_TO_MANY}, {@code NESTED}, {@code TOP3}: the parents
 * with their children as a nested {@code MULTISET} (a {@link Result} per parent; jOOQ
 * emulates it with JSON aggregation in a correlated subquery), nested twice in
 * {@code NESTED} and {@code CHINOOK_CHAIN}, with {@code ORDER BY id DESC LIMIT 3} inside
 * it in {@code TOP3} (on MariaDB and H2, which cannot correlate into the derived table
 * that renders, see {@link #latestPosts}), through {@code playlist_track} in
 * {@code CHINOOK} (as in {@code MANY_TO_MANY}). On MariaDB jOOQ emulates {@code MULTISET}
 * with {@code GROUP_CONCAT} of {@code JSON_ARRAY}s.</li>
 * <li>{@code BELONGS_TO}: a plain join (a to-one needs no nesting), one flat record per
 * post with the author's columns.</li>
 * </ul>
 */
final class JooqContender implements Contender {

	/**
	 * A track's playlists, correlated on {@code tr.track_id}.
	 */
	private static final Field<Result<Record2<Integer, String>>> PLAYLISTS_OF_TRACK = DSL
		.multiset(DSL.select(PL_PLAYLIST_ID, PL_NAME)
			.from(PLAYLIST_TRACK)
			.join(PLAYLIST)
			.on(PL_PLAYLIST_ID.eq(PLT_PLAYLIST_ID))
			.where(PLT_TRACK_ID.eq(TR_TRACK_ID))
			.orderBy(PL_PLAYLIST_ID))
		.as("playlists");

	/**
	 * A post's tags, correlated on {@code p.id}.
	 */
	private static final Field<Result<Record2<Long, String>>> TAGS_OF_POST = DSL
		.multiset(DSL.select(T_ID, T_NAME)
			.from(POST_TAGS)
			.join(TAGS)
			.on(T_ID.eq(PT_TAG_ID))
			.where(PT_POST_ID.eq(P_ID))
			.orderBy(T_ID))
		.as("tags");

	/**
	 * A user's posts, correlated on {@code u.id}.
	 */
	private static final Field<Result<Record3<Long, Long, String>>> POSTS_OF_USER = DSL
		.multiset(DSL.select(P_ID, P_USER_ID, P_TITLE).from(POSTS).where(P_USER_ID.eq(U_ID)).orderBy(P_ID))
		.as("posts");

	/**
	 * A user's posts with their tags, correlated on {@code u.id}.
	 */
	private static final Field<Result<Record4<Long, Long, String, Result<Record2<Long, String>>>>> POSTS_WITH_TAGS_OF_USER = DSL
		.multiset(
				DSL.select(P_ID, P_USER_ID, P_TITLE, TAGS_OF_POST).from(POSTS).where(P_USER_ID.eq(U_ID)).orderBy(P_ID))
		.as("posts");

	/**
	 * An album's tracks, correlated on {@code al.album_id}.
	 */
	private static final Field<Result<Record6<Integer, String, Integer, String, Integer, BigDecimal>>> TRACKS_OF_ALBUM = DSL
		.multiset(DSL.select(TR_TRACK_ID, TR_NAME, TR_ALBUM_ID, TR_COMPOSER, TR_MILLISECONDS, TR_UNIT_PRICE)
			.from(TRACK)
			.where(TR_ALBUM_ID.eq(AL_ALBUM_ID))
			.orderBy(TR_TRACK_ID))
		.as("tracks");

	/**
	 * An artist's albums with their tracks, correlated on {@code ar.artist_id}.
	 */
	private static final Field<Result<Record4<Integer, String, Integer, Result<Record6<Integer, String, Integer, String, Integer, BigDecimal>>>>> ALBUMS_WITH_TRACKS_OF_ARTIST = DSL
		.multiset(DSL.select(AL_ALBUM_ID, AL_TITLE, AL_ARTIST_ID, TRACKS_OF_ALBUM)
			.from(ALBUM)
			.where(AL_ARTIST_ID.eq(AR_ARTIST_ID))
			.orderBy(AL_ALBUM_ID))
		.as("albums");

	private final SQLDialect dialect;

	private final DSLContext dsl;

	JooqContender(BenchmarkDatabase database, DataSource dataSource) {
		System.setProperty("org.jooq.no-logo", "true");
		System.setProperty("org.jooq.no-tips", "true");
		this.dialect = switch (database) {
			case POSTGRESQL -> SQLDialect.POSTGRES;
			case MARIADB -> SQLDialect.MARIADB;
			case H2 -> SQLDialect.H2;
		};
		// Unquoted names: the schema is created unquoted (lower case on PostgreSQL and
		// MariaDB, upper case on H2).
		// MariaDB: jOOQ's MULTISET emulation aggregates with GROUP_CONCAT and by default
		// wraps each query in SET statements raising group_concat_max_len, which the
		// driver refuses without allowMultiQueries; the server's default (1 MiB) holds
		// every parent's children here, and a truncated aggregate would fail the smoke.
		this.dsl = DSL.using(dataSource, this.dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER)
			.withRenderGroupConcatMaxLenSessionVariable(false));
	}

	@Override
	public Object load(Scenario scenario, int parents) {
		return switch (scenario) {
			case HAS_MANY ->
				this.dsl.select(U_ID, U_NAME, POSTS_OF_USER).from(USERS).orderBy(U_ID).limit(parents).fetch();
			case BELONGS_TO -> this.dsl.select(P_ID, P_USER_ID, P_TITLE, U_ID, U_NAME)
				.from(POSTS)
				.join(USERS)
				.on(U_ID.eq(P_USER_ID))
				.where(P_ID.le((long) parents))
				.orderBy(P_ID)
				.fetch();
			case MANY_TO_MANY -> this.dsl.select(P_ID, P_USER_ID, P_TITLE, TAGS_OF_POST)
				.from(POSTS)
				.orderBy(P_ID)
				.limit(parents)
				.fetch();
			case NESTED -> this.dsl.select(U_ID, U_NAME, POSTS_WITH_TAGS_OF_USER)
				.from(USERS)
				.where(U_ID.le((long) parents))
				.orderBy(U_ID)
				.fetch();
			case TOP3 -> this.dsl.select(U_ID, U_NAME, latestPosts(parents))
				.from(USERS)
				.where(U_ID.gt((long) BenchmarkData.REGULAR_USERS))
				.and(U_ID.le((long) BenchmarkData.REGULAR_USERS + parents))
				.orderBy(U_ID)
				.fetch();
			case CHINOOK -> tracksWithPlaylists(parents);
			case CHINOOK_CHAIN -> this.dsl.select(AR_ARTIST_ID, AR_NAME, ALBUMS_WITH_TRACKS_OF_ARTIST)
				.from(ARTIST)
				.orderBy(AR_ARTIST_ID)
				.limit(parents)
				.fetch();
		};
	}

	private Result<Record7<Integer, String, Integer, String, Integer, BigDecimal, Result<Record2<Integer, String>>>> tracksWithPlaylists(
			int parents) {
		return this.dsl
			.select(TR_TRACK_ID, TR_NAME, TR_ALBUM_ID, TR_COMPOSER, TR_MILLISECONDS, TR_UNIT_PRICE, PLAYLISTS_OF_TRACK)
			.from(TRACK)
			.orderBy(TR_TRACK_ID)
			.limit(parents)
			.fetch();
	}

	/**
	 * A top-3 user's latest posts, correlated on {@code u.id}: the best form jOOQ renders
	 * on each database.
	 * @param parents the parent-set size
	 * @return the multiset field
	 */
	private Field<Result<Record3<Long, Long, String>>> latestPosts(int parents) {
		return switch (this.dialect) {
			case MARIADB -> latestPostsFromThirdLatest();
			case H2 -> latestPostsRanked(parents);
			default -> DSL.multiset(DSL.select(P_ID, P_USER_ID, P_TITLE)
				.from(POSTS)
				.where(P_USER_ID.eq(U_ID))
				.orderBy(P_ID.desc())
				.limit(3)).as("posts");
		};
	}

	/**
	 * MariaDB cannot correlate into the derived table jOOQ renders for a {@code LIMIT}
	 * inside a {@code MULTISET}; there the {@code MULTISET} reads the user's posts from
	 * the third-latest one on, found by a correlated scalar subquery
	 * ({@code ORDER BY id DESC LIMIT 1 OFFSET 2}; 0 when the user has fewer than 3).
	 */
	private static Field<Result<Record3<Long, Long, String>>> latestPostsFromThirdLatest() {
		Field<Long> thirdLatest = DSL
			.field(DSL.select(P2_ID).from(POSTS_2).where(P2_USER_ID.eq(U_ID)).orderBy(P2_ID.desc()).limit(1).offset(2));
		return DSL
			.multiset(DSL.select(P_ID, P_USER_ID, P_TITLE)
				.from(POSTS)
				.where(P_USER_ID.eq(U_ID))
				.and(P_ID.ge(DSL.coalesce(thirdLatest, 0L)))
				.orderBy(P_ID.desc()))
			.as("posts");
	}

	/**
	 * H2 cannot correlate into a derived table either; there the {@code MULTISET} reads
	 * an uncorrelated {@code ROW_NUMBER()} derived table over the parents' range
	 * ({@code rn <= 3}). H2 may evaluate it per parent, so it is a correctness path, not
	 * a fast one.
	 */
	private static Field<Result<Record3<Long, Long, String>>> latestPostsRanked(int parents) {
		Table<?> ranked = DSL
			.select(P_ID.as("id"), P_USER_ID.as("user_id"), P_TITLE.as("title"),
					DSL.rowNumber().over(DSL.partitionBy(P_USER_ID).orderBy(P_ID.desc())).as("rn"))
			.from(POSTS)
			.where(P_USER_ID.gt((long) BenchmarkData.REGULAR_USERS))
			.and(P_USER_ID.le((long) BenchmarkData.REGULAR_USERS + parents))
			.asTable("x");
		Field<Long> id = DSL.field(DSL.name("x", "id"), SQLDataType.BIGINT);
		Field<Long> userId = DSL.field(DSL.name("x", "user_id"), SQLDataType.BIGINT);
		Field<String> title = DSL.field(DSL.name("x", "title"), SQLDataType.VARCHAR);
		Field<Integer> rn = DSL.field(DSL.name("x", "rn"), SQLDataType.INTEGER);
		return DSL
			.multiset(DSL.select(id.as("id"), userId.as("user_id"), title.as("title"))
				.from(ranked)
				.where(userId.eq(U_ID))
				.and(rn.le(3))
				.orderBy(id.desc()))
			.as("posts");
	}

	@Override
	public KeyTree keyTree(Scenario scenario, Object result) {
		List<KeyTree.Node> roots = new ArrayList<>();
		for (Record record : (Result<?>) result) {
			roots.add(switch (scenario) {
				case HAS_MANY, TOP3 -> node(record.get(U_ID), leaves((Result<?>) record.get("posts"), "id"));
				case BELONGS_TO -> new KeyTree.Node(record.get(P_ID), List.of(KeyTree.Node.leaf(record.get(U_ID))));
				case MANY_TO_MANY -> node(record.get(P_ID), leaves(record.get(TAGS_OF_POST), "id"));
				case NESTED -> {
					List<KeyTree.Node> posts = new ArrayList<>();
					for (Record4<Long, Long, String, Result<Record2<Long, String>>> post : record
						.get(POSTS_WITH_TAGS_OF_USER)) {
						posts.add(node(post.get(P_ID), leaves(post.get(TAGS_OF_POST), "id")));
					}
					yield node(record.get(U_ID), posts);
				}
				case CHINOOK ->
					node(record.get(TR_TRACK_ID).longValue(), leaves(record.get(PLAYLISTS_OF_TRACK), "playlist_id"));
				case CHINOOK_CHAIN -> {
					List<KeyTree.Node> albums = new ArrayList<>();
					for (Record album : record.get(ALBUMS_WITH_TRACKS_OF_ARTIST)) {
						albums.add(node(album.get(AL_ALBUM_ID).longValue(),
								leaves(album.get(TRACKS_OF_ALBUM), "track_id")));
					}
					yield node(record.get(AR_ARTIST_ID).longValue(), albums);
				}
			});
		}
		return new KeyTree(roots);
	}

	private static KeyTree.Node node(Long key, List<KeyTree.Node> children) {
		return new KeyTree.Node(key, children);
	}

	private static List<KeyTree.Node> leaves(Result<?> records, String key) {
		List<KeyTree.Node> leaves = new ArrayList<>(records.size());
		for (Record record : records) {
			leaves.add(KeyTree.Node.leaf(record.get(key, Long.class)));
		}
		return leaves;
	}

}
