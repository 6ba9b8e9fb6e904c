package org.sne4j.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The core stays pure and keeps its layers (docs/architecture.md): the rules are tests. */
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
        .because("sne-core has no Jackson, JDBC, HTTP or logging dependency (docs/architecture.md)")
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
        .because("time comes from an injected Clock and identifiers from a port (docs/architecture.md)")
        .check(core);
  }

  static final String[] DOMAINE = {
    "org.sne4j.commun..", "org.sne4j.territoire..", "org.sne4j.acteur..", "org.sne4j.menage..",
    "org.sne4j.logement..", "org.sne4j.demande..", "org.sne4j.cal..", "org.sne4j.priorite..",
    "org.sne4j.contingent..", "org.sne4j.piece..", "org.sne4j.handicap..", "org.sne4j.attribution..",
    "org.sne4j.eligibilite..", "org.sne4j.formulaire..", "org.sne4j.information..", "org.sne4j.evenement.."
  };

  @Test
  void le_domaine_ne_depend_ni_des_ports_ni_des_services_ni_des_implementations() {
    noClasses().that().resideInAnyPackage(DOMAINE).and().resideOutsideOfPackage("..application..")
        .and().resideOutsideOfPackage("org.sne4j.evenement..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "org.sne4j.api..", "org.sne4j.memoire..", "org.sne4j.spi..", "org.sne4j.internal..", "..application..",
            "org.sne4j.echanges..", "org.sne4j.projection..")
        .because("the domain is pure: the application services read and write through the ports, not the domain")
        .check(core);
  }

  @Test
  void les_services_ne_dependent_ni_de_la_facade_ni_des_implementations_en_memoire() {
    noClasses().that().resideInAnyPackage("..application..", "org.sne4j.echanges..", "org.sne4j.projection..",
            "org.sne4j.internal..")
        .should().dependOnClassesThat().resideInAnyPackage("org.sne4j.api..", "org.sne4j.memoire..")
        .because("Sne composes the services and chooses the implementations; a service only knows the ports")
        .check(core);
  }

  @Test
  void les_paquets_sont_sans_cycle() {
    slices().matching("org.sne4j.(**)").should().beFreeOfCycles().check(core);
  }

  @Test
  void la_facade_ne_fait_que_composer() {
    com.tngtech.archunit.core.domain.JavaClass sne = core.get(org.sne4j.api.Sne.class);
    org.assertj.core.api.Assertions.assertThat(sne.getCodeUnits())
        .as("Sne dispatches on no type: a rule or a query belongs to a service")
        .allSatisfy(u -> org.assertj.core.api.Assertions.assertThat(u.getInstanceofChecks()).as(u.getFullName()).isEmpty());
    org.assertj.core.api.Assertions.assertThat(sne.getMethods().stream()
            .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
            .filter(m -> !m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC)))
        .as("Sne's public methods are accessors without parameters")
        .allSatisfy(m -> org.assertj.core.api.Assertions.assertThat(m.getRawParameterTypes()).as(m.getFullName()).isEmpty());
  }

  @Test
  void aucun_service_n_accepte_un_acte_reserve_a_la_vacance_ou_a_l_enregistrement() {
    com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
        .and().areDeclaredInClassesThat().resideInAnyPackage("..application..", "org.sne4j.echanges..", "org.sne4j.api..")
        .should(new com.tngtech.archunit.lang.ArchCondition<com.tngtech.archunit.core.domain.JavaMethod>(
            "take no ActeDemande, ActeAttribution or Enregistrer") {
          @Override
          public void check(com.tngtech.archunit.core.domain.JavaMethod m, com.tngtech.archunit.lang.ConditionEvents e) {
            for (com.tngtech.archunit.core.domain.JavaClass p : m.getRawParameterTypes()) {
              if (p.isAssignableTo(org.sne4j.demande.ActeAttribution.class) || p.isEquivalentTo(org.sne4j.demande.ActeDemande.class)
                  || p.isAssignableTo(org.sne4j.demande.ActeDemande.Enregistrer.class)) {
                e.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(m, m.getFullName() + " takes " + p.getName()));
              }
            }
          }
        })
        .because("registration goes through a form and the national registry, attribution steps through their vacancy")
        .check(core);
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
