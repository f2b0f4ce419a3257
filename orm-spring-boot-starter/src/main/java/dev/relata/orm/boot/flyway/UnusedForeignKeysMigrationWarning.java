package dev.relata.orm.boot.flyway;

import java.util.Arrays;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.flywaydb.core.Flyway;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * Warns when no {@link Flyway} bean runs Relata's foreign-key migration, which happens
 * when the application defines its own {@code Flyway} bean: Spring Boot's Flyway
 * auto-configuration, which adds {@code JavaMigration} beans, then backs off.
 */
public final class UnusedForeignKeysMigrationWarning implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(UnusedForeignKeysMigrationWarning.class);

	private final ListableBeanFactory beanFactory;

	private final ForeignKeysJavaMigration migration;

	/**
	 * Creates the warning.
	 * @param beanFactory where to look for {@code Flyway} beans
	 * @param migration Relata's migration
	 */
	public UnusedForeignKeysMigrationWarning(ListableBeanFactory beanFactory, ForeignKeysJavaMigration migration) {
		this.beanFactory = beanFactory;
		this.migration = migration;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Map<String, Flyway> flyways = this.beanFactory.getBeansOfType(Flyway.class, false, false);
		boolean used = flyways.values()
			.stream()
			.anyMatch(
					(flyway) -> Arrays.asList(flyway.getConfiguration().getJavaMigrations()).contains(this.migration));
		if (!used) {
			logger.warn("Relata's foreign-key migration is not run by any Flyway bean"
					+ (flyways.isEmpty() ? "" : " (" + String.join(", ", flyways.keySet()) + ")")
					+ ", so the foreign keys of your relations are not applied. A Flyway bean defined by the "
					+ "application replaces Spring Boot's, which would add it: add the bean "
					+ "'relataForeignKeysMigration' with Flyway.configure().javaMigrations(...), or set "
					+ "relata.orm.flyway.foreign-keys=off (or validate) to silence this warning.");
		}
	}

}
