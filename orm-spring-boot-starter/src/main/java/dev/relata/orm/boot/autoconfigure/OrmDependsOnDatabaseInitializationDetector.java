package dev.relata.orm.boot.autoconfigure;

import java.util.Set;

import dev.relata.orm.Orm;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * Makes the {@link Orm} wait for database initialization (Flyway, Liquibase, SQL
 * scripts), so that no repository reads or writes before the tables exist.
 */
class OrmDependsOnDatabaseInitializationDetector extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(Orm.class);
	}

}
