package org.sne4j.testkit.regles;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sne4j.commun.Regle;
import org.sne4j.testkit.regles.SourcesDeTest.MethodeDeTest;

/**
 * The table of the rules: for each rule, the rule tests that assert it and the property tests
 * that reached it; a rule with neither is not proven.
 *
 * <p>A <em>rule test</em> of a rule is a test method whose body references the rule — its id as a
 * string literal ({@code "DEM-OFFRE"}) or its constant ({@code RegleDemande.OFFRE}) — and whose own
 * {@code @DisplayName} names one of the articles of the rule's {@link Regle#source() source} (the
 * same article number, e.g. {@code R441-2-8} for {@code CCH R441-2-8 c}, or the same arrêté, or
 * USH for the local parameters). A test that references a rule without naming its article does not
 * prove it, and the table says so.
 */
final class TableDesRegles {

  /** An article of a code: {@code R441-2-8}, {@code L441-2-3}, {@code D. 331-25-1}, {@code R*441-16-2}. */
  private static final Pattern ARTICLE =
      Pattern.compile("(?<![\\p{L}\\d-])([LRD])\\*?\\.?\\s?(\\d{3,4}(?:-\\d+)*)");
  /** An arrêté by its date, e.g. « arrêté du 23 mars 2015 ». */
  private static final Pattern ARRETE =
      Pattern.compile("arrêté du (\\d{1,2}(?:er)?\\s+\\p{L}+\\s+\\d{4})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /** The USH's publications, where the local parameters come from. */
  private static final Pattern USH = Pattern.compile("\\bUSH\\b");

  /** One rule and what proves it. */
  record Ligne(Regle regle, List<MethodeDeTest> testsDeRegle, List<MethodeDeTest> sansArticle, Set<String> proprietes) {

    boolean assertee() {
      return !testsDeRegle.isEmpty();
    }

    boolean atteinte() {
      return !proprietes.isEmpty();
    }

    boolean prouvee() {
      return assertee() || atteinte();
    }
  }

  private final List<Ligne> lignes;

  private TableDesRegles(List<Ligne> lignes) {
    this.lignes = List.copyOf(lignes);
  }

  /**
   * The table of {@code regles} against the test methods {@code tests} and the rule ids that
   * property tests observed ({@code observees}: id → property test names).
   */
  static TableDesRegles de(List<? extends Regle> regles, List<MethodeDeTest> tests, Map<String, Set<String>> observees) {
    List<Ligne> lignes = new ArrayList<>();
    for (Regle r : regles) {
      Set<String> articles = articles(r.source());
      List<MethodeDeTest> referencent = tests.stream().filter(t -> reference(t, r)).toList();
      List<MethodeDeTest> prouvent = referencent.stream()
          .filter(t -> t.nomAffiche().map(TableDesRegles::articles).filter(a -> a.stream().anyMatch(articles::contains)).isPresent())
          .toList();
      List<MethodeDeTest> sansArticle = referencent.stream().filter(t -> !prouvent.contains(t)).toList();
      lignes.add(new Ligne(r, prouvent, sansArticle, Set.copyOf(observees.getOrDefault(r.id(), Set.of()))));
    }
    return new TableDesRegles(lignes);
  }

  /** The articles a text names, normalised ({@code R441-2-8}, {@code arrêté du 23 mars 2015}, {@code USH}). */
  static Set<String> articles(String texte) {
    Set<String> articles = new LinkedHashSet<>();
    Matcher m = ARTICLE.matcher(texte);
    while (m.find()) {
      articles.add(m.group(1) + m.group(2));
    }
    Matcher a = ARRETE.matcher(texte);
    while (a.find()) {
      articles.add("arrêté du " + a.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.FRENCH));
    }
    if (USH.matcher(texte).find()) {
      articles.add("USH");
    }
    return articles;
  }

  /** Whether the body of {@code test} references {@code regle}: its id in quotes, or its constant. */
  static boolean reference(MethodeDeTest test, Regle regle) {
    if (test.corps().contains("\"" + regle.id() + "\"")) {
      return true;
    }
    if (regle instanceof Enum<?> e) {
      String constante = e.getDeclaringClass().getSimpleName() + " . " + e.name();
      return Pattern.compile("\\b" + Pattern.quote(constante) + "\\b").matcher(test.corps()).find();
    }
    return false;
  }

  List<Ligne> lignes() {
    return lignes;
  }

  List<Ligne> nonProuvees() {
    return lignes.stream().filter(l -> !l.prouvee()).toList();
  }

  /** The table in Markdown: a summary line, then one row per rule. */
  String markdown() {
    long assertees = lignes.stream().filter(Ligne::assertee).count();
    long atteintes = lignes.stream().filter(Ligne::atteinte).count();
    long lesDeux = lignes.stream().filter(l -> l.assertee() && l.atteinte()).count();
    StringBuilder b = new StringBuilder();
    b.append("# Règles de sne et ce qui les prouve\n\n");
    b.append(String.format(Locale.ROOT,
        "%d règles : %d assertées par un test de règle, %d atteintes par une propriété (%d les deux), %d non prouvées.%n%n",
        lignes.size(), assertees, atteintes, lesDeux, nonProuvees().size()));
    b.append("| règle | source | tests de règle | propriétés |\n");
    b.append("|---|---|---|---|\n");
    for (Ligne l : lignes) {
      String tests = l.testsDeRegle().isEmpty() ? "**aucun**"
          : l.testsDeRegle().stream().map(t -> "`" + t.reference() + "`").distinct().collect(Collectors.joining("<br>"));
      String proprietes = l.atteinte() ? "oui (" + String.join(", ", l.proprietes().stream().sorted().toList()) + ")" : "—";
      b.append("| `").append(l.regle().id()).append("` | ").append(cellule(l.regle().source())).append(" | ")
          .append(tests).append(" | ").append(proprietes).append(" |\n");
    }
    return b.toString();
  }

  /** Fails, naming every rule neither a rule test nor a property proves, and why. */
  void verifier() {
    List<Ligne> manquantes = nonProuvees();
    if (manquantes.isEmpty()) {
      return;
    }
    StringBuilder b = new StringBuilder(manquantes.size() + " rule(s) neither asserted by a rule test nor reached by a"
        + " property test (a new refusal gets its own rule and a rule test: a @Test whose @DisplayName names the"
        + " article and whose body asserts the id):");
    for (Ligne l : manquantes) {
      b.append("\n  ").append(l.regle().id()).append(" (").append(l.regle().source()).append(")");
      if (!l.sansArticle().isEmpty()) {
        b.append(": referenced by ").append(l.sansArticle().stream().map(MethodeDeTest::reference).toList())
            .append(", whose @DisplayName does not name any of ").append(articles(l.regle().source()));
      }
    }
    throw new AssertionError(b.toString());
  }

  private static String cellule(String texte) {
    return texte.replace("|", "\\|");
  }
}
