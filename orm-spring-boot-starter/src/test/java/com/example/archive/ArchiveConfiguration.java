package com.example.archive;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.schema.OrmSchema;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The guide's second data source: an {@code Orm} built by hand.
 */
@Configuration(proxyBeanMethods = false)
public class ArchiveConfiguration {

	@Bean(defaultCandidate = false)
	Orm archiveOrm(@Qualifier("archiveDataSource") DataSource archive,
			@Qualifier("archiveTransactionManager") PlatformTransactionManager transactions) {
		OrmSchema schema = OrmSchema.builder().models(ArchivedPost.class).build();
		return Orm.builder(archive, schema).transactionManager(transactions).build();
	}

	@Bean
	OrmRepository<ArchivedPost> archivedPosts(@Qualifier("archiveOrm") Orm archiveOrm) {
		return archiveOrm.repository(ArchivedPost.class);
	}

}
