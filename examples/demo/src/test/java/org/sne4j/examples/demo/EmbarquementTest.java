package org.sne4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's embedding example is this module's {@link Embarquement}, and it runs. */
class EmbarquementTest {

  static final Path RACINE = Path.of("").toAbsolutePath().getParent().getParent();

  @Test
  void le_bloc_du_readme_est_l_exemple_compile_ligne_pour_ligne() throws IOException {
    List<String> readme = bloc(Files.readString(RACINE.resolve("README.md")), "```java\n", "```");
    String source = Files.readString(RACINE.resolve(
        "examples/demo/src/main/java/org/sne4j/examples/demo/Embarquement.java"));
    List<String> exemple = bloc(source, "// README:début\n", "    // README:fin");
    assertThat(readme).as("README.md's embedding example, as compiled in Embarquement.java").isEqualTo(exemple);
  }

  @Test
  void l_exemple_du_readme_enregistre_une_demande_et_montre_ce_que_voit_le_demandeur() {
    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    PrintStream avant = System.out;
    System.setOut(new PrintStream(sortie, true, StandardCharsets.UTF_8));
    try {
      Embarquement.main(new String[0]);
    } finally {
      System.setOut(avant);
    }
    String texte = sortie.toString(StandardCharsets.UTF_8);
    assertThat(texte).containsPattern("^059\\d{4}000001G0042 — Active, valable jusqu'au \\d{4}-\\d{2}-\\d{2}\\R");
    assertThat(texte).contains("Enregistrement de la demande").contains("Demande de pièces").contains("Avis d'imposition");
  }

  /** The lines of the first block between {@code debut} and {@code fin}, without their common indentation. */
  static List<String> bloc(String texte, String debut, String fin) {
    int i = texte.indexOf(debut);
    assertThat(i).as("block start %s", debut.strip()).isNotNegative();
    int j = texte.indexOf(fin, i + debut.length());
    List<String> lignes = Arrays.asList(texte.substring(i + debut.length(), j).split("\n", -1));
    int retrait = lignes.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    List<String> sans = lignes.stream().map(l -> l.isBlank() ? "" : l.substring(retrait).stripTrailing()).toList();
    int premier = 0;
    int dernier = sans.size();
    while (premier < dernier && sans.get(premier).isEmpty()) {
      premier++;
    }
    while (dernier > premier && sans.get(dernier - 1).isEmpty()) {
      dernier--;
    }
    return sans.subList(premier, dernier);
  }
}
