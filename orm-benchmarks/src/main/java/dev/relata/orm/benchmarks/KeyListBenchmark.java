package dev.relata.orm.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.benchmarks.BenchmarkModels.Post;
import dev.relata.orm.benchmarks.KeyList.KeyType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Which hand-written form sends a level's keys fastest on a database without array
 * parameters: the children statement(s) of one level alone, for 100, 1,000 and 10,000
 * parents, reading the same {@link Post} records the baseline builds. Decides the MariaDB
 * form of {@link JdbcContender} (the numbers are in {@code orm-benchmarks/README.md}).
 * Run: {@code java -jar relata-benchmarks.jar KeyListBenchmark -prof gc}. The trial setup
 * checks that each form returns the same posts, in the same order, as its level's
 * reference form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = { "-Xms2g", "-Xmx2g" })
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 10, time = 1)
public class KeyListBenchmark {

	/**
	 * The form.
	 */
	@Param({ "POSTS_IN_LIST", "POSTS_JSON_TABLE", "POSTS_JSON_TABLE_JOIN", "TOP3_ROW_NUMBER_IN_LIST",
			"TOP3_ROW_NUMBER_JSON_TABLE", "TOP3_KEY_BOUND_IN_LIST", "TOP3_KEY_BOUND_JSON_TABLE", "TOP3_UNION_ALL" })
	public KeyListForm form = KeyListForm.POSTS_IN_LIST;

	/**
	 * The number of parent keys.
	 */
	@Param({ "100", "1000", "10000" })
	public int keys;

	/**
	 * The database.
	 */
	@Param({ "MARIADB" })
	public BenchmarkDatabase database = BenchmarkDatabase.MARIADB;

	private HikariDataSource dataSource;

	private List<Long> parents;

	/**
	 * Opens the pool, makes sure the data is there and checks the form against its
	 * level's reference form.
	 * @throws SQLException if a statement fails
	 */
	@Setup(Level.Trial)
	public void setUp() throws SQLException {
		this.dataSource = this.database.createDataSource();
		BenchmarkData.ensure(this.database, this.dataSource);
		this.parents = this.form.parents(this.keys);
		List<Long> expected = keys(read(this.form.reference()));
		List<Long> actual = keys(read(this.form));
		if (!expected.equals(actual)) {
			throw new IllegalStateException(this.form + " reads other posts than " + this.form.reference() + " at "
					+ this.keys + " keys: " + actual.size() + " vs " + expected.size());
		}
	}

	/**
	 * Closes the pool.
	 */
	@TearDown(Level.Trial)
	public void tearDown() {
		this.dataSource.close();
	}

	/**
	 * One level's read.
	 * @return the posts
	 * @throws SQLException if a statement fails
	 */
	@Benchmark
	public List<Post> load() throws SQLException {
		return read(this.form);
	}

	private List<Post> read(KeyListForm form) throws SQLException {
		List<Post> posts = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection()) {
			KeyedQuery.forEachRow(connection, form.keyList(), form::sql, this.parents, KeyType.BIGINT,
					(rs) -> posts.add(new Post(rs.getLong(1), rs.getLong(2), rs.getString(3), null, null)));
		}
		return posts;
	}

	private static List<Long> keys(List<Post> posts) {
		return posts.stream().map(Post::id).toList();
	}

}
