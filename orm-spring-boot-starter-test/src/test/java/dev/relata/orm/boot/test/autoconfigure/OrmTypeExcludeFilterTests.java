package dev.relata.orm.boot.test.autoconfigure;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

import javax.sql.DataSource;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmBuilder;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.OrmBuilderCustomizer;
import dev.relata.orm.boot.autoconfigure.OrmModelScan;
import dev.relata.orm.boot.autoconfigure.OrmSchemaBuilderCustomizer;
import dev.relata.orm.jdbc.ExecutedStatement;
import dev.relata.orm.jdbc.StatementListener;
import dev.relata.orm.relation.RelationDefinitions;
import dev.relata.orm.schema.NamingStrategy;
import dev.relata.orm.schema.ValueConverter;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which scanned classes {@link OrmTypeExcludeFilter} keeps in an {@code @OrmTest}.
 */
class OrmTypeExcludeFilterTests {

	private final RecordingClassLoader classLoader = new RecordingClassLoader(getClass().getClassLoader());

	private final MetadataReaderFactory metadataReaderFactory = new SimpleMetadataReaderFactory(this.classLoader);

	@Test
	void keepsAConfigurationThatDeclaresRelationDefinitions() throws IOException {
		assertThat(kept(DefaultSlice.class, BlogRelations.class)).isTrue();
	}

	@Test
	void keepsAConfigurationThatDeclaresAnyOfTheTypesRelataCollects() throws IOException {
		assertThat(kept(DefaultSlice.class, StaticNamingStrategy.class)).isTrue();
		assertThat(kept(DefaultSlice.class, Converters.class)).isTrue();
		assertThat(kept(DefaultSlice.class, Customizers.class)).isTrue();
		assertThat(kept(DefaultSlice.class, ListenerFromAHierarchy.class)).isTrue();
	}

	@Test
	void keepsTheRepositoriesTheApplicationDefinesItself() throws IOException {
		assertThat(kept(DefaultSlice.class, OwnRepositories.class)).isTrue();
	}

	@Test
	void keepsComponentsOfTheTypesRelataCollectsAndOrmModelScans() throws IOException {
		assertThat(kept(DefaultSlice.class, SqlLog.class)).isTrue();
		assertThat(kept(DefaultSlice.class, ModelScan.class)).isTrue();
	}

	@Test
	void leavesOutServicesControllersAndOtherConfigurations() throws IOException {
		assertThat(kept(DefaultSlice.class, Accounts.class)).isFalse();
		assertThat(kept(DefaultSlice.class, Pages.class)).isFalse();
		assertThat(kept(DefaultSlice.class, Clock.class)).isFalse();
		assertThat(kept(DefaultSlice.class, ReportingDataSource.class)).isFalse();
	}

	@Test
	void includeFiltersKeepMore() throws IOException {
		assertThat(kept(IncludingServices.class, Accounts.class)).isTrue();
		assertThat(kept(IncludingServices.class, Pages.class)).isFalse();
		assertThat(kept(IncludingServices.class, BlogRelations.class)).isTrue();
	}

	@Test
	void excludeFiltersWinOverTheDefaults() throws IOException {
		assertThat(kept(ExcludingBlogRelations.class, BlogRelations.class)).isFalse();
		assertThat(kept(ExcludingBlogRelations.class, Converters.class)).isTrue();
	}

	@Test
	void withoutTheDefaultFiltersOnlyIncludeFiltersKeep() throws IOException {
		assertThat(kept(WithoutDefaults.class, BlogRelations.class)).isFalse();
		assertThat(kept(WithoutDefaults.class, Accounts.class)).isTrue();
	}

	@Test
	void decidesFromClassFilesWithoutLoadingTheScannedClassesOrTheirBeanTypes() throws IOException {
		for (Class<?> candidate : Set.of(BlogRelations.class, ListenerFromAHierarchy.class, Accounts.class,
				ReportingDataSource.class)) {
			kept(DefaultSlice.class, candidate);
		}
		assertThat(this.classLoader.loaded).doesNotContain(BlogRelations.class.getName(),
				ListenerFromAHierarchy.class.getName(), CountingListener.class.getName(),
				AbstractListener.class.getName(), Accounts.class.getName(), ReportingDataSource.class.getName());
	}

	private boolean kept(Class<?> testClass, Class<?> candidate) throws IOException {
		OrmTypeExcludeFilter filter = new OrmTypeExcludeFilter(testClass);
		filter.setBeanClassLoader(this.classLoader);
		return !filter.match(this.metadataReaderFactory.getMetadataReader(candidate.getName()),
				this.metadataReaderFactory);
	}

	@OrmTest
	static class DefaultSlice {

	}

	@OrmTest(includeFilters = @Filter(Service.class))
	static class IncludingServices {

	}

	@OrmTest(excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE, classes = BlogRelations.class))
	static class ExcludingBlogRelations {

	}

	@OrmTest(useDefaultFilters = false, includeFilters = @Filter(Service.class))
	static class WithoutDefaults {

	}

	@Configuration(proxyBeanMethods = false)
	static class BlogRelations {

		@Bean
		RelationDefinitions<Accounts> accountRelations() {
			return RelationDefinitions.of(Accounts.class, (relations) -> {
			});
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRepositories {

		@Bean
		OrmRepository<Accounts> accounts(Orm orm) {
			return orm.repository(Accounts.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class StaticNamingStrategy {

		@Bean
		static NamingStrategy namingStrategy() {
			return NamingStrategy.AS_IS;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Converters {

		@Bean
		ValueConverter<Boolean, String> yesNo() {
			return ValueConverter.of(Boolean.class, String.class, (yes) -> yes ? "Y" : "N", "Y"::equals);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Customizers {

		@Bean
		OrmSchemaBuilderCustomizer schemaCustomizer() {
			return (builder) -> {
			};
		}

		@Bean
		OrmBuilderCustomizer ormCustomizer() {
			return OrmBuilder::toString;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ListenerFromAHierarchy {

		@Bean
		CountingListener countingListener() {
			return new CountingListener();
		}

	}

	abstract static class AbstractListener implements StatementListener {

	}

	static class CountingListener extends AbstractListener {

	}

	@Component
	static class SqlLog implements StatementListener {

		@Override
		public void beforeStatement(ExecutedStatement statement) {
		}

	}

	@Configuration(proxyBeanMethods = false)
	@OrmModelScan("com.example.model")
	static class ModelScan {

	}

	@Service
	static class Accounts {

	}

	@Controller
	static class Pages {

	}

	@Component
	static class Clock {

	}

	@Configuration(proxyBeanMethods = false)
	static class ReportingDataSource {

		@Bean
		DataSource reportingDataSource() {
			return new DriverManagerDataSource("jdbc:h2:mem:reporting");
		}

	}

	/**
	 * Records the names of the classes loaded through it; resources it only finds.
	 */
	static final class RecordingClassLoader extends ClassLoader {

		final Set<String> loaded = Collections.synchronizedSet(new HashSet<>());

		RecordingClassLoader(ClassLoader parent) {
			super(parent);
		}

		@Override
		protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
			this.loaded.add(name);
			return super.loadClass(name, resolve);
		}

	}

}
