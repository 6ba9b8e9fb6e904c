package org.sne4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core stays pure (DESIGN.md §1, §4): the rules are tests. */
@DisplayName("Architecture de sne-core")
class ArchitectureTest {

  static JavaClasses core;

  @BeforeAll
  static void importer() {
    core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.sne4j");
  }

  @Test
  void le_coeur_ne_depend_d_aucune_technologie_d_adaptateur() {
    noClasses().should().dependOnClassesThat().resideInAnyPackage(
            "tools.jackson..", "com.fasterxml.jackson..", "java.sql..", "javax.sql..", "java.net.http..",
            "org.slf4j..", "org.apache.logging..", "ch.qos.logback..", "java.util.logging..", "org.postgresql..",
            "jakarta.ws..", "jakarta.xml..", "org.springframework..")
        .because("sne-core has no Jackson, JDBC, HTTP or logging dependency (issue 3, DESIGN.md §1)")
        .check(core);
  }

  @Test
  void le_domaine_ne_lit_pas_l_horloge_et_ne_tire_pas_d_identifiants_au_hasard() {
    noClasses().that().resideOutsideOfPackage("org.sne4j.memoire..")
        .should().callMethod(java.time.LocalDate.class, "now")
        .orShould().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(java.time.LocalDateTime.class, "now")
        .orShould().callMethod(java.util.UUID.class, "randomUUID")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .because("time comes from an injected Clock and identifiers from a port (DESIGN.md §4)")
        .check(core);
  }

  @Test
  void le_domaine_ne_depend_ni_de_l_api_ni_des_implementations() {
    noClasses().that().resideInAnyPackage(
            "org.sne4j.commun..", "org.sne4j.territoire..", "org.sne4j.acteur..", "org.sne4j.menage..",
            "org.sne4j.logement..", "org.sne4j.demande..", "org.sne4j.cal..", "org.sne4j.priorite..",
            "org.sne4j.contingent..", "org.sne4j.piece..", "org.sne4j.handicap..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sne4j.api..", "org.sne4j.memoire..", "org.sne4j.spi..")
        .check(core);
  }

  @Test
  void les_paquets_sont_sans_cycle() {
    slices().matching("org.sne4j.(*)..").should().beFreeOfCycles().check(core);
  }

  @Test
  void l_api_publique_n_expose_pas_guava() {
    noClasses().should().dependOnClassesThat().resideInAPackage("com.google.common.annotations..")
        .check(core);
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
        .should().haveRawReturnType(com.tngtech.archunit.base.DescribedPredicate.describe(
            "no Guava type", (com.tngtech.archunit.core.domain.JavaClass c) -> !c.getPackageName().startsWith("com.google")))
        .check(core);
  }
}
