package dev.relata.orm;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.PlatformTransactionManager;

import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.FromItem;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.schema.RelationKind;
import dev.relata.orm.internal.sql.SelectBuilder;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Keeps the package dependencies of orm-core pointing one way, as {@code STYLE.md} lays
 * them out, and keeps JDBC, Spring JDBC and Micrometer inside the packages that own them.
 * Every rule allows an empty set of classes because packages fill in over time.
 */
class PackageDependencyTests {

	private static final String ROOT = "dev.relata.orm";

	/**
	 * The classes of verify and migration that take a DataSource or Connection and hand
	 * it to jdbc; everything else there compares plain data.
	 */
	private static final List<String> SCHEMA_CHANGE_FRONT_DOORS = List.of("verify.RelationVerifier",
			"verify.DefaultRelationVerifier", "migration.ForeignKeyMigration", "migration.DefaultForeignKeyMigration",
			"migration.ForeignKeyMigrationRun", "migration.ManagedForeignKeys");

	private static JavaClasses classes;

	@BeforeAll
	static void importClasses() {
		classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(ROOT);
	}

	@Test
	void exceptionIsALeaf() {
		checkDependsOnlyOn("exception", List.of(),
				"exceptions are thrown from every layer, so they must depend on none");
	}

	@Test
	void dialectDependsOnlyOnExceptions() {
		checkDependsOnlyOn("sql.dialect", List.of("exception"),
				"a dialect is a strategy of named capabilities that the layers above consult");
	}

	@Test
	void sqlDependsOnlyOnDialects() {
		checkDependsOnlyOn("internal.sql", List.of("sql.dialect", "exception"),
				"the SQL syntax tree renders through dialects and knows nothing of models or JDBC");
	}

	@Test
	void schemaDependsOnlyOnExceptions() {
		checkDependsOnlyOn("schema", List.of("exception"),
				"the schema is plain model metadata, the base of the layers");
	}

	@Test
	void relationDependsOnlyOnSchema() {
		checkDependsOnlyOn("relation", List.of("schema", "internal.input", "exception"),
				"relations are defined between schema models");
	}

	@Test
	void userInputDependsOnlyOnExceptions() {
		checkDependsOnlyOn("internal.input", List.of("exception"),
				"quoting user input into messages and refusing nulls is a leaf every layer above can use");
	}

	@Test
	void queryDependsOnlyOnSchemaRelationsAndSql() {
		checkDependsOnlyOn("internal.query",
				List.of("query", "schema", "relation", "sql.dialect", "internal.input", "exception"),
				"a query is described as plain data; compiling it to SQL is internal.compile's job");
	}

	@Test
	void planDependsOnlyOnTheQueryModel() {
		checkDependsOnlyOn("internal.plan", List.of("internal.query", "query", "schema", "exception"),
				"a load plan is plain data made by internal.load and read by internal.compile, so it depends on "
						+ "neither");
	}

	@Test
	void compileDependsOnlyOnTheQueryModelThePlanAndSql() {
		checkDependsOnlyOn("internal.compile",
				List.of("internal.plan", "internal.query", "query", "internal.sql", "sql.dialect", "schema",
						"exception"),
				"SQL is compiled from the model, the query and the load plan in one place, used by queries, "
						+ "loads and writes; compiling never executes, so it never calls internal.load or "
						+ "internal.jdbc");
	}

	@Test
	void loadsBuildNoSelectOfTheirOwn() {
		check(noClasses().that()
			.resideInAPackage(ROOT + ".internal.load..")
			.should()
			.callMethod(Select.class, "builder")
			.orShould()
			.dependOnClassesThat()
			.belongToAnyOf(SelectBuilder.class)
			.because("the SQL of a load (root, batched, joined, per-parent pages, morphTo) is built in "
					+ "internal.compile; internal.load plans, renders and runs it"));
	}

	@Test
	void selectsAreBuiltThroughTheBuilder() {
		check(noClasses().that()
			.doNotBelongToAnyOf(SelectBuilder.class)
			.should()
			.callConstructor(Select.class, List.class, boolean.class, List.class, FromItem.class, List.class,
					Condition.class, List.class, Condition.class, List.class, Long.class, Long.class, boolean.class)
			.because("a SELECT has twelve parts; named builder calls say which ones a statement sets"));
	}

	@Test
	void relationKindsAreAskedNotBranchedOn() {
		check(noClasses().that()
			.resideOutsideOfPackages(ROOT + ".schema..", ROOT + ".relation..")
			.should()
			.accessFieldWhere(JavaAccess.Predicates.target(AccessTarget.Predicates.declaredIn(RelationKind.class)))
			.because("what differs by relation kind is answered by Relation and RelationKind in schema (relation "
					+ "declares the kinds), so a new kind is a change there, not in every package"));
	}

	@Test
	void packagesAreFreeOfCycles() {
		check(slices().matching(ROOT + ".(**)")
			.should()
			.beFreeOfCycles()
			.because("no package calls back into the package that called it"));
	}

	@Test
	void theQueryApiIsOnlyTheDsl() {
		checkDependsOnlyOn("query", List.of("schema", "sql.dialect", "internal.input", "exception"),
				"the query package is the DSL users write against: interfaces, options and plans, no machinery");
	}

	@Test
	void observationDependsOnlyOnExceptions() {
		checkDependsOnlyOn("observation", List.of("exception"),
				"observation contexts and conventions are a leaf that every executing layer can use");
	}

	@Test
	void observationMachineryDependsOnlyOnTheObservationApi() {
		checkDependsOnlyOn("internal.observation", List.of("observation", "exception"),
				"starting and stopping observations needs only the documented contexts and conventions");
	}

	@Test
	void catalogDependsOnlyOnSchemaAndDialects() {
		checkDependsOnlyOn("internal.catalog", List.of("schema", "sql.dialect", "exception"),
				"the catalog is plain data of what a database has, read by jdbc and compared by verify and migration");
	}

	@Test
	void jdbcDependsOnlyOnSqlSchemaCatalogAndObservation() {
		checkDependsOnlyOn("internal.jdbc",
				List.of("jdbc", "internal.sql", "sql.dialect", "schema", "internal.catalog", "observation",
						"internal.observation", "exception"),
				"JDBC execution runs rendered SQL and reads rows and catalogs; it does not plan loads, writes or "
						+ "schema changes");
	}

	@Test
	void verifyDependsOnlyOnCatalogDdlAndJdbc() {
		checkDependsOnlyOn("verify",
				List.of("internal.catalog", "ddl", "schema", "sql.dialect", "internal.jdbc", "exception"),
				"the verifier compares the schema with a catalog that jdbc reads, and writes its fixes with ddl; "
						+ "it never loads or writes rows");
	}

	@Test
	void migrationDependsOnlyOnCatalogDdlAndJdbc() {
		checkDependsOnlyOn("migration",
				List.of("internal.catalog", "ddl", "schema", "sql.dialect", "internal.jdbc", "exception"),
				"the foreign-key migration plans ddl statements from a catalog that jdbc reads, and runs them "
						+ "through jdbc");
	}

	@Test
	void checksAndPlansOfSchemaChangesTouchNoJdbc() {
		check(noClasses().that()
			.resideInAnyPackage(ROOT + ".verify..", ROOT + ".migration..")
			.and(DescribedPredicate.not(frontDoors()))
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".internal.jdbc..", "java.sql..", "javax.sql..")
			.because("the verifier's checks and the migration's planning compare plain data and are unit-tested "
					+ "without a database; only their front doors read catalogs and run statements"));
	}

	@Test
	void loadDependsOnTheLowerLayersButNotOnWrite() {
		checkDependsOnlyOn("internal.load",
				List.of("query", "internal.query", "internal.plan", "internal.compile", "relation", "internal.sql",
						"sql.dialect", "schema", "internal.jdbc", "observation", "internal.observation", "exception"),
				"loading is planned and executed on the lower layers and never writes");
	}

	@Test
	void writeDependsOnTheLowerLayersButNotOnLoad() {
		checkDependsOnlyOn("internal.write",
				List.of("write", "query", "internal.query", "internal.compile", "relation", "internal.sql",
						"sql.dialect", "schema", "internal.jdbc", "observation", "internal.observation",
						"internal.input", "exception"),
				"writing is planned and executed on the lower layers and never loads relations");
	}

	@Test
	void ddlDependsOnlyOnSchemaAndSql() {
		checkDependsOnlyOn("ddl", List.of("schema", "internal.sql", "sql.dialect", "exception"),
				"DDL is text generated from the schema through the dialects; it neither queries nor executes");
	}

	@Test
	void nothingBelowTheRootUsesTheRoot() {
		check(noClasses().that()
			.resideOutsideOfPackage(ROOT)
			.and()
			.resideInAPackage(ROOT + "..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT)
			.because("Orm and OrmRepository are the front door that wires the packages below; "
					+ "a package below that used them would make a cycle"));
	}

	@Test
	void javaSqlIsUsedOnlyInJdbcTheRootVerifyAndMigration() {
		check(noClasses().that()
			.resideOutsideOfPackages(ROOT + ".internal.jdbc..", ROOT, ROOT + ".verify..", ROOT + ".migration..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("java.sql..", "javax.sql..")
			.because("jdbc is the only package that works with java.sql; the root, the verifier and the "
					+ "foreign-key migration only receive a DataSource or Connection"));
	}

	@Test
	void verifyAndMigrationOnlyReceiveADataSourceOrConnection() {
		check(noClasses().that()
			.resideInAnyPackage(ROOT + ".verify..", ROOT + ".migration..")
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("java.sql..", "javax.sql..")
				.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(Connection.class, DataSource.class))))
			.because("the verifier takes a DataSource and the migration a Connection (as Flyway hands it); "
					+ "metadata, statements and SQLException translation stay in jdbc"));
	}

	@Test
	void springJdbcIsUsedOnlyInJdbc() {
		check(noClasses().that()
			.resideOutsideOfPackages(ROOT + ".internal.jdbc..", ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.jdbc..")
			.because("transaction participation and exception translation are done once, in jdbc"));
	}

	@Test
	void springTransactionsAreUsedOnlyInJdbc() {
		check(noClasses().that()
			.resideOutsideOfPackages(ROOT + ".internal.jdbc..", ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.transaction..")
			.because("joining the caller's transaction, snapshot transactions and per-transaction state are done "
					+ "once, in internal.jdbc; the root only accepts the user's PlatformTransactionManager"));
	}

	@Test
	void theRootUsesSpringTransactionsOnlyToAcceptAManager() {
		check(noClasses().that()
			.resideInAPackage(ROOT)
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.springframework.transaction..")
				.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(PlatformTransactionManager.class))))
			.because("OrmBuilder.transactionManager takes Spring's PlatformTransactionManager; the rest is jdbc's"));
	}

	@Test
	void theRootUsesSpringJdbcOnlyToHandOutRowMappers() {
		check(noClasses().that()
			.resideInAPackage(ROOT)
			.should()
			.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.springframework.jdbc..")
				.and(DescribedPredicate.not(JavaClass.Predicates.belongToAnyOf(RowMapper.class))))
			.because("Orm.rowMapper returns Spring's RowMapper; everything else of Spring JDBC stays in jdbc"));
	}

	@Test
	void micrometerIsUsedOnlyInObservationAndTheRoot() {
		check(noClasses().that()
			.resideOutsideOfPackages(ROOT + ".observation..", ROOT + ".internal.observation..", ROOT)
			.should()
			.dependOnClassesThat()
			.resideInAPackage("io.micrometer..")
			.because("observations are documented in one place; the root only takes an ObservationRegistry"));
	}

	@Test
	void springBootIsNotUsedInCore() {
		check(noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("org.springframework.boot..")
			.because("orm-core works without Spring Boot; the starter holds the Boot integration"));
	}

	@Test
	void publicApiSignaturesExposeNoInternalType() {
		check(classes().that()
			.resideOutsideOfPackage(ROOT + ".internal..")
			.and()
			.arePublic()
			.should(exposeNoInternalType())
			.because("users and the starter bind to what API types show; machinery under internal can then "
					+ "change without breaking them"));
	}

	@Test
	void internalTypesAreUsedOnlyInsideOrmCore() {
		check(noClasses().that()
			.resideInAPackage(ROOT + ".internal..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(ROOT + ".boot..", ROOT + ".test..")
			.because("the internal packages are orm-core's machinery; the starter's modules sit above them"));
	}

	@Test
	void apiPackagesOfListenersAndWritesAreLeaves() {
		checkDependsOnlyOn("jdbc", List.of("exception"),
				"jdbc holds only the statement listener API; statement execution lives in internal.jdbc");
		checkDependsOnlyOn("write", List.of("schema", "exception"),
				"write holds only the nested-write and pivot result API; writing lives in internal.write");
	}

	/**
	 * Checks that, within {@code dev.relata.orm}, the classes of {@code pkg}
	 * (sub-packages included) depend only on their own package and the {@code allowed}
	 * ones.
	 */
	private static void checkDependsOnlyOn(String pkg, List<String> allowed, String reason) {
		List<String> packages = new ArrayList<>();
		packages.add(ROOT + "." + pkg + "..");
		allowed.forEach((name) -> packages.add(ROOT + "." + name + ".."));
		check(noClasses().that()
			.resideInAPackage(ROOT + "." + pkg + "..")
			.should()
			.dependOnClassesThat(
					resideInAPackage(ROOT + "..").and(resideOutsideOfPackages(packages.toArray(String[]::new))))
			.because(reason));
	}

	/**
	 * A public type's public and protected members, super types and type parameters'
	 * bounds name no type of an {@code internal} package.
	 */
	private static ArchCondition<JavaClass> exposeNoInternalType() {
		return new ArchCondition<>("expose no type of " + ROOT + ".internal in public signatures") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				List<String> exposed = new ArrayList<>();
				type.getRawSuperclass().ifPresent((superclass) -> collect(exposed, "extends", superclass));
				type.getRawInterfaces().forEach((implemented) -> collect(exposed, "implements", implemented));
				for (JavaMember member : type.getMembers()) {
					if (!member.getModifiers().contains(JavaModifier.PUBLIC)
							&& !member.getModifiers().contains(JavaModifier.PROTECTED)) {
						continue;
					}
					if (member instanceof JavaField field) {
						collect(exposed, field.getName(), field.getRawType());
					}
					if (member instanceof JavaCodeUnit codeUnit) {
						collect(exposed, codeUnit.getName(), codeUnit.getRawReturnType());
						codeUnit.getRawParameterTypes()
							.forEach((parameter) -> collect(exposed, codeUnit.getName(), parameter));
					}
				}
				exposed.forEach((message) -> events
					.add(SimpleConditionEvent.violated(type, type.getName() + " exposes " + message)));
			}
		};
	}

	private static void collect(List<String> exposed, String where, JavaClass type) {
		JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
		if (base.getPackageName().startsWith(ROOT + ".internal")) {
			exposed.add(base.getName() + " in " + where);
		}
	}

	private static DescribedPredicate<JavaClass> frontDoors() {
		DescribedPredicate<JavaClass> frontDoors = DescribedPredicate.alwaysFalse();
		for (String name : SCHEMA_CHANGE_FRONT_DOORS) {
			frontDoors = frontDoors.or(JavaClass.Predicates.belongTo(HasName.Predicates.name(ROOT + "." + name)));
		}
		return frontDoors;
	}

	private static void check(ArchRule rule) {
		rule.allowEmptyShould(true).check(classes);
	}

}
