package com.example.blog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.sql.DataSource;

import com.example.archive.ArchiveConfiguration;
import com.example.archive.ArchivedPost;
import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.sql.dialect.Dialects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.config.BeanDefinitionCustomizer;
import org.springframework.beans.factory.support.AbstractBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/spring-boot.md} true: each of its Java snippets is code of this test
 * tree or of orm-spring-boot-starter-test's (so it compiles), and the snippets that are
 * not run by {@code SpringBootDocumentationIntegrationTests} run here.
 */
class SpringBootDocumentationTests {

	private static final Path GUIDE = Path.of("..", "docs", "spring-boot.md");

	/**
	 * The guide's application and tests, and those of its last section, on testing, which
	 * belong to orm-spring-boot-starter-test.
	 */
	private static final List<Path> SOURCES = List.of(Path.of("src", "test", "java", "com", "example"),
			Path.of("..", "orm-spring-boot-starter-test", "src", "test", "java", "com", "example"));

	private static final Path README = Path.of("..", "README.md");

	@TempDir
	Path migrations;

	@Test
	void theReadmesSpringBootSnippetsAreCompiledCode() throws IOException {
		String readme = Files.readString(README);
		String springBoot = readme.substring(readme.indexOf("### With Spring Boot"),
				readme.indexOf("### Without Spring Boot"));
		String code = normalized(sources());
		List<String> snippets = javaSnippets(springBoot);
		assertThat(snippets).hasSize(4);
		assertThat(snippets).allSatisfy((snippet) -> assertThat(code).as("compiled code for the snippet%n%s", snippet)
			.contains(normalized(snippet)));
	}

	@Test
	void everyJavaSnippetIsCompiledCode() throws IOException {
		String code = normalized(sources());
		List<String> snippets = javaSnippets(Files.readString(GUIDE));
		assertThat(snippets).hasSizeGreaterThanOrEqualTo(13);
		assertThat(snippets).allSatisfy((snippet) -> assertThat(code).as("compiled code for the snippet%n%s", snippet)
			.contains(normalized(snippet)));
	}

	@Test
	void aTestWritesTheForeignKeysAsAVersionedMigration() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, OrmAutoConfiguration.class))
			.withUserConfiguration(GuideApplication.class)
			.withPropertyValues("spring.datasource.generate-unique-name=true")
			.run((context) -> {
				Path migrations = this.migrations;
				// docs: Reviewing every migration instead
				OrmSchema schema = context.getBean(OrmSchema.class);
				List<String> statements = OrmDdl.render(OrmDdl.foreignKeys(schema), Dialects.POSTGRESQL);
				Files.writeString(migrations.resolve("V2__relata_foreign_keys.sql"),
						String.join(";\n", statements) + ";\n");
				assertThat(migrations.resolve("V2__relata_foreign_keys.sql")).content()
					.contains("ALTER TABLE \"posts\" ADD CONSTRAINT \"fk_posts_user_id\" FOREIGN KEY (\"user_id\") "
							+ "REFERENCES \"users\" (\"id\") ON DELETE CASCADE;")
					.contains("ALTER TABLE \"users\" ADD CONSTRAINT \"fk_users_role_id\" FOREIGN KEY (\"role_id\") "
							+ "REFERENCES \"roles\" (\"id\") ON DELETE SET NULL;");
			});
	}

	@Test
	void aSecondDataSourceGetsAnOrmBuiltByHand() {
		AtomicInteger archiveTransactions = new AtomicInteger();
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceTransactionManagerAutoConfiguration.class,
					OrmAutoConfiguration.class))
			.withUserConfiguration(ArchiveConfiguration.class, BlogRelations.class)
			.withBean("dataSource", DataSource.class, () -> h2("main"))
			.withBean("archiveDataSource", DataSource.class, () -> h2("archive"), notADefaultCandidate())
			.withBean("archiveTransactionManager", PlatformTransactionManager.class,
					() -> new JdbcTransactionManager(h2("archive")) {
						@Override
						protected void doBegin(Object transaction, TransactionDefinition definition) {
							archiveTransactions.incrementAndGet();
							super.doBegin(transaction, definition);
						}
					}, notADefaultCandidate())
			.withPropertyValues("relata.orm.model-packages=com.example.blog")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				Orm archive = context.getBean("archiveOrm", Orm.class);
				assertThat(context.getBean("archivedPosts")).isSameAs(archive.repository(ArchivedPost.class));
				assertThat(context.getBeansOfType(OrmRepository.class)).containsKeys("archivedPosts",
						"userOrmRepository");
				Orm main = context.getBean(Orm.class);
				assertThat(main).isNotSameAs(archive);
				assertThat(main.repository(User.class)).isSameAs(context.getBean("userOrmRepository"));
				new JdbcTemplate(context.getBean(DataSource.class))
					.execute("CREATE TABLE roles (id BIGINT PRIMARY KEY, name VARCHAR(20))");
				main.repository(Role.class).insert(new Role(1L, "admin"));
				assertThat(archiveTransactions).as("the main Orm's writes use the main transaction manager")
					.hasValue(0);
			});
	}

	private static BeanDefinitionCustomizer notADefaultCandidate() {
		return (definition) -> ((AbstractBeanDefinition) definition).setDefaultCandidate(false);
	}

	private static DataSource h2(String name) {
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	static List<String> javaSnippets(String markdown) {
		List<String> snippets = new ArrayList<>();
		Matcher matcher = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
		while (matcher.find()) {
			snippets.add(matcher.group(1));
		}
		return snippets;
	}

	private static String sources() throws IOException {
		StringBuilder all = new StringBuilder();
		for (Path sources : SOURCES) {
			try (Stream<Path> files = Files.walk(sources)) {
				for (Path file : files.filter((path) -> path.toString().endsWith(".java")).sorted().toList()) {
					all.append(Files.readString(file)).append('\n');
				}
			}
		}
		return all.toString();
	}

	private static String normalized(String code) {
		return code.replaceAll("//[^\\n]*", "").replaceAll("\\s+", "");
	}

	@AutoConfigurationPackage(basePackageClasses = BlogApplication.class)
	@Import(BlogRelations.class)
	static class GuideApplication {

	}

}
