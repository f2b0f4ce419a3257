package dev.relata.orm.reliability;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.write.SyncResult;
import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.reliability.ReliabilityFixture.Group;
import dev.relata.orm.reliability.ReliabilityFixture.Item;
import dev.relata.orm.reliability.ReliabilityFixture.Owner;
import dev.relata.orm.reliability.ReliabilityFixture.Tag;
import dev.relata.orm.testing.DatabaseKind;
import dev.relata.orm.testing.DatabaseTest;
import dev.relata.orm.testing.TestDatabase;

import org.springframework.dao.TransientDataAccessException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Eight threads of loads, nested writes and syncs against one database for a few seconds
 * (5 by default; {@code relata.test.stress-seconds} sets it, 30 for the long run), every
 * success written to a ledger, and the invariants checked against it while they run and
 * at the end: a nested write is seen whole or not at all, a synced owner's tags are one
 * of the sets asked for, and the database holds exactly what the ledger says was written.
 * Transient failures (deadlocks, lock timeouts) are counted, never recorded as writes.
 */
class ConcurrentLedgerIntegrationTests {

	private static final int THREADS = 8;

	private static final long SECONDS = Long.getLong("relata.test.stress-seconds", 5);

	/** The owners that only syncs touch: 1 (Ada) and 2 (Grace). */
	private static final List<Long> SYNCED = List.of(1L, 2L);

	@DatabaseTest(only = { DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB })
	void loadsNestedWritesAndSyncsKeepEveryInvariant(TestDatabase db) throws Exception {
		ReliabilityFixture fixture = new ReliabilityFixture(db);
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(db.jdbcUrl());
		config.setUsername(db.username());
		config.setPassword(db.password());
		config.setMaximumPoolSize(THREADS + 2);
		try (HikariDataSource pool = new HikariDataSource(config)) {
			Orm orm = Orm.builder(pool, ReliabilityFixture.schema())
				.settings((s) -> s.consistency(LoadConsistency.SNAPSHOT))
				.build();
			Ledger ledger = new Ledger();
			ExecutorService executor = Executors.newFixedThreadPool(THREADS);
			long deadline = System.nanoTime() + Duration.ofSeconds(SECONDS).toNanos();
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				long seed = 31L * t + 7;
				workers.add(executor.submit(() -> work(orm, ledger, new Random(seed), deadline)));
			}
			for (Future<?> worker : workers) {
				worker.get(SECONDS + 60, TimeUnit.SECONDS);
			}
			executor.shutdown();
			assertThat(ledger.violations).isEmpty();
			assertThat(ledger.writes.get()).isPositive();
			assertThat(ledger.syncs.get()).isPositive();
			assertThat(ledger.loads.get()).isPositive();
			assertAgainstTheLedger(fixture, orm, ledger);
		}
	}

	private void work(Orm orm, Ledger ledger, Random random, long deadline) {
		OrmRepository<Owner> owners = orm.repository(Owner.class);
		OrmRepository<Group> groups = orm.repository(Group.class);
		while (System.nanoTime() < deadline) {
			try {
				switch (random.nextInt(3)) {
					case 0 -> {
						String name = "n" + ledger.names.incrementAndGet();
						long tag = 1 + random.nextInt(5);
						Owner created = owners.insert(new Owner(null, name, 1L),
								(w) -> w.create("items", new Item(null, name + "a", null))
									.create("items", new Item(null, name + "b", null))
									.connect("tags", tag));
						ledger.created.put(created.id(), tag);
						ledger.writes.incrementAndGet();
					}
					case 1 -> {
						long owner = SYNCED.get(random.nextInt(SYNCED.size()));
						Set<Long> wanted = new HashSet<>();
						for (long tag = 1; tag <= 5; tag++) {
							if (random.nextBoolean()) {
								wanted.add(tag);
							}
						}
						ledger.requested.computeIfAbsent(owner, (o) -> new CopyOnWriteArrayList<>()).add(wanted);
						SyncResult result = owners.related(new Owner(owner, "", null), "tags", Tag.class)
							.sync(List.copyOf(wanted));
						if (result.attached().stream().anyMatch((key) -> !wanted.contains(key))
								|| result.detached().stream().anyMatch(wanted::contains)) {
							ledger.violations.add("sync " + wanted + " reported " + result);
						}
						ledger.syncs.incrementAndGet();
					}
					default -> {
						// every nested write adds its owner's two items at once
						long items = orm.repository(Item.class).query().count();
						if (items % 2 != 0) {
							ledger.violations.add(items + " items: a nested write seen in part");
						}
						List<Group> loaded = groups.query().whereKey(1L).load("owners").many();
						List<Owner> members = loaded.get(0).owners();
						if (members.stream().anyMatch((owner) -> owner.groupId() != 1L)
								|| members.stream().map(Owner::id).distinct().count() != members.size()) {
							ledger.violations.add("group 1 loaded with " + members);
						}
						ledger.loads.incrementAndGet();
					}
				}
			}
			catch (TransientDataAccessException ex) {
				ledger.transientFailures.incrementAndGet();
			}
			catch (RuntimeException ex) {
				ledger.violations.add(ex.toString());
			}
		}
	}

	private static void assertAgainstTheLedger(ReliabilityFixture fixture, Orm orm, Ledger ledger) {
		assertThat(fixture.count("SELECT COUNT(*) FROM rc_owners")).isEqualTo(2 + ledger.created.size());
		assertThat(fixture.count("SELECT COUNT(*) FROM rc_items")).isEqualTo(2 + 2L * ledger.created.size());
		for (Map.Entry<Long, Long> created : ledger.created.entrySet()) {
			assertThat(fixture.count("SELECT COUNT(*) FROM rc_items WHERE owner_id = " + created.getKey()))
				.isEqualTo(2);
			assertThat(fixture.count("SELECT tag_id FROM rc_owner_tags WHERE owner_id = " + created.getKey()))
				.isEqualTo(created.getValue());
		}
		OrmRepository<Owner> owners = orm.repository(Owner.class);
		for (long owner : SYNCED) {
			Set<Long> tags = new HashSet<>(owners.related(new Owner(owner, "", null), "tags", Tag.class)
				.many()
				.stream()
				.map(Tag::id)
				.toList());
			List<Set<Long>> requested = ledger.requested.getOrDefault(owner, List.of());
			if (!requested.isEmpty()) {
				assertThat(requested).as("owner %d ends with one of the requested sets", owner).contains(tags);
			}
		}
	}

	/**
	 * What the threads did, as they recorded it.
	 */
	private static final class Ledger {

		final Map<Long, Long> created = new ConcurrentHashMap<>();

		final Map<Long, List<Set<Long>>> requested = new ConcurrentHashMap<>();

		final List<String> violations = new CopyOnWriteArrayList<>();

		final AtomicInteger names = new AtomicInteger();

		final AtomicInteger writes = new AtomicInteger();

		final AtomicInteger syncs = new AtomicInteger();

		final AtomicInteger loads = new AtomicInteger();

		final AtomicInteger transientFailures = new AtomicInteger();

	}

}
