package dev.relata.orm.boot.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the test starter on orm-core's API: no class of it uses a type of
 * {@code dev.relata.orm.internal}, the machinery orm-core may change in any release.
 */
class OrmApiBoundaryTests {

	@Test
	void usesOnlyTheApiOfOrmCore() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("dev.relata.orm.boot.test");
		noClasses().should()
			.dependOnClassesThat()
			.resideInAPackage("dev.relata.orm.internal..")
			.because("the test starter is a user of orm-core like any application; what it needs is API")
			.check(classes);
	}

}
