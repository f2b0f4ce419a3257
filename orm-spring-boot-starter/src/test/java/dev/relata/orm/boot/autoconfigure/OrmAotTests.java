package dev.relata.orm.boot.autoconfigure;

import java.util.Map;

import dev.relata.orm.Orm;
import dev.relata.orm.OrmRepository;
import dev.relata.orm.boot.autoconfigure.blog.BlogRelations;
import dev.relata.orm.boot.autoconfigure.blog.User;
import org.junit.jupiter.api.Test;

import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.aot.test.generate.TestGenerationContext;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.aot.ApplicationContextAotGenerator;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.test.tools.CompileWithForkedClassLoader;
import org.springframework.core.test.tools.TestCompiler;
import org.springframework.javapoet.ClassName;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ahead-of-time processing, as a native image build runs it: the generated context starts
 * with every repository bean and its generic type, and the models get reflection hints.
 */
class OrmAotTests {

	private static final Map<String, Object> PROPERTIES = Map.of("spring.datasource.generate-unique-name", "true",
			"relata.orm.model-packages", "dev.relata.orm.boot.autoconfigure.blog");

	@Test
	@CompileWithForkedClassLoader
	void theGeneratedContextHasTheRepositoriesAndTheModelsHaveHints() {
		AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", PROPERTIES));
		context.register(AotApplication.class);
		TestGenerationContext generationContext = new TestGenerationContext();
		ClassName initializerName = new ApplicationContextAotGenerator().processAheadOfTime(context, generationContext);
		generationContext.writeGeneratedContent();
		assertThat(RuntimeHintsPredicates.reflection()
			.onType(User.class)
			.withMemberCategory(MemberCategory.INVOKE_DECLARED_CONSTRUCTORS))
			.accepts(generationContext.getRuntimeHints());
		TestCompiler.forSystem().with(generationContext).compile((compiled) -> {
			try (GenericApplicationContext aot = new GenericApplicationContext()) {
				aot.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", PROPERTIES));
				@SuppressWarnings("unchecked")
				ApplicationContextInitializer<GenericApplicationContext> initializer = compiled
					.getInstance(ApplicationContextInitializer.class, initializerName.toString());
				initializer.initialize(aot);
				aot.refresh();
				assertThat(
						aot.getBeanNamesForType(ResolvableType.forClassWithGenerics(OrmRepository.class, User.class)))
					.containsExactly("userOrmRepository");
				assertThat(aot.getBean("userOrmRepository")).isSameAs(aot.getBean(Orm.class).repository(User.class));
			}
		});
	}

	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
			OrmAutoConfiguration.class })
	@Import(BlogRelations.class)
	public static class AotApplication {

	}

}
