package org.sne4j.testkit.generateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.menage.Menage;
import org.sne4j.testkit.property.Property;
import org.sne4j.testkit.property.Statistics;

class GenerateursDemandeTest {

  static final LocalDate JOUR = LocalDate.of(2026, 1, 15);

  @Test
  void les_contenus_generes_sont_valides_et_dans_les_proportions_nationales() {
    Property.forAll(GenerateursDemande.contenu(JOUR))
        .classify(c -> c.menage().personnesALoger() == 1, "personne seule")
        .classify(c -> c.menage().cotitulaires().isEmpty() && c.menage().personnesALoger() > 1, "famille monoparentale")
        .classify(c -> !c.menage().cotitulaires().isEmpty(), "couple")
        .classify(c -> c.menage().revenuFiscalDeReference(JOUR.getYear() - 2).isEmpty(), "sans revenu fiscal")
        .requireAtLeast("personne seule", 30)
        .requireAtLeast("famille monoparentale", 15)
        .requireAtLeast("couple", 15)
        .check(c -> {
          Menage m = c.menage();
          assertThat(c.logementRecherche().communes()).isNotEmpty().hasSizeLessThanOrEqualTo(10)
              .allMatch(GenerateursDemande.METROPOLE_LILLOISE::contains);
          assertThat(c.territoire().code()).isEqualTo("59");
          assertThat(m.titulaires()).allMatch(t -> !t.dateNaissance().isAfter(JOUR.minusYears(18)));
          assertThat(m.categorie(JOUR).numero()).isBetween(1, 6);
          Statistics.label(m.ressourcesMensuelles().centimes() < 1_037_00L * m.titulaires().size()
              ? "ressources sous le plafond PLAI" : "ressources au-dessus");
        });
  }

  @Test
  void mille_contenus_se_generent_rapidement_et_identiquement_pour_une_graine() {
    long debut = System.nanoTime();
    java.util.List<ContenuDemande> a = GenerateursDemande.contenu(JOUR).sample(42L, 1_000);
    long ms = (System.nanoTime() - debut) / 1_000_000;
    java.util.List<ContenuDemande> b = GenerateursDemande.contenu(JOUR).sample(42L, 1_000);
    assertThat(a).isEqualTo(b);
    System.out.println("generator-stats: 1000 demand contents sampled in " + ms + " ms (cold)");
    for (int tour = 1; tour <= 3; tour++) {
      long t0 = System.nanoTime();
      Property.forAll(GenerateursDemande.contenu(JOUR)).tries(1_000).seed(tour).check(c -> assertThat(c.territoire()).isNotNull());
      System.out.println("generator-stats: 1000 tries of the demand generator through the engine, run " + tour + ": "
          + (System.nanoTime() - t0) / 1_000_000 + " ms");
    }
  }
}
