package org.sne4j.eligibilite;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.sne4j.commun.Montant;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.menage.Menage;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.ZonagePlafonds;
import org.sne4j.territoire.ZonePlafonds;

@DisplayName("CCH R441-1 1° ; arrêté du 29 juillet 1987 art. 1, 2, 4 : vérification du plafond")
class ControlePlafondsTest {

  private static final LocalDate EXAMEN_2025 = LocalDate.of(2025, 6, 15);
  private final ControlePlafonds controle = ControlePlafonds.parDefaut();

  @Test
  @DisplayName("CCH R441-1 1° ; arrêté du 29 juillet 1987 art. 1, 2, 4 : sous le plafond de sa catégorie et de sa zone, le ménage est éligible")
  void un_menage_sous_le_plafond_est_eligible_et_l_explication_cite_les_chiffres() {
    // GIVEN one person, 2023 RFR 24 000 €, a PLUS dwelling in Paris, examined in 2025
    Menage menage = Menages.personneSeuleAvecRfr2023(24000);
    // WHEN
    VerificationPlafond verification =
        controle.verifier(menage, Logements.unT2PlusAParis(), EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.ELIGIBLE);
    assertThat(verification.plafond().orElseThrow().montant()).isEqualTo(Montant.euros(26687));
    assertThat(verification.revenu().orElseThrow().anneeDesRevenus()).hasValue(2023);
    assertThat(verification.categorie().fondement()).isEqualTo("personne seule");
    assertThat(verification.ecart()).contains(Montant.euros(-2687));
    assertThat(Textes.normaliser(verification.explication()))
        .isEqualTo(
            "Éligible : les ressources retenues (revenu fiscal de référence 2023, 24 000 €)"
                + " n'excèdent pas le plafond PLUS 2025 de 26 687 € (zone « Paris et communes"
                + " limitrophes », catégorie 1 : personne seule).");
    assertThat(verification.motifs()).hasSize(4);
    assertThat(Textes.normaliser(verification.motifs().get(0)))
        .isEqualTo("Paris (75113) : zone « Paris et communes limitrophes ».");
    assertThat(verification.regles())
        .containsExactly(
            RegleEligibilite.PLAFOND_RESSOURCES,
            RegleEligibilite.CATEGORIE_MENAGE,
            RegleEligibilite.ZONE,
            RegleEligibilite.REVENU_N_MOINS_2);
  }

  @Test
  void un_menage_au_dessus_du_plafond_n_est_pas_eligible_et_l_ecart_est_dit() {
    // GIVEN
    Menage menage = Menages.personneSeuleAvecRfr2023(30000);
    // WHEN
    VerificationPlafond verification =
        controle.verifier(menage, Logements.unT2PlusAParis(), EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.NON_ELIGIBLE);
    assertThat(Textes.normaliser(verification.explication()))
        .startsWith(
            "Non éligible : les ressources retenues (revenu fiscal de référence 2023, 30 000 €)"
                + " excèdent de 3 313 € le plafond PLUS 2025 de 26 687 €");
  }

  @Test
  @DisplayName("CCH R441-1 1° : « dont les ressources n'excèdent pas » — un revenu égal au plafond est éligible")
  void un_revenu_egal_au_plafond_est_eligible() {
    // GIVEN an RFR equal to the PLUS 2025 Paris category-1 ceiling
    Menage egal = Menages.personneSeuleAvecRfr2023(26687);
    // WHEN
    VerificationPlafond verification =
        controle.verifier(egal, Logements.unT2PlusAParis(), EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.ELIGIBLE);
    assertThat(verification.ecart()).contains(Montant.ZERO);
  }

  @Test
  void un_centime_au_dessus_du_plafond_n_est_pas_eligible() {
    // GIVEN
    CategorieMenage seul = new CategorieMenage(1, 0, "personne seule");
    // WHEN
    VerificationPlafond verification =
        controle.verifier(
            seul, PlafondsApplicables.PLUS, new CodeInsee("75113"), EXAMEN_2025,
            Optional.of(Montant.centimes(2_668_701)), RevenusInvoques.AUCUN);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.NON_ELIGIBLE);
    assertThat(verification.ecart()).contains(Montant.centimes(1));
  }

  @Test
  void la_categorie_et_son_fondement_choisissent_la_ligne_du_bareme() {
    // GIVEN a single parent with two children: category 4 (« personne seule avec 2 personnes à charge »)
    Menage menage = Menages.parentIsoleAvec(2, 2022, 25000, 2000);
    Logement plaiLille = Logements.unLogement("59350", Financement.PLAI, 4).build();
    // WHEN
    VerificationPlafond verification =
        controle.verifier(menage, plaiLille, LocalDate.of(2024, 3, 1), RevenusInvoques.AUCUN);
    // THEN PLAI 2024, autres régions, category 4 = 24 276 €
    assertThat(verification.categorie().numero()).isEqualTo(4);
    assertThat(verification.plafond().orElseThrow().montant()).isEqualTo(Montant.euros(24276));
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.NON_ELIGIBLE);
    assertThat(Textes.normaliser(verification.explication()))
        .endsWith("(zone « Autres régions », catégorie 4 : personne seule avec 2 personnes à charge).");
  }

  @Test
  @DisplayName("Arrêté du 29 juillet 1987 art. 4 : les revenus N-1 invoqués, plus bas d'au moins 10 %, peuvent rendre éligible")
  void les_revenus_n_moins_1_invoques_peuvent_rendre_eligible() {
    // GIVEN 2023 RFR above the ceiling, 2024 income 20 % lower and below it
    Menage menage = Menages.personneSeuleAvecRfr2023(30000);
    RevenusInvoques invoques = RevenusInvoques.anneeN1(Montant.euros(24000));
    // WHEN
    VerificationPlafond verification =
        controle.verifier(menage, Logements.unT2PlusAParis(), EXAMEN_2025, invoques);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.ELIGIBLE);
    assertThat(verification.revenu().orElseThrow().base()).isEqualTo(RevenuRetenu.Base.REVENUS_N_MOINS_1);
    assertThat(verification.regles()).contains(RegleEligibilite.REVENU_RECENT);
  }

  @Test
  @DisplayName("Arrêté du 29 juillet 1987 art. 1 ; CCH R331-17 : un logement PLS utilise le plafond PLUS majoré de 30 %")
  void un_logement_pls_utilise_le_plafond_plus_majore() {
    // GIVEN
    Logement pls = Logements.unLogement("75113", Financement.PLS, 2).build();
    // WHEN
    VerificationPlafond verification =
        controle.verifier(Menages.personneSeuleAvecRfr2023(30000), pls, EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN 34 693 €
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.ELIGIBLE);
    assertThat(verification.plafond().orElseThrow().montant()).isEqualTo(Montant.euros(34693));
    assertThat(verification.regles()).contains(RegleEligibilite.MAJORATION_PLS);
  }

  @Test
  void un_logement_sans_plafond_est_eligible_sans_revenu() {
    // GIVEN a dwelling with no ceiling and a household without tax notice
    Logement autre = Logements.unLogement("75113", Financement.AUTRE, 2).build();
    // WHEN
    VerificationPlafond verification =
        controle.verifier(Menages.personneSeuleSansRfr(), autre, EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN
    assertThat(verification.statut()).isEqualTo(StatutEligibilite.ELIGIBLE);
    assertThat(verification.plafond()).isEmpty();
    assertThat(verification.explication()).contains("aucun plafond de ressources ne s'applique");
  }

  @Nested
  @DisplayName("Non appréciable : ce qui manque est nommé")
  class Indetermine {

    @Test
    @DisplayName("Arrêté du 29 juillet 1987 art. 4 : sans revenu fiscal N-2, l'éligibilité n'est pas appréciable")
    void sans_revenu_fiscal_de_reference_l_eligibilite_n_est_pas_appreciable() {
      // GIVEN a couple where the spouse has not given his 2023 RFR
      Menage menage = Menages.coupleAvec(0, 15000, true);
      // WHEN
      VerificationPlafond verification =
          controle.verifier(menage, Logements.unT2PlusAParis(), EXAMEN_2025, RevenusInvoques.AUCUN);
      // THEN
      assertThat(verification.statut()).isEqualTo(StatutEligibilite.INDETERMINE);
      assertThat(verification.manquants())
          .containsExactly(
              "Le revenu fiscal de référence 2023 (avis d'imposition 2024) manque pour : Paul MARTIN.");
      assertThat(verification.plafond()).as("the ceiling is still shown").isPresent();
      assertThat(verification.explication())
          .startsWith("Éligibilité au plafond de ressources non appréciable. Le revenu fiscal");
    }

    @Test
    void sans_bareme_plai_2025_l_eligibilite_n_est_pas_appreciable() {
      // GIVEN
      Logement plai = Logements.unLogement("59350", Financement.PLAI_ADAPTE, 1).build();
      // WHEN
      VerificationPlafond verification =
          controle.verifier(Menages.personneSeuleAvecRfr2023(10000), plai, EXAMEN_2025, RevenusInvoques.AUCUN);
      // THEN
      assertThat(verification.statut()).isEqualTo(StatutEligibilite.INDETERMINE);
      assertThat(verification.manquants()).singleElement().asString().contains("PLAI 2025");
    }

    @Test
    void tout_ce_qui_manque_est_liste() {
      // GIVEN no RFR and no PLAI 2025 table
      Logement plai = Logements.unLogement("59350", Financement.PLAI, 1).build();
      // WHEN
      VerificationPlafond verification =
          controle.verifier(Menages.personneSeuleSansRfr(), plai, EXAMEN_2025, RevenusInvoques.AUCUN);
      // THEN
      assertThat(verification.manquants()).hasSize(2);
      assertThat(verification.manquants().get(0)).contains("PLAI 2025");
      assertThat(verification.manquants().get(1)).contains("Awa DIALLO");
    }

    @Test
    void outre_mer_l_eligibilite_n_est_pas_appreciable() {
      Logement reunion = Logements.unLogement("97411", Financement.PLUS, 2).build();
      VerificationPlafond verification =
          controle.verifier(Menages.personneSeuleAvecRfr2023(10000), reunion, EXAMEN_2025, RevenusInvoques.AUCUN);
      assertThat(verification.statut()).isEqualTo(StatutEligibilite.INDETERMINE);
      assertThat(verification.zone()).isEmpty();
      assertThat(verification.manquants()).singleElement().asString().contains("outre-mer");
    }

    @Test
    void un_logement_pli_n_est_pas_appreciable() {
      Logement pli = Logements.unLogement("75113", Financement.PLI, 2).build();
      VerificationPlafond verification =
          controle.verifier(Menages.personneSeuleAvecRfr2023(10000), pli, EXAMEN_2025, RevenusInvoques.AUCUN);
      assertThat(verification.statut()).isEqualTo(StatutEligibilite.INDETERMINE);
      assertThat(verification.manquants()).singleElement().asString().contains("PLI");
    }

    @Test
    void un_zonage_hors_de_sa_periode_de_validite_n_est_pas_utilise() {
      ControlePlafonds borne =
          controle.avec(
              ZonagePlafonds.parDefaut()
                  .avecValidite(LocalDate.of(2024, 1, 1), Optional.of(LocalDate.of(2024, 12, 31))));
      VerificationPlafond verification =
          borne.verifier(Menages.personneSeuleAvecRfr2023(10000), Logements.unT2PlusAParis(), EXAMEN_2025, RevenusInvoques.AUCUN);
      assertThat(verification.statut()).isEqualTo(StatutEligibilite.INDETERMINE);
      assertThat(Textes.normaliser(verification.manquants().get(0)))
          .isEqualTo(
              "La liste des communes limitrophes de Paris n'est valable que du 1er janvier 2024 au"
                  + " 31 décembre 2024, pas le 15 juin 2025.");
    }
  }

  @Nested
  @DisplayName("CCH R441-1 1° : l'éligibilité est monotone en revenu")
  class Monotonie {

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Financement.class, names = {"PLAI", "PLUS", "PLS"})
    void un_revenu_plus_bas_ne_rend_jamais_non_eligible(Financement financement) {
      // GIVEN a dwelling of each ceiling zone and households of categories 1 to 6 + 1
      for (String commune : new String[] {"75113", "92002", "59350"}) {
        Logement logement = Logements.unLogement(commune, financement, 3).build();
        for (int numero = 1; numero <= 7; numero++) {
          CategorieMenage categorie =
              new CategorieMenage(Math.min(numero, 6), Math.max(0, numero - 6), "essai");
          boolean dejaNonEligible = false;
          // WHEN the income rises by 100 € steps
          for (long euros = 0; euros <= 150_000; euros += 100) {
            VerificationPlafond verification =
                controle.verifier(
                    categorie, logement.plafondsApplicables(), logement.commune(),
                    LocalDate.of(2024, 9, 1), Optional.of(Montant.euros(euros)),
                    RevenusInvoques.AUCUN);
            // THEN once not eligible, never eligible again at a higher income
            assertThat(verification.statut()).isNotEqualTo(StatutEligibilite.INDETERMINE);
            if (dejaNonEligible) {
              assertThat(verification.statut())
                  .as("%s %s catégorie %s à %s €", financement, commune, numero, euros)
                  .isEqualTo(StatutEligibilite.NON_ELIGIBLE);
            }
            dejaNonEligible |= verification.statut() == StatutEligibilite.NON_ELIGIBLE;
          }
          assertThat(dejaNonEligible).as("the ceiling is reached below 150 000 €").isTrue();
        }
      }
    }

    @Test
    void un_revenu_n_moins_1_invoque_plus_bas_ne_rend_jamais_non_eligible() {
      // GIVEN a fixed 2023 RFR above the ceiling
      Menage menage = Menages.personneSeuleAvecRfr2023(40000);
      boolean dejaNonEligible = false;
      for (long n1 = 0; n1 <= 45_000; n1 += 25) {
        // WHEN
        VerificationPlafond verification =
            controle.verifier(
                menage, Logements.unT2PlusAParis(), EXAMEN_2025,
                RevenusInvoques.anneeN1(Montant.euros(n1)));
        // THEN
        if (dejaNonEligible) {
          assertThat(verification.statut()).as("N-1 = %s €", n1).isEqualTo(StatutEligibilite.NON_ELIGIBLE);
        }
        dejaNonEligible |= verification.statut() == StatutEligibilite.NON_ELIGIBLE;
      }
      assertThat(dejaNonEligible).isTrue();
    }
  }

  @Test
  void la_zone_retenue_est_celle_du_zonage_fourni() {
    // GIVEN Antony (92002) declared bordering by a local zoning (test)
    ControlePlafonds local =
        controle.avec(
            ZonagePlafonds.de(
                java.util.Map.of(new CodeInsee("92002"), "Antony"), "essai",
                LocalDate.of(2024, 1, 1), Optional.empty()));
    Logement antony = Logements.unLogement("92002", Financement.PLUS, 3).build();
    // WHEN
    VerificationPlafond verification =
        local.verifier(Menages.coupleAvec(1, 20000, false), antony, EXAMEN_2025, RevenusInvoques.AUCUN);
    // THEN category 3 in Paris zone: 52 284 € instead of 47 944 €
    assertThat(verification.zone()).contains(ZonePlafonds.PARIS_ET_COMMUNES_LIMITROPHES);
    assertThat(verification.plafond().orElseThrow().montant()).isEqualTo(Montant.euros(52284));
  }
}
