package dev.relata.orm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The hand-written forms {@link KeyListBenchmark} compares for sending a level's parent
 * keys where a database has no array parameters (MariaDB): chunked {@code IN} lists
 * against one {@code JSON_TABLE} parameter, for a plain to-many level (a user's posts)
 * and for a per-parent top-3 (a user's latest 3 of 50 posts) without {@code LATERAL}.
 */
public enum KeyListForm {

	/**
	 * Posts of the users: {@code user_id IN (?, ...)}, 1,000 keys per statement.
	 */
	POSTS_IN_LIST(false, KeyList.IN_LIST, BaselineSql.POSTS_BY_USERS),

	/**
	 * Posts of the users: {@code user_id IN (SELECT k.id FROM JSON_TABLE(?, ...) k)}.
	 */
	POSTS_JSON_TABLE(false, KeyList.JSON_TABLE, BaselineSql.POSTS_BY_USERS),

	/**
	 * Posts of the users:
	 * {@code FROM JSON_TABLE(?, ...) k JOIN posts p ON p.user_id = k.id}.
	 */
	POSTS_JSON_TABLE_JOIN(false, KeyList.JSON_TABLE,
			"SELECT p.id, p.user_id, p.title FROM " + KeyList.KEY_TABLE + " JOIN " + BenchmarkData.SCHEMA
					+ ".posts p ON p.user_id = k.id ORDER BY p.user_id, p.id"),

	/**
	 * Latest 3 posts per user: {@code ROW_NUMBER()} over an {@code IN} list.
	 */
	TOP3_ROW_NUMBER_IN_LIST(true, KeyList.IN_LIST, BaselineSql.TOP3_ROW_NUMBER),

	/**
	 * Latest 3 posts per user: {@code ROW_NUMBER()} over a {@code JSON_TABLE} predicate.
	 */
	TOP3_ROW_NUMBER_JSON_TABLE(true, KeyList.JSON_TABLE, BaselineSql.TOP3_ROW_NUMBER),

	/**
	 * Latest 3 posts per user: each user's third-latest key as a bound, over an
	 * {@code IN} list ({@link BaselineSql#TOP3_KEY_BOUND_PREDICATE}).
	 */
	TOP3_KEY_BOUND_IN_LIST(true, KeyList.IN_LIST, BaselineSql.TOP3_KEY_BOUND_PREDICATE),

	/**
	 * Latest 3 posts per user: each user's third-latest key as a bound, in a derived
	 * table over a {@code JSON_TABLE} ({@link BaselineSql#TOP3_KEY_BOUND}).
	 */
	TOP3_KEY_BOUND_JSON_TABLE(true, KeyList.JSON_TABLE, BaselineSql.TOP3_KEY_BOUND),

	/**
	 * Latest 3 posts per user: one {@code (SELECT ... WHERE user_id = ? ORDER BY id DESC
	 * LIMIT 3)} per user, {@code UNION ALL}, 1,000 users per statement.
	 */
	TOP3_UNION_ALL(true, KeyList.IN_LIST, "") {

		@Override
		String sql(int keys) {
			String branch = "(SELECT id, user_id, title FROM " + BenchmarkData.SCHEMA
					+ ".posts WHERE user_id = ? ORDER BY id DESC LIMIT 3)";
			return IntStream.range(0, keys)
				.mapToObj((i) -> branch)
				.collect(Collectors.joining(" UNION ALL ", "SELECT id, user_id, title FROM (", ") x"))
					+ " ORDER BY user_id, id DESC";
		}

	};

	private final boolean top3;

	private final KeyList keyList;

	private final String template;

	KeyListForm(boolean top3, KeyList keyList, String template) {
		this.top3 = top3;
		this.keyList = keyList;
		this.template = template;
	}

	/**
	 * Returns how this form binds and chunks its keys.
	 * @return the key list
	 */
	KeyList keyList() {
		return this.keyList;
	}

	/**
	 * Returns the SQL of one statement.
	 * @param keys the keys it binds
	 * @return the SQL
	 */
	String sql(int keys) {
		return this.keyList.sql(this.template, keys);
	}

	/**
	 * Returns the parents' keys: the first regular users, or the first top-3 users.
	 * @param count how many
	 * @return the keys, ascending
	 */
	List<Long> parents(int count) {
		long first = this.top3 ? BenchmarkData.REGULAR_USERS + 1 : 1;
		List<Long> keys = new ArrayList<>(count);
		for (long key = first; key < first + count; key++) {
			keys.add(key);
		}
		return keys;
	}

	/**
	 * Returns the form every other form of the same level must agree with.
	 * @return the reference form
	 */
	KeyListForm reference() {
		return this.top3 ? TOP3_ROW_NUMBER_IN_LIST : POSTS_IN_LIST;
	}

}
