package org.sne4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.MotifRadiation;

class DemoTest {

  @Test
  void la_demo_parcourt_un_an_et_demi_avec_chaque_motif_de_radiation_en_vigueur_et_se_rejoue_a_l_identique() {
    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    Demo.Resultat r = Demo.executer(2026L, 20, new PrintStream(sortie, true, StandardCharsets.UTF_8));
    String texte = sortie.toString(StandardCharsets.UTF_8);

    assertThat(r.demandes()).isBetween(200, 600);
    for (MotifRadiation m : MotifRadiation.values()) {
      if (m != MotifRadiation.FUSION) {
        assertThat(r.radiations().getOrDefault(m, 0L)).as("radiations %s", m.code()).isPositive();
      }
    }
    assertThat(r.compteurs()).containsKeys("avis de renouvellement envoyés", "renouvellements", "baux signés");
    assertThat(texte).contains("Ce que voit le demandeur").contains("Attestation d'enregistrement");

    ByteArrayOutputStream encore = new ByteArrayOutputStream();
    Demo.Resultat r2 = Demo.executer(2026L, 20, new PrintStream(encore, true, StandardCharsets.UTF_8));
    assertThat(r2.radiations()).isEqualTo(r.radiations());
    assertThat(r2.exemple()).isEqualTo(r.exemple());
  }

  @Test
  void la_demo_sur_postgresql_embarque_affiche_la_meme_sortie_qu_en_memoire() {
    ByteArrayOutputStream memoire = new ByteArrayOutputStream();
    Demo.executer(2026L, 10, new PrintStream(memoire, true, StandardCharsets.UTF_8));
    ByteArrayOutputStream postgres = new ByteArrayOutputStream();
    try (BasePostgres base = BasePostgres.ouvrir("")) {
      Demo.executer(2026L, 10, new PrintStream(postgres, true, StandardCharsets.UTF_8), base.store());
    }

    assertThat(sansVariables(postgres.toString(StandardCharsets.UTF_8)))
        .isEqualTo(sansVariables(memoire.toString(StandardCharsets.UTF_8)));
    assertThat(postgres.toString(StandardCharsets.UTF_8)).contains("Implémentations : PostgresEventStore");
  }

  /** The output without what differs by nature: the implementation named and the time taken. */
  private static String sansVariables(String sortie) {
    return sortie.replaceAll("Implémentations : .*", "Implémentations : …").replaceAll("\\d+ ms\\)", "… ms)");
  }

  @Test
  void avec_le_sne_factice_chaque_demande_est_numerotee_par_le_sne_et_rien_ne_reste_a_transmettre() {
    ByteArrayOutputStream sortie = new ByteArrayOutputStream();
    Demo.Resultat r = Demo.executer(11L, 4, new PrintStream(sortie, true, StandardCharsets.UTF_8), null, true);
    String texte = sortie.toString(StandardCharsets.UTF_8);
    assertThat(texte).contains("Synchronisation avec le SNE");
    assertThat(ligne(texte, "numéros attribués par le SNE")).isEqualTo(r.demandes());
    assertThat(ligne(texte, "changements transmis par le relais")).isPositive();
    assertThat(ligne(texte, "entrées encore en attente")).isZero();
  }

  private static int ligne(String texte, String libelle) {
    return texte.lines().filter(l -> l.trim().startsWith(libelle)).findFirst()
        .map(l -> Integer.parseInt(l.trim().substring(l.trim().lastIndexOf(' ') + 1)))
        .orElseThrow(() -> new AssertionError("no line " + libelle));
  }
}
