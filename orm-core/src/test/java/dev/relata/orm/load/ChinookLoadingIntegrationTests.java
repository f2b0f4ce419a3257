package dev.relata.orm.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.query.Direction;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.LoadReason;
import dev.relata.orm.query.LoadStrategy;
import dev.relata.orm.query.QueryPlan;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.Aggregate;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Relation loading over the Chinook data set: nested, many-to-many, self-referencing,
 * per-parent limited and aggregated loads equal what hand-written SQL returns, on every
 * strategy.
 */
class ChinookLoadingIntegrationTests {

	private static final List<LoadOptions> STRATEGIES = List.of(LoadOptions.join(), LoadOptions.batched(),
			LoadOptions.defaults());

	record Artist(@Id Integer artistId, String name, @Nullable List<Album> albums) {
	}

	record Album(@Id Integer albumId, String title, Integer artistId, @Nullable Artist artist,
			@Nullable List<Track> tracks, @Nullable Long tracksCount) {
	}

	record Track(@Id Integer trackId, String name, @Nullable Integer albumId, Integer mediaTypeId,
			@Nullable Integer genreId, Integer milliseconds, @Nullable Album album, @Nullable Genre genre,
			@Nullable MediaType mediaType, @Nullable List<Playlist> playlists) {
	}

	record Genre(@Id Integer genreId, String name) {
	}

	record MediaType(@Id Integer mediaTypeId, String name) {
	}

	record Playlist(@Id Integer playlistId, String name, @Nullable List<Track> tracks) {
	}

	record PlaylistTrack(@Id Integer playlistId, @Id Integer trackId) {
	}

	record Employee(@Id Integer employeeId, String lastName, String firstName, @Nullable Integer reportsTo,
			@Nullable Employee manager, @Nullable List<Employee> reports) {
	}

	record Customer(@Id Integer customerId, String lastName, @Nullable Integer supportRepId,
			@Nullable Employee supportRep, @Nullable List<Invoice> invoices,
			@Aggregate @Nullable BigDecimal invoiceTotal) {
	}

	record Invoice(@Id Integer invoiceId, Integer customerId, BigDecimal total) {
	}

	private final StatementLog log = new StatementLog();

	private Orm orm(TestDatabase db) {
		db.loadChinook();
		OrmSchema schema = OrmSchema.builder()
			.models(Artist.class, Album.class, Track.class, Genre.class, MediaType.class, Playlist.class,
					PlaylistTrack.class, Employee.class, Customer.class, Invoice.class)
			.relations(RelationDefinitions.of(Artist.class, (r) -> r.hasMany("albums", Album.class, Album::artistId)),
					RelationDefinitions.of(Album.class,
							(r) -> r.belongsTo("artist", Artist.class, Album::artistId)
								.hasMany("tracks", Track.class, Track::albumId)),
					RelationDefinitions.of(Track.class,
							(r) -> r.belongsTo("album", Album.class, Track::albumId)
								.belongsTo("genre", Genre.class, Track::genreId)
								.belongsTo("mediaType", MediaType.class, Track::mediaTypeId)
								.manyToMany("playlists", Playlist.class,
										(m) -> m.through(PlaylistTrack.class)
											.from(PlaylistTrack::trackId)
											.to(PlaylistTrack::playlistId))),
					RelationDefinitions.of(Playlist.class,
							(r) -> r.manyToMany("tracks", Track.class,
									(m) -> m.through(PlaylistTrack.class)
										.from(PlaylistTrack::playlistId)
										.to(PlaylistTrack::trackId))),
					RelationDefinitions.of(Employee.class,
							(r) -> r.belongsTo("manager", Employee.class, Employee::reportsTo)
								.hasMany("reports", Employee.class, Employee::reportsTo)),
					RelationDefinitions.of(Customer.class,
							(r) -> r.belongsTo("supportRep", Employee.class, Customer::supportRepId)
								.hasMany("invoices", Invoice.class, Invoice::customerId)))
			.build();
		return Orm.builder(db.dataSource(), schema).statementListener(this.log).build();
	}

	@DatabaseTest
	void artistsAlbumsAndTracksGiveTheSameKeyTreeAsPlainSqlOnEveryStrategy(TestDatabase db) {
		Orm orm = orm(db);
		Map<Integer, Map<Integer, List<Integer>>> expected = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT ar.artist_id, al.album_id, t.track_id FROM artist ar "
					+ "LEFT JOIN album al ON al.artist_id = ar.artist_id LEFT JOIN track t ON t.album_id = al.album_id "
					+ "ORDER BY ar.artist_id, al.album_id, t.track_id", (rs) -> {
						Map<Integer, List<Integer>> albums = expected.computeIfAbsent(rs.getInt(1),
								(k) -> new LinkedHashMap<>());
						int album = rs.getInt(2);
						if (!rs.wasNull()) {
							List<Integer> tracks = albums.computeIfAbsent(album, (k) -> new ArrayList<>());
							int track = rs.getInt(3);
							if (!rs.wasNull()) {
								tracks.add(track);
							}
						}
					});
		assertThat(expected).hasSize(275);
		List<Map<Integer, Map<Integer, List<Integer>>>> trees = new ArrayList<>();
		List<List<LoadOptions>> levels = List.of(List.of(LoadOptions.join(), LoadOptions.join()),
				List.of(LoadOptions.join(), LoadOptions.batched()), List.of(LoadOptions.batched(), LoadOptions.join()),
				List.of(LoadOptions.batched(), LoadOptions.batched()),
				List.of(LoadOptions.defaults(), LoadOptions.defaults()));
		for (List<LoadOptions> options : levels) {
			this.log.clear();
			List<Artist> artists = orm.repository(Artist.class)
				.query()
				.orderBy("artistId")
				.load("albums", options.get(0))
				.load("albums.tracks", options.get(1))
				.many();
			Map<Integer, Map<Integer, List<Integer>>> tree = new LinkedHashMap<>();
			for (Artist artist : artists) {
				Map<Integer, List<Integer>> albums = new LinkedHashMap<>();
				artist.albums()
					.forEach((a) -> albums.put(a.albumId(), a.tracks().stream().map(Track::trackId).toList()));
				tree.put(artist.artistId(), albums);
			}
			assertThat(tree).as(options.toString()).isEqualTo(expected);
			assertThat(List.copyOf(tree.keySet())).isEqualTo(List.copyOf(expected.keySet()));
			trees.add(tree);
			int statements = 3 - (int) options.stream().filter(LoadOptions.join()::equals).count();
			assertThat(this.log.count()).as(options + " " + this.log.sql()).isEqualTo(statements);
		}
		assertThat(trees.get(0)).isEqualTo(trees.get(1))
			.isEqualTo(trees.get(2))
			.isEqualTo(trees.get(3))
			.isEqualTo(trees.get(4));
	}

	@DatabaseTest
	void aJoinedChainOfToManyRelationsIsOneStatement(TestDatabase db) {
		Orm orm = orm(db);
		QueryPlan plan = orm.repository(Artist.class)
			.query()
			.orderBy("artistId")
			.load("albums", (q) -> q.load("tracks", LoadOptions.join()), LoadOptions.join())
			.explain();
		assertThat(plan.statements()).isEqualTo(1);
		assertThat(plan.relation("albums.tracks").strategy()).isEqualTo(LoadStrategy.JOIN);
		assertThat(plan.relation("albums.tracks").chunking())
			.isEqualTo("joined into the root statement (a chain under albums: one row per albums.tracks row)");
		assertThat(plan.relation("albums").chunking()).isEqualTo("joined into the root statement");

		// the root's limit goes into a derived table, the chain's three levels into one
		// statement, down to a many-to-many at its end
		this.log.clear();
		List<Artist> artists = orm.repository(Artist.class)
			.query()
			.orderBy("artistId")
			.limit(10)
			.load("albums", (q) -> q.load("tracks", (t) -> t.load("playlists", LoadOptions.join()), LoadOptions.join()),
					LoadOptions.join())
			.many();
		assertThat(this.log.count()).as(this.log.sql().toString()).isEqualTo(1);
		this.log.clear();
		List<Artist> batched = orm.repository(Artist.class)
			.query()
			.orderBy("artistId")
			.limit(10)
			.load("albums",
					(q) -> q.load("tracks", (t) -> t.load("playlists", LoadOptions.batched()), LoadOptions.batched()),
					LoadOptions.batched())
			.many();
		assertThat(this.log.count()).isEqualTo(4);
		assertThat(playlistTree(artists)).isEqualTo(playlistTree(batched)).hasSize(10);
		assertThat(playlistTree(artists).values()
			.stream()
			.flatMap((albums) -> albums.values().stream())
			.flatMap((tracks) -> tracks.values().stream())
			.mapToInt(List::size)
			.sum()).isGreaterThan(100);

		// a per-parent limit at the chain's end: each album's three longest tracks
		this.log.clear();
		List<Artist> longest = orm.repository(Artist.class)
			.query()
			.orderBy("artistId")
			.load("albums",
					(q) -> q.load("tracks", (t) -> t.orderBy("milliseconds", Direction.DESC).limit(3),
							LoadOptions.join()),
					LoadOptions.join())
			.many();
		assertThat(this.log.count()).isEqualTo(1);
		Map<Integer, List<Integer>> expected = grouped(db,
				"SELECT al.album_id, r.track_id FROM album al LEFT JOIN (SELECT track_id, album_id, ROW_NUMBER() OVER "
						+ "(PARTITION BY album_id ORDER BY milliseconds DESC, track_id) AS rn FROM track) r "
						+ "ON r.album_id = al.album_id AND r.rn <= 3 ORDER BY al.album_id, r.rn");
		Map<Integer, List<Integer>> actual = new java.util.TreeMap<>();
		longest.forEach((artist) -> artist.albums()
			.forEach((a) -> actual.put(a.albumId(), a.tracks().stream().map(Track::trackId).toList())));
		assertThat(actual).isEqualTo(expected);
	}

	@DatabaseTest
	void siblingToManyRelationsAreNotJoinedIntoOneStatement(TestDatabase db) {
		Orm orm = orm(db);
		// reports and manager.reports are side by side under the employee: joined
		// together
		// they would repeat each report once per report of the manager
		assertThatExceptionOfType(OrmUsageException.class)
			.isThrownBy(() -> orm.repository(Employee.class)
				.query()
				.whereKey(2)
				.load("reports", LoadOptions.join())
				.load("manager.reports", LoadOptions.join())
				.many())
			.withMessageContaining("its statement already joins reports")
			.withMessageContaining("LoadOptions.batched()");
		QueryPlan plan = orm.repository(Employee.class)
			.query()
			.whereKey(2)
			.load("reports", LoadOptions.join())
			.load("manager.reports")
			.explain();
		assertThat(plan.relation("manager").strategy()).isEqualTo(LoadStrategy.JOIN);
		assertThat(plan.relation("manager.reports").strategy()).isEqualTo(LoadStrategy.BATCHED);
		assertThat(plan.relation("manager.reports").reason()).isEqualTo(LoadReason.CARTESIAN_GUARD);
		this.log.clear();
		Employee employee = orm.repository(Employee.class)
			.query()
			.whereKey(2)
			.load("reports", LoadOptions.join())
			.load("manager.reports")
			.single();
		assertThat(this.log.count()).isEqualTo(2);
		assertThat(employee.reports()).extracting(Employee::employeeId).isEqualTo(reportIds(db, 2));
		assertThat(employee.manager().reports()).extracting(Employee::employeeId).isEqualTo(reportIds(db, 1));
	}

	private static Map<Integer, Map<Integer, Map<Integer, List<Integer>>>> playlistTree(List<Artist> artists) {
		Map<Integer, Map<Integer, Map<Integer, List<Integer>>>> tree = new LinkedHashMap<>();
		for (Artist artist : artists) {
			Map<Integer, Map<Integer, List<Integer>>> albums = new LinkedHashMap<>();
			for (Album album : artist.albums()) {
				Map<Integer, List<Integer>> tracks = new LinkedHashMap<>();
				album.tracks()
					.forEach((t) -> tracks.put(t.trackId(), t.playlists().stream().map(Playlist::playlistId).toList()));
				albums.put(album.albumId(), tracks);
			}
			tree.put(artist.artistId(), albums);
		}
		return tree;
	}

	@DatabaseTest
	void playlistsAndTracksLoadThroughTheCompositeKeyJoinTable(TestDatabase db) {
		Orm orm = orm(db);
		Map<Integer, List<Integer>> tracksByPlaylist = grouped(db, "SELECT p.playlist_id, pt.track_id FROM playlist p "
				+ "LEFT JOIN playlist_track pt ON pt.playlist_id = p.playlist_id ORDER BY p.playlist_id, pt.track_id");
		Map<Integer, List<Integer>> playlistsByTrack = grouped(db,
				"SELECT t.track_id, pt.playlist_id FROM track t LEFT JOIN playlist_track pt ON pt.track_id = t.track_id "
						+ "WHERE t.album_id <= 20 ORDER BY t.track_id, pt.playlist_id");
		for (LoadOptions options : STRATEGIES) {
			List<Playlist> playlists = orm.repository(Playlist.class)
				.query()
				.orderBy("playlistId")
				.load("tracks", options)
				.many();
			Map<Integer, List<Integer>> actual = new LinkedHashMap<>();
			playlists.forEach((p) -> actual.put(p.playlistId(), p.tracks().stream().map(Track::trackId).toList()));
			assertThat(actual).as(options.toString()).isEqualTo(tracksByPlaylist);
			List<Track> tracks = orm.repository(Track.class)
				.query()
				.where("albumId", "<=", 20)
				.orderBy("trackId")
				.load("playlists", options)
				.many();
			Map<Integer, List<Integer>> inverse = new LinkedHashMap<>();
			tracks.forEach((t) -> inverse.put(t.trackId(), t.playlists().stream().map(Playlist::playlistId).toList()));
			assertThat(inverse).as(options.toString()).isEqualTo(playlistsByTrack);
		}
	}

	@DatabaseTest
	void employeesLoadTheirManagersAndReportsThreeLevelsDeep(TestDatabase db) {
		Orm orm = orm(db);
		List<String> expectedChains = db.jdbc()
			.query("SELECT e.employee_id, m1.employee_id, m2.employee_id, m3.employee_id FROM employee e "
					+ "LEFT JOIN employee m1 ON m1.employee_id = e.reports_to "
					+ "LEFT JOIN employee m2 ON m2.employee_id = m1.reports_to "
					+ "LEFT JOIN employee m3 ON m3.employee_id = m2.reports_to ORDER BY e.employee_id",
					(rs, i) -> rs.getInt(1) + ">" + orDash(rs.getObject(2)) + ">" + orDash(rs.getObject(3)) + ">"
							+ orDash(rs.getObject(4)));
		assertThat(expectedChains).contains("3>2>1>-");
		for (LoadOptions options : STRATEGIES) {
			List<Employee> employees = orm.repository(Employee.class)
				.query()
				.orderBy("employeeId")
				.load("manager.manager.manager", options)
				.many();
			assertThat(employees)
				.extracting(
						(e) -> e.employeeId() + ">" + id(e.manager()) + ">"
								+ ((e.manager() != null) ? id(e.manager().manager()) : "-") + ">"
								+ ((e.manager() != null && e.manager().manager() != null)
										? id(e.manager().manager().manager()) : "-"))
				.as(options.toString())
				.isEqualTo(expectedChains);

			Employee top = orm.repository(Employee.class)
				.query()
				.whereNull("reportsTo")
				.load("reports.reports.reports", options)
				.single();
			assertThat(top.reports()).extracting(Employee::employeeId).isEqualTo(reportIds(db, top.employeeId()));
			for (Employee report : top.reports()) {
				assertThat(report.reports()).extracting(Employee::employeeId)
					.isEqualTo(reportIds(db, report.employeeId()))
					.isNotEmpty();
				for (Employee second : report.reports()) {
					assertThat(second.reports()).extracting(Employee::employeeId)
						.isEqualTo(reportIds(db, second.employeeId()));
				}
			}
		}
	}

	@DatabaseTest
	void customersLoadTheirSupportRepresentative(TestDatabase db) {
		Orm orm = orm(db);
		List<String> expected = db.jdbc()
			.queryForList("SELECT e.last_name FROM customer c JOIN employee e ON e.employee_id = c.support_rep_id "
					+ "ORDER BY c.customer_id", String.class);
		for (LoadOptions options : STRATEGIES) {
			List<Customer> customers = orm.repository(Customer.class)
				.query()
				.orderBy("customerId")
				.load("supportRep", options)
				.many();
			assertThat(customers).extracting((c) -> c.supportRep().lastName())
				.as(options.toString())
				.isEqualTo(expected);
			Map<Integer, Employee> byId = new LinkedHashMap<>();
			for (Customer customer : customers) {
				Employee first = byId.computeIfAbsent(customer.supportRepId(), (k) -> customer.supportRep());
				assertThat(customer.supportRep()).isSameAs(first);
			}
		}
	}

	@DatabaseTest
	void eachAlbumsThreeLongestTracksEqualAWindowQuery(TestDatabase db) {
		Orm orm = orm(db);
		Map<Integer, List<Integer>> expected = grouped(db,
				"SELECT al.album_id, r.track_id FROM album al LEFT JOIN (SELECT track_id, album_id, ROW_NUMBER() OVER "
						+ "(PARTITION BY album_id ORDER BY milliseconds DESC, track_id) AS rn FROM track) r "
						+ "ON r.album_id = al.album_id AND r.rn <= 3 ORDER BY al.album_id, r.rn");
		for (LoadOptions options : List.of(LoadOptions.join(), LoadOptions.batched())) {
			this.log.clear();
			List<Album> albums = orm.repository(Album.class)
				.query()
				.orderBy("albumId")
				.load("tracks", (q) -> q.orderBy("milliseconds", Direction.DESC).limit(3), options)
				.many();
			// 347 albums: one statement each on H2
			assertThat(this.log.count()).isEqualTo(options.equals(LoadOptions.join()) ? 1
					: 1 + StrategyMatrixIntegrationTests.pagedStatements(db, 347));
			Map<Integer, List<Integer>> actual = new LinkedHashMap<>();
			albums.forEach((a) -> actual.put(a.albumId(), a.tracks().stream().map(Track::trackId).toList()));
			assertThat(actual).as(options.toString()).isEqualTo(expected);
		}
	}

	@DatabaseTest
	void aggregatesEqualGroupByQueries(TestDatabase db) {
		Orm orm = orm(db);
		Map<Integer, Long> trackCounts = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT al.album_id, COUNT(t.track_id) FROM album al LEFT JOIN track t ON t.album_id = al.album_id "
					+ "GROUP BY al.album_id ORDER BY al.album_id", (rs) -> {
						trackCounts.put(rs.getInt(1), rs.getLong(2));
					});
		List<Album> albums = orm.repository(Album.class).query().orderBy("albumId").withCount("tracks").many();
		Map<Integer, Long> actualCounts = new LinkedHashMap<>();
		albums.forEach((a) -> actualCounts.put(a.albumId(), a.tracksCount()));
		assertThat(actualCounts).isEqualTo(trackCounts);

		Map<Integer, BigDecimal> totals = new LinkedHashMap<>();
		db.jdbc()
			.query("SELECT c.customer_id, SUM(i.total) FROM customer c LEFT JOIN invoice i ON i.customer_id = c.customer_id "
					+ "GROUP BY c.customer_id ORDER BY c.customer_id", (rs) -> {
						totals.put(rs.getInt(1), rs.getBigDecimal(2));
					});
		List<Customer> customers = orm.repository(Customer.class)
			.query()
			.orderBy("customerId")
			.withSum("invoices", "total", "invoiceTotal")
			.many();
		assertThat(customers).hasSize(totals.size());
		for (Customer customer : customers) {
			assertThat(customer.invoiceTotal()).as("customer " + customer.customerId())
				.isEqualByComparingTo(totals.get(customer.customerId()));
		}
	}

	private static List<Integer> reportIds(TestDatabase db, int managerId) {
		return db.jdbc()
			.queryForList("SELECT employee_id FROM employee WHERE reports_to = ? ORDER BY employee_id", Integer.class,
					managerId);
	}

	private static String orDash(@Nullable Object id) {
		return (id != null) ? String.valueOf(id) : "-";
	}

	private static String id(@Nullable Employee employee) {
		return (employee != null) ? String.valueOf(employee.employeeId()) : "-";
	}

	private static Map<Integer, List<Integer>> grouped(TestDatabase db, String sql) {
		Map<Integer, List<Integer>> grouped = new LinkedHashMap<>();
		db.jdbc().query(sql, (rs) -> {
			List<Integer> values = grouped.computeIfAbsent(rs.getInt(1), (k) -> new ArrayList<>());
			int value = rs.getInt(2);
			if (!rs.wasNull()) {
				values.add(value);
			}
		});
		return grouped;
	}

}
