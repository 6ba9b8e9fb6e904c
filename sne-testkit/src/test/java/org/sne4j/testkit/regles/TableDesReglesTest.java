package org.sne4j.testkit.regles;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.sne4j.attribution.RegleAttribution;
import org.sne4j.commun.Regle;
import org.sne4j.demande.RegleDemande;
import org.sne4j.eligibilite.RegleEligibilite;

/**
 * The table of every rule of the library and what proves it, printed and written to {@code
 * sne-testkit/target/regles.md}; fails when a rule is neither asserted by a rule test of sne-core
 * or sne-testkit nor reached by a property test of this module.
 *
 * <p>It runs last in this module's JVM ({@code junit-platform.properties} orders the classes by
 * {@link Order}), after the property tests have recorded in {@link ReglesObservees} the refusal
 * codes they observed. Run it alone with {@code ./mvnw verify -pl sne-testkit -am
 * -Dtest=TableDesReglesTest -Dsurefire.failIfNoSpecifiedTests=false}: the property column is then
 * empty, the verdict is the same when every rule has a rule test.
 */
@Order(Integer.MAX_VALUE)
@DisplayName("Table des règles : chaque règle est assertée par un test de règle ou atteinte par une propriété")
class TableDesReglesTest {

  static Path racine;
  static List<Class<?>> enums;
  static List<Regle> regles;

  @BeforeAll
  static void lireLaBibliotheque() {
    racine = racineDuProjet();
    List<JavaClass> implementations = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.sne4j")
        .stream()
        .filter(c -> c.isAssignableTo(Regle.class) && !c.isEquivalentTo(Regle.class))
        .sorted(Comparator.comparing(JavaClass::getName))
        .toList();
    assertThat(implementations).as("every Regle of the library is an enum, so that the table lists it")
        .allMatch(JavaClass::isEnum);
    enums = implementations.stream().<Class<?>>map(JavaClass::reflect).toList();
    regles = enums.stream().flatMap(e -> Arrays.stream(e.getEnumConstants())).map(Regle.class::cast).toList();
  }

  /** The directory holding sne-core and sne-testkit, from the working directory or above it. */
  static Path racineDuProjet() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("sne-core/src/test/java")) && Files.isDirectory(p.resolve("sne-testkit/src/test/java"))) {
        return p;
      }
    }
    throw new IllegalStateException("sne-core and sne-testkit not found above " + Path.of("").toAbsolutePath());
  }

  @Test
  @DisplayName("Les règles sont les énumérations de Regle de la bibliothèque, d'identifiants uniques et sourcés")
  void les_regles_sont_nommees_et_sourcees() {
    assertThat(enums).as("the scan finds the known rule sets")
        .contains(RegleDemande.class, RegleAttribution.class, RegleEligibilite.class);
    Map<String, List<Regle>> parId = regles.stream().collect(Collectors.groupingBy(Regle::id));
    assertThat(parId.entrySet()).as("one rule per id").allMatch(e -> e.getValue().size() == 1);
    assertThat(regles).allSatisfy(r -> {
      assertThat(r.id()).as("id of %s", r).matches("(DEM|VAC|ELI)-[A-Z0-9]+(-[A-Z0-9]+)*");
      assertThat(TableDesRegles.articles(r.source())).as("%s names an article, an arrêté or the USH: %s", r.id(), r.source())
          .isNotEmpty();
      assertThat(r.enonce()).as("statement of %s", r.id()).isNotBlank().endsWith(".");
    });
  }

  @Test
  @DisplayName("Chaque règle est assertée par un test de règle qui cite son article, ou atteinte par une propriété")
  void chaque_regle_est_prouvee() throws IOException {
    List<SourcesDeTest.MethodeDeTest> tests = SourcesDeTest.lire(List.of(
        racine.resolve("sne-core/src/test/java"), racine.resolve("sne-testkit/src/test/java")));
    TableDesRegles table = TableDesRegles.de(regles, tests, ReglesObservees.instantane());
    String markdown = table.markdown();
    System.out.println(markdown);
    Path sortie = racine.resolve("sne-testkit/target/regles.md");
    Files.createDirectories(sortie.getParent());
    Files.writeString(sortie, markdown, StandardCharsets.UTF_8);
    Map<String, Regle> parId = regles.stream().collect(Collectors.toMap(Regle::id, Function.identity()));
    Set<String> inconnues = ReglesObservees.instantane().keySet().stream()
        .filter(id -> !parId.containsKey(id)).collect(Collectors.toSet());
    assertThat(inconnues).as("codes observed by the property tests that are not rules of the library").isEmpty();
    table.verifier();
  }
}
