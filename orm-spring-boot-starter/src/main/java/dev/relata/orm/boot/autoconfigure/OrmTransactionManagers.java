package dev.relata.orm.boot.autoconfigure;

import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.ResourceTransactionManager;

/**
 * Picks the application's transaction manager for Relata's writes on a data source: the
 * unique (or primary) one when it can manage that data source, else the only one bound to
 * it. A manager bound to another data source is never picked. When none fits, Relata runs
 * its writes in JDBC transactions on the data source itself, which join Spring's
 * transactions on it.
 */
final class OrmTransactionManagers {

	private static final Log logger = LogFactory.getLog(OrmTransactionManagers.class);

	private OrmTransactionManagers() {
	}

	static @Nullable PlatformTransactionManager select(ObjectProvider<PlatformTransactionManager> candidates,
			DataSource dataSource) {
		PlatformTransactionManager unique = candidates.getIfUnique();
		if (unique != null && canManage(unique, dataSource)) {
			return unique;
		}
		List<PlatformTransactionManager> bound = candidates.orderedStream()
			.filter((candidate) -> boundTo(candidate, dataSource))
			.toList();
		if (bound.size() == 1) {
			return bound.get(0);
		}
		logger.info("Relata found no single transaction manager of its DataSource; its writes run in JDBC "
				+ "transactions on the DataSource, which join transactions that Spring runs on it");
		return null;
	}

	/**
	 * Whether a manager can run transactions around Relata's JDBC work: one bound to a
	 * data source only when it is this one; others (JPA, JTA) expose their connections to
	 * JDBC code on the same database.
	 */
	private static boolean canManage(PlatformTransactionManager manager, DataSource dataSource) {
		if (manager instanceof ResourceTransactionManager resource
				&& resource.getResourceFactory() instanceof DataSource managed) {
			return target(managed) == target(dataSource);
		}
		return true;
	}

	private static boolean boundTo(PlatformTransactionManager manager, DataSource dataSource) {
		return manager instanceof ResourceTransactionManager resource
				&& resource.getResourceFactory() instanceof DataSource managed && target(managed) == target(dataSource);
	}

	private static DataSource target(DataSource dataSource) {
		DataSource current = dataSource;
		while (current instanceof DelegatingDataSource delegating && delegating.getTargetDataSource() != null) {
			current = delegating.getTargetDataSource();
		}
		return current;
	}

}
