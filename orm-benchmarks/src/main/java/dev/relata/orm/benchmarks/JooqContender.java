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
import org.jooq.Record7;
import org.jooq.Result;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * jOOQ 3.19 (pinned: 3.20+ is Java 21 bytecode) with the DSL and no code generation:
 * tables and typed fields declared with {@link DSL#table} and {@link DSL#field}, one
 * {@link DSLContext} on the shared pool. Each operation is one statement returning jOOQ
 * records:
 * <ul>
 * <li>{@code HAS_MANY}, {@code MANY_TO_MANY}, {@code NESTED}, {@code TOP3}: the parents
 * with their children as a nested {@code MULTISET} (a {@link Result} per parent; jOOQ
 * emulates it with JSON aggregation in a correlated subquery), nested twice in
 * {@code NESTED}, with {@code ORDER BY id DESC LIMIT 3} inside it in {@code TOP3},
 * through {@code playlist_track} in {@code CHINOOK} (as in {@code MANY_TO_MANY}).</li>
 * <li>{@code BELONGS_TO}: a plain join (a to-one needs no nesting), one flat record per
 * post with the author's columns.</li>
 * </ul>
 */
final class JooqContender implements Contender {

	private static final Table<?> USERS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "users")).as("u");

	private static final Field<Long> U_ID = DSL.field(DSL.name("u", "id"), SQLDataType.BIGINT);

	private static final Field<String> U_NAME = DSL.field(DSL.name("u", "name"), SQLDataType.VARCHAR);

	private static final Table<?> POSTS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "posts")).as("p");

	private static final Field<Long> P_ID = DSL.field(DSL.name("p", "id"), SQLDataType.BIGINT);

	private static final Field<Long> P_USER_ID = DSL.field(DSL.name("p", "user_id"), SQLDataType.BIGINT);

	private static final Field<String> P_TITLE = DSL.field(DSL.name("p", "title"), SQLDataType.VARCHAR);

	private static final Table<?> TAGS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "tags")).as("t");

	private static final Field<Long> T_ID = DSL.field(DSL.name("t", "id"), SQLDataType.BIGINT);

	private static final Field<String> T_NAME = DSL.field(DSL.name("t", "name"), SQLDataType.VARCHAR);

	private static final Table<?> POST_TAGS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "post_tags")).as("pt");

	private static final Field<Long> PT_POST_ID = DSL.field(DSL.name("pt", "post_id"), SQLDataType.BIGINT);

	private static final Field<Long> PT_TAG_ID = DSL.field(DSL.name("pt", "tag_id"), SQLDataType.BIGINT);

	private static final Table<?> TRACK = DSL.table(DSL.name(ChinookData.SCHEMA, "track")).as("tr");

	private static final Field<Integer> TR_TRACK_ID = DSL.field(DSL.name("tr", "track_id"), SQLDataType.INTEGER);

	private static final Field<String> TR_NAME = DSL.field(DSL.name("tr", "name"), SQLDataType.VARCHAR);

	private static final Field<Integer> TR_ALBUM_ID = DSL.field(DSL.name("tr", "album_id"), SQLDataType.INTEGER);

	private static final Field<String> TR_COMPOSER = DSL.field(DSL.name("tr", "composer"), SQLDataType.VARCHAR);

	private static final Field<Integer> TR_MILLISECONDS = DSL.field(DSL.name("tr", "milliseconds"),
			SQLDataType.INTEGER);

	private static final Field<BigDecimal> TR_UNIT_PRICE = DSL.field(DSL.name("tr", "unit_price"),
			SQLDataType.NUMERIC(10, 2));

	private static final Table<?> PLAYLIST = DSL.table(DSL.name(ChinookData.SCHEMA, "playlist")).as("pl");

	private static final Field<Integer> PL_PLAYLIST_ID = DSL.field(DSL.name("pl", "playlist_id"), SQLDataType.INTEGER);

	private static final Field<String> PL_NAME = DSL.field(DSL.name("pl", "name"), SQLDataType.VARCHAR);

	private static final Table<?> PLAYLIST_TRACK = DSL.table(DSL.name(ChinookData.SCHEMA, "playlist_track")).as("plt");

	private static final Field<Integer> PLT_PLAYLIST_ID = DSL.field(DSL.name("plt", "playlist_id"),
			SQLDataType.INTEGER);

	private static final Field<Integer> PLT_TRACK_ID = DSL.field(DSL.name("plt", "track_id"), SQLDataType.INTEGER);

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

	private final SQLDialect dialect;

	private final DSLContext dsl;

	JooqContender(BenchmarkDatabase database, DataSource dataSource) {
		System.setProperty("org.jooq.no-logo", "true");
		System.setProperty("org.jooq.no-tips", "true");
		this.dialect = (database == BenchmarkDatabase.POSTGRESQL) ? SQLDialect.POSTGRES : SQLDialect.H2;
		// Unquoted names: the schema is created unquoted (lower case on PostgreSQL, upper
		// case on H2).
		this.dsl = DSL.using(dataSource, this.dialect, new Settings().withRenderQuotedNames(RenderQuotedNames.NEVER));
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
	 * A top-3 user's latest posts, correlated on {@code u.id}. PostgreSQL:
	 * {@code LIMIT 3} inside the {@code MULTISET} (jOOQ wraps it in a derived table,
	 * which PostgreSQL correlates). H2 cannot correlate into a derived table, so there
	 * the {@code MULTISET} reads an uncorrelated {@code ROW_NUMBER()} derived table over
	 * the parents' range ({@code rn <= 3}); H2 may evaluate it per parent, so it is a
	 * correctness path, not a fast one.
	 * @param parents the parent-set size
	 * @return the multiset field
	 */
	private Field<Result<Record3<Long, Long, String>>> latestPosts(int parents) {
		if (this.dialect != SQLDialect.H2) {
			return DSL
				.multiset(DSL.select(P_ID, P_USER_ID, P_TITLE)
					.from(POSTS)
					.where(P_USER_ID.eq(U_ID))
					.orderBy(P_ID.desc())
					.limit(3))
				.as("posts");
		}
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
