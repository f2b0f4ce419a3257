package dev.relata.orm.query;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.Id;
import dev.relata.orm.schema.Key;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read models of the Chinook data set: counts, key lookups and filtered, ordered and
 * paged queries equal what hand-written SQL returns on every database.
 */
class ChinookReadIntegrationTests {

	record Artist(@Id Integer artistId, String name) {
	}

	record Album(@Id Integer albumId, String title, Integer artistId) {
	}

	record Genre(@Id Integer genreId, String name) {
	}

	record MediaType(@Id Integer mediaTypeId, String name) {
	}

	record Track(@Id Integer trackId, String name, Integer albumId, Integer mediaTypeId, Integer genreId,
			String composer, Integer milliseconds, Integer bytes, BigDecimal unitPrice) {
	}

	record Playlist(@Id Integer playlistId, String name) {
	}

	record PlaylistTrack(@Id Integer playlistId, @Id Integer trackId) {
	}

	record Employee(@Id Integer employeeId, String lastName, String firstName, String title, Integer reportsTo,
			LocalDateTime birthDate, LocalDateTime hireDate, String city, String country, String email) {
	}

	record Customer(@Id Integer customerId, String firstName, String lastName, String company, String city,
			String country, String email, Integer supportRepId) {
	}

	record Invoice(@Id Integer invoiceId, Integer customerId, LocalDateTime invoiceDate, String billingCity,
			String billingCountry, BigDecimal total) {
	}

	record InvoiceLine(@Id Integer invoiceLineId, Integer invoiceId, Integer trackId, BigDecimal unitPrice,
			Integer quantity) {
	}

	private final RecordingStatementListener listener = new RecordingStatementListener();

	private Orm orm(TestDatabase db) {
		db.loadChinook();
		OrmSchema schema = OrmSchema.builder()
			.models(Artist.class, Album.class, Genre.class, MediaType.class, Track.class, Playlist.class,
					PlaylistTrack.class, Employee.class, Customer.class, Invoice.class, InvoiceLine.class)
			.build();
		return Orm.builder(db.dataSource(), schema).statementListener(this.listener).build();
	}

	@DatabaseTest
	void countsEqualTheKnownRowCounts(TestDatabase db) {
		Orm orm = orm(db);
		Map<Class<?>, Long> expected = Map.ofEntries(Map.entry(Artist.class, 275L), Map.entry(Album.class, 347L),
				Map.entry(Track.class, 3503L), Map.entry(Playlist.class, 18L), Map.entry(PlaylistTrack.class, 8715L),
				Map.entry(Employee.class, 8L), Map.entry(Customer.class, 59L), Map.entry(Invoice.class, 412L),
				Map.entry(InvoiceLine.class, 2240L), Map.entry(Genre.class, 25L), Map.entry(MediaType.class, 5L));
		expected.forEach((model, count) -> assertThat(orm.repository(model).query().count()).as(model.getSimpleName())
			.isEqualTo(count));
		assertThat(orm.repository(Track.class).query().many()).hasSize(3503);
		assertThat(orm.repository(PlaylistTrack.class).query().many()).hasSize(8715);
	}

	@DatabaseTest
	void compositeKeyFindsOnePlaylistTrack(TestDatabase db) {
		OrmRepository<PlaylistTrack> playlistTracks = orm(db).repository(PlaylistTrack.class);
		assertThat(playlistTracks.findById(Key.of(1, 3402))).contains(new PlaylistTrack(1, 3402));
		assertThat(playlistTracks.findById(Key.of(1L, 3403L))).contains(new PlaylistTrack(1, 3403));
		assertThat(db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM playlist_track WHERE playlist_id = 18 AND track_id = 1", Long.class))
			.isZero();
		assertThat(playlistTracks.findById(Key.of(18, 1))).isEmpty();
		assertThat(playlistTracks.query().whereKey(Key.of(18, 1)).exists()).isFalse();
		assertThat(playlistTracks.query().whereKey(Key.of(18, 597)).single()).isEqualTo(new PlaylistTrack(18, 597));
		assertThat(playlistTracks.query().where("playlistId", 18).many()).containsExactly(new PlaylistTrack(18, 597));
		assertThat(playlistTracks.query().where("playlist_id", 1).count()).isEqualTo(
				db.jdbc().queryForObject("SELECT COUNT(*) FROM playlist_track WHERE playlist_id = 1", Long.class));
	}

	@DatabaseTest
	void tracksOfAnAlbumByNameEqualPlainSql(TestDatabase db) {
		OrmRepository<Track> tracks = orm(db).repository(Track.class);
		this.listener.clear();
		List<Track> read = tracks.query().where("albumId", 1).orderBy("name").many();
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(read).hasSize(10)
			.isEqualTo(db.jdbc()
				.query("SELECT * FROM track WHERE album_id = 1 ORDER BY name", ChinookReadIntegrationTests::track));
		assertThat(read.get(0).unitPrice()).isEqualByComparingTo("0.99");
	}

	@DatabaseTest
	void sampleRowsOfEveryModelEqualPlainSql(TestDatabase db) {
		Orm orm = orm(db);
		assertThat(orm.repository(Artist.class).findById(1)).contains(new Artist(1, "AC/DC"));
		assertThat(orm.repository(Album.class).query().whereIn("albumId", List.of(1, 2, 347)).orderBy("albumId").many())
			.isEqualTo(db.jdbc()
				.query("SELECT album_id, title, artist_id FROM album WHERE album_id IN (1, 2, 347) ORDER BY album_id",
						(rs, i) -> new Album(rs.getInt(1), rs.getString(2), rs.getInt(3))));
		assertThat(orm.repository(Genre.class).findById(25)).contains(new Genre(25, "Opera"));
		assertThat(orm.repository(MediaType.class).query().orderBy("mediaTypeId").first())
			.contains(new MediaType(1, "MPEG audio file"));
		assertThat(orm.repository(Playlist.class).query().where("name", "like", "90%").single())
			.isEqualTo(new Playlist(5, "90’s Music"));
		assertThat(orm.repository(Track.class).query().whereKey(3503).single()).isEqualTo(db.jdbc()
			.queryForObject("SELECT * FROM track WHERE track_id = 3503", ChinookReadIntegrationTests::track));
		assertThat(orm.repository(InvoiceLine.class).query().where("invoiceId", 1).orderBy("invoiceLineId").many())
			.isEqualTo(db.jdbc()
				.query("SELECT invoice_line_id, invoice_id, track_id, unit_price, quantity FROM invoice_line "
						+ "WHERE invoice_id = 1 ORDER BY invoice_line_id",
						(rs, i) -> new InvoiceLine(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBigDecimal(4),
								rs.getInt(5))));
	}

	@DatabaseTest
	void employeesReadTheirManagerAsAPlainColumn(TestDatabase db) {
		OrmRepository<Employee> employees = orm(db).repository(Employee.class);
		List<Employee> all = employees.query().orderBy("employeeId").many();
		assertThat(all)
			.isEqualTo(db.jdbc().query("SELECT * FROM employee ORDER BY employee_id", (rs, i) -> employee(rs)));
		Employee andrew = all.get(0);
		assertThat(andrew.reportsTo()).isNull();
		assertThat(andrew.birthDate()).isEqualTo(LocalDateTime.of(1962, 2, 18, 0, 0));
		assertThat(andrew.hireDate()).isEqualTo(LocalDateTime.of(2002, 8, 14, 0, 0));
		assertThat(employees.query().whereNull("reportsTo").many()).containsExactly(andrew);
		assertThat(employees.query().where("reports_to", 2).orderBy("employeeId").many())
			.extracting(Employee::employeeId)
			.isEqualTo(db.jdbc()
				.queryForList("SELECT employee_id FROM employee WHERE reports_to = 2 ORDER BY employee_id",
						Integer.class));
		assertThat(employees.query().where("hireDate", ">=", LocalDateTime.of(2003, 1, 1, 0, 0)).count()).isEqualTo(
				db.jdbc().queryForObject("SELECT COUNT(*) FROM employee WHERE hire_date >= '2003-01-01'", Long.class));
	}

	@DatabaseTest
	void customersByCountryPageLikePlainSql(TestDatabase db) {
		OrmRepository<Customer> customers = orm(db).repository(Customer.class);
		this.listener.clear();
		List<Customer> page = customers.query().orderBy("country").orderBy("customerId").limit(10).offset(20).many();
		assertThat(this.listener.sql()).hasSize(1);
		assertThat(this.listener.lastSql()).containsAnyOf("LIMIT", "FETCH", "OFFSET");
		assertThat(page).isEqualTo(db.jdbc()
			.query("SELECT * FROM customer ORDER BY country, customer_id LIMIT 10 OFFSET 20", (rs, i) -> customer(rs)));
		assertThat(customers.query().where("country", "Brazil").orderBy("lastName", Direction.DESC).many()).isEqualTo(db
			.jdbc()
			.query("SELECT * FROM customer WHERE country = 'Brazil' ORDER BY last_name DESC", (rs, i) -> customer(rs)));
		assertThat(customers.query().whereNull("company").whereIn("country", List.of("USA", "Canada")).count())
			.isEqualTo(db.jdbc()
				.queryForObject("SELECT COUNT(*) FROM customer WHERE company IS NULL AND country IN ('USA', 'Canada')",
						Long.class));
		assertThat(customers.query().orderBy("company", Direction.ASC, Nulls.LAST).first()).map(Customer::company)
			.contains(db.jdbc().queryForObject("SELECT MIN(company) FROM customer", String.class));
	}

	@DatabaseTest
	void invoicesReadTimestampsAndExactTotals(TestDatabase db) {
		OrmRepository<Invoice> invoices = orm(db).repository(Invoice.class);
		List<Invoice> large = invoices.query()
			.where("total", ">", new BigDecimal("20.00"))
			.orderBy("total", Direction.DESC)
			.orderBy("invoiceId")
			.many();
		assertThat(large).isNotEmpty()
			.isEqualTo(db.jdbc()
				.query("SELECT * FROM invoice WHERE total > 20.00 ORDER BY total DESC, invoice_id",
						(rs, i) -> invoice(rs)));
		Invoice first = invoices.findById(1).orElseThrow();
		assertThat(first.invoiceDate()).isEqualTo(LocalDateTime.of(2021, 1, 1, 0, 0));
		assertThat(first.total()).isEqualByComparingTo("1.98");
		assertThat(invoices.query()
			.where("invoiceDate", ">=", LocalDateTime.of(2022, 1, 1, 0, 0))
			.where("invoiceDate", "<", LocalDateTime.of(2023, 1, 1, 0, 0))
			.count())
			.isEqualTo(db.jdbc()
				.queryForObject("SELECT COUNT(*) FROM invoice WHERE invoice_date >= '2022-01-01' "
						+ "AND invoice_date < '2023-01-01'", Long.class));
	}

	private static Track track(ResultSet rs, int row) throws SQLException {
		return new Track(rs.getInt("track_id"), rs.getString("name"), rs.getObject("album_id", Integer.class),
				rs.getInt("media_type_id"), rs.getObject("genre_id", Integer.class), rs.getString("composer"),
				rs.getInt("milliseconds"), rs.getObject("bytes", Integer.class), rs.getBigDecimal("unit_price"));
	}

	private static Employee employee(ResultSet rs) throws SQLException {
		return new Employee(rs.getInt("employee_id"), rs.getString("last_name"), rs.getString("first_name"),
				rs.getString("title"), rs.getObject("reports_to", Integer.class),
				rs.getObject("birth_date", LocalDateTime.class), rs.getObject("hire_date", LocalDateTime.class),
				rs.getString("city"), rs.getString("country"), rs.getString("email"));
	}

	private static Customer customer(ResultSet rs) throws SQLException {
		return new Customer(rs.getInt("customer_id"), rs.getString("first_name"), rs.getString("last_name"),
				rs.getString("company"), rs.getString("city"), rs.getString("country"), rs.getString("email"),
				rs.getObject("support_rep_id", Integer.class));
	}

	private static Invoice invoice(ResultSet rs) throws SQLException {
		return new Invoice(rs.getInt("invoice_id"), rs.getInt("customer_id"),
				rs.getObject("invoice_date", LocalDateTime.class), rs.getString("billing_city"),
				rs.getString("billing_country"), rs.getBigDecimal("total"));
	}

}
