package org.sne4j.testkit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine is usable without the domain: the rule is a test. */
@DisplayName("Architecture de sne-testkit")
class ArchitectureTest {

  static JavaClasses testkit;

  @BeforeAll
  static void importer() {
    testkit = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sne4j.testkit");
  }

  @Test
  void le_moteur_ne_depend_que_du_jdk_et_de_junit_5() {
    classes().that().resideInAPackage("org.sne4j.testkit.property..")
        .should().onlyDependOnClassesThat().resideInAnyPackage(
            "java..", "org.junit..", "org.opentest4j..", "org.apiguardian..", "org.sne4j.testkit.property..")
        .because("the property engine depends on nothing beyond JUnit 5 and the JDK; the domain generators "
            + "live in org.sne4j.testkit.generateurs")
        .check(testkit);
  }
}
