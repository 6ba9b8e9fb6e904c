package org.sne4j.testkit.regles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sne4j.commun.Regle;
import org.sne4j.testkit.regles.SourcesDeTest.MethodeDeTest;

/** The rule table on a fake rule set: it finds what proves a rule, and fails on what is not proven. */
@DisplayName("Table des règles : le scanner et le verdict sur un jeu de règles factice")
class TableDesReglesSelfTest {

  /** Rules that exist only here (test sources are not scanned for the real table). */
  enum ReglesFactices implements Regle {
    PAR_IDENTIFIANT("FAK-IDENTIFIANT", "CCH R441-3 b", "Prouvée par son identifiant."),
    PAR_CONSTANTE("FAK-CONSTANTE", "CCH R441-5", "Prouvée par sa constante."),
    SANS_ARTICLE("FAK-SANS-ARTICLE", "CCH R441-10", "Citée par des tests qui ne nomment pas son article."),
    ATTEINTE("FAK-ATTEINTE", "CCH R441-2-8 c", "Atteinte par une propriété seulement."),
    ORPHELINE("FAK-ORPHELINE", "CCH L441-2", "Citée seulement en commentaire, dans une chaîne ou hors d'un test.");

    private final String id;
    private final String source;
    private final String enonce;

    ReglesFactices(String id, String source, String enonce) {
      this.id = id;
      this.source = source;
      this.enonce = enonce;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String source() {
      return source;
    }

    @Override
    public String enonce() {
      return enonce;
    }
  }

  static final String SOURCE = """
      package exemple;

      /** Mentions "FAK-ORPHELINE" in Javadoc: not a test. */
      class ExempleTest {

        static final String ORPHELINE = "FAK-ORPHELINE";

        static void aide() {
          assertThat(code).isEqualTo("FAK-ORPHELINE");
        }

        @Test
        @DisplayName("R441-3 b : " + "prouvée par son identifiant")
        void par_identifiant() {
          assertThat(refus.code()).isEqualTo("FAK-IDENTIFIANT"); // "FAK-ORPHELINE" only in a comment
          String texte = \"""
              @Test void piege() { "FAK-ORPHELINE" }
              \""";
        }

        @Test
        @DisplayName("R441-3 : le bon code, pas le bon article")
        void mauvais_article() {
          assertThat(refus.code()).isEqualTo("FAK-SANS-ARTICLE");
        }

        @Nested
        @DisplayName("R441-10 : l'article est sur la classe, pas sur le test")
        class Imbriquee {

          @Test
          void sans_nom_affiche() {
            assertThat(refus.code()).isEqualTo("FAK-SANS-ARTICLE");
          }

          @org.junit.jupiter.api.Test
          @DisplayName("CCH R441-5 al. 2 : par la constante")
          void par_constante() throws Exception {
            assertThat(refus.regle()).isEqualTo(ReglesFactices.PAR_CONSTANTE);
            char c = '}';
            /* } { */
          }
        }
      }
      """;

  @Test
  void le_scanner_trouve_les_tests_leur_classe_et_leur_nom_affiche() {
    List<MethodeDeTest> tests = SourcesDeTest.analyser(SOURCE);
    assertThat(tests).extracting(MethodeDeTest::reference).containsExactly(
        "ExempleTest#par_identifiant", "ExempleTest#mauvais_article", "ExempleTest.Imbriquee#sans_nom_affiche",
        "ExempleTest.Imbriquee#par_constante");
    assertThat(tests.get(0).nomAffiche()).contains("R441-3 b : prouvée par son identifiant");
    assertThat(tests.get(2).nomAffiche()).isEmpty();
    assertThat(tests.get(0).corps()).contains("\"FAK-IDENTIFIANT\"").doesNotContain("\"FAK-ORPHELINE\" only");
  }

  @Test
  void les_articles_sont_normalises() {
    assertThat(TableDesRegles.articles("CCH R441-2-8 c; arrêté du 23 mars 2015 annexe §6"))
        .containsExactly("R441-2-8", "arrêté du 23 mars 2015");
    assertThat(TableDesRegles.articles("CCH R441-3 al. 1, D. 331-25-1, R*441-16-2, L441-2-3 II"))
        .containsExactly("R441-3", "D331-25-1", "R441-16-2", "L441-2-3");
    assertThat(TableDesRegles.articles("Arrêté du 29 juillet 1987 art. 4 ; paramètre local — USH Repères n°47"))
        .containsExactly("arrêté du 29 juillet 1987", "USH");
    assertThat(TableDesRegles.articles("R441-2-8")).doesNotContain("R441-2");
  }

  @Test
  void une_regle_est_prouvee_par_un_test_qui_cite_son_article_ou_par_une_propriete() {
    TableDesRegles table = TableDesRegles.de(List.of(ReglesFactices.values()), SourcesDeTest.analyser(SOURCE),
        Map.of("FAK-ATTEINTE", Set.of("UneProprieteTest")));
    assertThat(table.lignes()).filteredOn(TableDesRegles.Ligne::prouvee).extracting(l -> l.regle())
        .containsExactly(ReglesFactices.PAR_IDENTIFIANT, ReglesFactices.PAR_CONSTANTE, ReglesFactices.ATTEINTE);
    assertThat(table.nonProuvees()).extracting(l -> l.regle())
        .containsExactly(ReglesFactices.SANS_ARTICLE, ReglesFactices.ORPHELINE);
    assertThat(table.lignes().get(2).sansArticle()).extracting(MethodeDeTest::reference)
        .containsExactly("ExempleTest#mauvais_article", "ExempleTest.Imbriquee#sans_nom_affiche");
    assertThat(table.markdown())
        .contains("5 règles : 2 assertées par un test de règle, 1 atteintes par une propriété (0 les deux), 2 non prouvées.")
        .contains("| `FAK-IDENTIFIANT` | CCH R441-3 b | `ExempleTest#par_identifiant` | — |")
        .contains("| `FAK-ATTEINTE` | CCH R441-2-8 c | **aucun** | oui (UneProprieteTest) |");
  }

  @Test
  void la_table_echoue_en_nommant_les_regles_non_prouvees() {
    TableDesRegles table = TableDesRegles.de(List.of(ReglesFactices.values()), SourcesDeTest.analyser(SOURCE), Map.of());
    assertThatThrownBy(table::verifier).isInstanceOf(AssertionError.class)
        .hasMessageContaining("3 rule(s) neither asserted")
        .hasMessageContaining("FAK-ORPHELINE (CCH L441-2)")
        .hasMessageContaining("FAK-ATTEINTE")
        .hasMessageContaining("FAK-SANS-ARTICLE (CCH R441-10): referenced by [ExempleTest#mauvais_article,"
            + " ExempleTest.Imbriquee#sans_nom_affiche], whose @DisplayName does not name any of [R441-10]");
  }

  @Test
  void la_table_passe_quand_tout_est_prouve(@TempDir Path dossier) throws Exception {
    Files.writeString(dossier.resolve("ExempleTest.java"), SOURCE);
    List<MethodeDeTest> tests = SourcesDeTest.lire(List.of(dossier));
    TableDesRegles table = TableDesRegles.de(List.of(ReglesFactices.PAR_IDENTIFIANT, ReglesFactices.PAR_CONSTANTE), tests, Map.of());
    table.verifier();
    assertThat(table.nonProuvees()).isEmpty();
    assertThat(tests).extracting(MethodeDeTest::nomAffiche).contains(Optional.of("CCH R441-5 al. 2 : par la constante"));
  }
}
