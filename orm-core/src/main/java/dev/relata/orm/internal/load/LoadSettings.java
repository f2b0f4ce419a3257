package dev.relata.orm.internal.load;

import dev.relata.orm.query.LoadConsistency;
import dev.relata.orm.query.LoadStrategy;

/**
 * The settings that shape relation loading.
 *
 * @param defaultStrategy the strategy of loads that request none (AUTO unless configured)
 * @param joinMaxParents AUTO joins any relation when the query bounds its parents to at
 * most this many (default 9)
 * @param manyToManyJoinMaxParents AUTO joins a many-to-many when the query bounds its
 * parents to at most this many (default 10)
 * @param maxBatchKeys the most parent keys one batched statement sends (default 1000);
 * long IN lists make some databases (MariaDB) scan whole tables
 * @param consistency whether a load of several statements reads one snapshot
 */
public record LoadSettings(LoadStrategy defaultStrategy, int joinMaxParents, int manyToManyJoinMaxParents,
		int maxBatchKeys, LoadConsistency consistency) {

	/**
	 * The defaults: AUTO, 9, 10, 1000 keys, no snapshot.
	 */
	public static final LoadSettings DEFAULTS = new LoadSettings(LoadStrategy.AUTO, 9, 10, 1000, LoadConsistency.NONE);

}
