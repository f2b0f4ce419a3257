package dev.relata.orm.boot.autoconfigure;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the configuration metadata of the built starter jar, as an IDE does: every
 * {@code relata.orm.*} setting is there with its description and default.
 */
class ConfigurationMetadataIntegrationTests {

	private static JarFile starterJar() throws IOException {
		try (Stream<Path> files = Files.list(Path.of("target"))) {
			Path jar = files
				.filter((path) -> path.getFileName().toString().matches("orm-spring-boot-starter-.*\\d\\.jar")
						|| path.getFileName().toString().matches("orm-spring-boot-starter-.*-SNAPSHOT\\.jar"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("The starter jar is not built in target/"));
			return new JarFile(jar.toFile());
		}
	}

	private static String entry(JarFile jar, String name) throws IOException {
		assertThat(jar.getEntry(name)).as(name + " in " + jar.getName()).isNotNull();
		try (InputStream in = jar.getInputStream(jar.getEntry(name))) {
			return new String(in.readAllBytes());
		}
	}

	@Test
	void everySettingIsDescribedWithItsDefault() throws IOException {
		try (JarFile jar = starterJar()) {
			String metadata = entry(jar, "META-INF/spring-configuration-metadata.json");
			Map<String, Object> expectedDefaults = Map.of("relata.orm.load.default-strategy", "auto",
					"relata.orm.load.join-max-parents", 9, "relata.orm.load.many-to-many-join-max-parents", 10,
					"relata.orm.load.max-batch-keys", 1000, "relata.orm.load.consistency", "none",
					"relata.orm.lazy.repeat-warning-threshold", 10, "relata.orm.flyway.foreign-keys", "apply",
					"relata.orm.verify.mode", "warn");
			List<String> names = JsonPath.read(metadata, "$.properties[*].name");
			assertThat(names).containsAll(expectedDefaults.keySet())
				.contains("relata.orm.model-packages", "relata.orm.statement-timeout", "management.health.orm.enabled");
			for (String name : names) {
				List<String> descriptions = JsonPath.read(metadata,
						"$.properties[?(@.name == '" + name + "')].description");
				List<String> types = JsonPath.read(metadata, "$.properties[?(@.name == '" + name + "')].type");
				boolean bool = types.get(0).equals("java.lang.Boolean");
				// Spring Boot's rules: no leading article, 'Whether' for booleans only,
				// plain text
				assertThat(descriptions).as(name)
					.singleElement()
					.asString()
					.isNotBlank()
					.doesNotStartWith("The ")
					.doesNotStartWith("A ")
					.doesNotContain("{@")
					.satisfies((description) -> assertThat(description.startsWith("Whether")).as(name).isEqualTo(bool));
			}
			expectedDefaults.forEach((name, value) -> {
				List<Object> defaults = JsonPath.read(metadata,
						"$.properties[?(@.name == '" + name + "')].defaultValue");
				assertThat(defaults).as(name).containsExactly(value);
			});
		}
	}

	@Test
	void autoConfigurationsAreRegisteredWithTheirConditionsForEarlyFiltering() throws IOException {
		try (JarFile jar = starterJar()) {
			assertThat(entry(jar, "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports"))
				.contains("dev.relata.orm.boot.autoconfigure.OrmAutoConfiguration")
				.contains("dev.relata.orm.boot.autoconfigure.flyway.OrmFlywayAutoConfiguration");
			Properties conditions = new Properties();
			conditions.load(jar.getInputStream(jar.getEntry("META-INF/spring-autoconfigure-metadata.properties")));
			assertThat(conditions
				.getProperty("dev.relata.orm.boot.autoconfigure.flyway.OrmFlywayAutoConfiguration.ConditionalOnClass"))
				.contains("org.flywaydb.core.Flyway");
		}
	}

}
