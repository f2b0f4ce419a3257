package dev.relata.orm.benchmarks;

import java.math.BigDecimal;

import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The tables and typed fields {@link JooqContender} queries, declared with
 * {@link DSL#table} and {@link DSL#field} (no code generation), each table with a short
 * alias: the generated data ({@value BenchmarkData#SCHEMA}) and the Chinook tables
 * ({@value ChinookData#SCHEMA}). Names are rendered unquoted (lower case on PostgreSQL
 * and MariaDB, upper case on H2, as the tables were created).
 */
final class JooqTables {

	static final Table<?> USERS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "users")).as("u");

	static final Field<Long> U_ID = DSL.field(DSL.name("u", "id"), SQLDataType.BIGINT);

	static final Field<String> U_NAME = DSL.field(DSL.name("u", "name"), SQLDataType.VARCHAR);

	static final Table<?> POSTS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "posts")).as("p");

	static final Field<Long> P_ID = DSL.field(DSL.name("p", "id"), SQLDataType.BIGINT);

	static final Field<Long> P_USER_ID = DSL.field(DSL.name("p", "user_id"), SQLDataType.BIGINT);

	static final Field<String> P_TITLE = DSL.field(DSL.name("p", "title"), SQLDataType.VARCHAR);

	/**
	 * {@code posts} under a second alias, for a subquery over the posts of the outer
	 * query's user.
	 */
	static final Table<?> POSTS_2 = DSL.table(DSL.name(BenchmarkData.SCHEMA, "posts")).as("p2");

	static final Field<Long> P2_ID = DSL.field(DSL.name("p2", "id"), SQLDataType.BIGINT);

	static final Field<Long> P2_USER_ID = DSL.field(DSL.name("p2", "user_id"), SQLDataType.BIGINT);

	static final Table<?> TAGS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "tags")).as("t");

	static final Field<Long> T_ID = DSL.field(DSL.name("t", "id"), SQLDataType.BIGINT);

	static final Field<String> T_NAME = DSL.field(DSL.name("t", "name"), SQLDataType.VARCHAR);

	static final Table<?> POST_TAGS = DSL.table(DSL.name(BenchmarkData.SCHEMA, "post_tags")).as("pt");

	static final Field<Long> PT_POST_ID = DSL.field(DSL.name("pt", "post_id"), SQLDataType.BIGINT);

	static final Field<Long> PT_TAG_ID = DSL.field(DSL.name("pt", "tag_id"), SQLDataType.BIGINT);

	static final Table<?> TRACK = DSL.table(DSL.name(ChinookData.SCHEMA, "track")).as("tr");

	static final Field<Integer> TR_TRACK_ID = DSL.field(DSL.name("tr", "track_id"), SQLDataType.INTEGER);

	static final Field<String> TR_NAME = DSL.field(DSL.name("tr", "name"), SQLDataType.VARCHAR);

	static final Field<Integer> TR_ALBUM_ID = DSL.field(DSL.name("tr", "album_id"), SQLDataType.INTEGER);

	static final Field<String> TR_COMPOSER = DSL.field(DSL.name("tr", "composer"), SQLDataType.VARCHAR);

	static final Field<Integer> TR_MILLISECONDS = DSL.field(DSL.name("tr", "milliseconds"), SQLDataType.INTEGER);

	static final Field<BigDecimal> TR_UNIT_PRICE = DSL.field(DSL.name("tr", "unit_price"), SQLDataType.NUMERIC(10, 2));

	static final Table<?> PLAYLIST = DSL.table(DSL.name(ChinookData.SCHEMA, "playlist")).as("pl");

	static final Field<Integer> PL_PLAYLIST_ID = DSL.field(DSL.name("pl", "playlist_id"), SQLDataType.INTEGER);

	static final Field<String> PL_NAME = DSL.field(DSL.name("pl", "name"), SQLDataType.VARCHAR);

	static final Table<?> PLAYLIST_TRACK = DSL.table(DSL.name(ChinookData.SCHEMA, "playlist_track")).as("plt");

	static final Field<Integer> PLT_PLAYLIST_ID = DSL.field(DSL.name("plt", "playlist_id"), SQLDataType.INTEGER);

	static final Field<Integer> PLT_TRACK_ID = DSL.field(DSL.name("plt", "track_id"), SQLDataType.INTEGER);

	static final Table<?> ARTIST = DSL.table(DSL.name(ChinookData.SCHEMA, "artist")).as("ar");

	static final Field<Integer> AR_ARTIST_ID = DSL.field(DSL.name("ar", "artist_id"), SQLDataType.INTEGER);

	static final Field<String> AR_NAME = DSL.field(DSL.name("ar", "name"), SQLDataType.VARCHAR);

	static final Table<?> ALBUM = DSL.table(DSL.name(ChinookData.SCHEMA, "album")).as("al");

	static final Field<Integer> AL_ALBUM_ID = DSL.field(DSL.name("al", "album_id"), SQLDataType.INTEGER);

	static final Field<String> AL_TITLE = DSL.field(DSL.name("al", "title"), SQLDataType.VARCHAR);

	static final Field<Integer> AL_ARTIST_ID = DSL.field(DSL.name("al", "artist_id"), SQLDataType.INTEGER);

	private JooqTables() {
	}

}
