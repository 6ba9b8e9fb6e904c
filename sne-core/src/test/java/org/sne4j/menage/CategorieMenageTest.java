package org.sne4j.menage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.Contenus.enfant;
import static org.sne4j.Contenus.titulaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.commun.Montant;

@DisplayName("Catégorie de ménage (arrêté du 29 juillet 1987, art. 1 et 2)")
class CategorieMenageTest {

  private static final LocalDate LE = LocalDate.of(2026, 1, 15);

  private static Titulaire age(int ans) {
    return titulaire("Prénom" + ans, "NOM", LE.minusYears(ans).minusDays(1));
  }

  private static Titulaire handicape(Titulaire t) {
    return new Titulaire(t.civilite(), t.nom(), t.nomUsage(), t.prenom(), t.dateNaissance(), t.nationalite(),
        t.situationFamiliale(), t.nir(), t.contact(), t.adresse(), t.situationProfessionnelle(), t.revenusFiscaux(),
        t.ressources(), t.ressourcesVersees(), true);
  }

  private static Menage menage(Titulaire demandeur, List<Cotitulaire> cotitulaires, int enfants) {
    List<PersonneACharge> aCharge = new ArrayList<>();
    for (int i = 0; i < enfants; i++) {
      aCharge.add(enfant("Enfant" + i, LE.minusYears(5 + i)));
    }
    return new Menage(demandeur, cotitulaires, aCharge, Optional.empty(), List.of());
  }

  private static Cotitulaire conjoint(int ans) {
    return new Cotitulaire(age(ans), LienDemandeur.CONJOINT);
  }

  @Test
  void une_personne_seule_est_en_categorie_1() {
    assertThat(Menage.personneSeule(age(40)).categorie(LE).numero()).isEqualTo(1);
  }

  @Test
  void une_personne_seule_en_situation_de_handicap_est_en_categorie_2() {
    CategorieMenage c = Menage.personneSeule(handicape(age(40))).categorie(LE);
    assertThat(c.numero()).isEqualTo(2);
    assertThat(c.fondement()).isEqualTo("personne seule en situation de handicap");
  }

  @Test
  void deux_personnes_sans_personne_a_charge_sont_en_categorie_2() {
    assertThat(menage(age(40), List.of(conjoint(40)), 0).categorie(LE).numero()).isEqualTo(2);
  }

  @Test
  void un_jeune_menage_de_55_ans_cumules_est_en_categorie_3_mais_pas_a_56() {
    assertThat(menage(age(27), List.of(conjoint(28)), 0).categorie(LE).numero()).isEqualTo(3);
    assertThat(menage(age(27), List.of(conjoint(28)), 0).categorie(LE).fondement()).contains("jeune ménage");
    assertThat(menage(age(28), List.of(conjoint(28)), 0).categorie(LE).numero()).isEqualTo(2);
  }

  @Test
  void deux_colocataires_jeunes_ne_forment_pas_un_jeune_menage() {
    Menage m = menage(age(20), List.of(new Cotitulaire(age(21), LienDemandeur.COLOCATAIRE)), 0);
    assertThat(m.categorie(LE).numero()).isEqualTo(2);
  }

  @Test
  void une_personne_seule_avec_une_personne_a_charge_est_en_categorie_3() {
    assertThat(menage(age(35), List.of(), 1).categorie(LE).numero()).isEqualTo(3);
  }

  @Test
  void une_personne_seule_avec_deux_trois_ou_quatre_personnes_a_charge_monte_d_une_categorie() {
    assertThat(menage(age(35), List.of(), 2).categorie(LE).numero()).isEqualTo(4);
    assertThat(menage(age(35), List.of(), 3).categorie(LE).numero()).isEqualTo(5);
    assertThat(menage(age(35), List.of(), 4).categorie(LE).numero()).isEqualTo(6);
  }

  @Test
  void trois_quatre_cinq_six_personnes_donnent_les_categories_3_a_6() {
    assertThat(menage(age(40), List.of(conjoint(40)), 1).categorie(LE).numero()).isEqualTo(3);
    assertThat(menage(age(40), List.of(conjoint(40)), 2).categorie(LE).numero()).isEqualTo(4);
    assertThat(menage(age(40), List.of(conjoint(40)), 3).categorie(LE).numero()).isEqualTo(5);
    assertThat(menage(age(40), List.of(conjoint(40)), 4).categorie(LE).numero()).isEqualTo(6);
  }

  @Test
  void au_dela_de_six_personnes_chacune_est_une_personne_supplementaire() {
    CategorieMenage c = menage(age(40), List.of(conjoint(40)), 6).categorie(LE);
    assertThat(c.numero()).isEqualTo(6);
    assertThat(c.personnesSupplementaires()).isEqualTo(2);
  }

  @Test
  void le_handicap_fait_monter_d_une_seule_categorie_meme_a_plusieurs() {
    Menage deuxHandicapes = menage(handicape(age(40)), List.of(new Cotitulaire(handicape(age(40)), LienDemandeur.CONJOINT)), 0);
    assertThat(deuxHandicapes.categorie(LE).numero()).isEqualTo(3);
    Menage cinqAvecHandicap = menage(handicape(age(40)), List.of(conjoint(40)), 3);
    assertThat(cinqAvecHandicap.categorie(LE).numero()).isEqualTo(6);
    Menage parentIsoleHandicape = menage(handicape(age(40)), List.of(), 1);
    assertThat(parentIsoleHandicape.categorie(LE).numero()).isEqualTo(3);
  }

  @Test
  void un_enfant_en_garde_alternee_compte_au_foyer() {
    Menage m = new Menage(age(40), List.of(), List.of(), Optional.empty(),
        List.of(new EnfantEnGarde("Léo", LE.minusYears(8), Coparentalite.GARDE_ALTERNEE)));
    assertThat(m.personnesALoger()).isEqualTo(2);
    assertThat(m.categorie(LE).numero()).isEqualTo(3);
  }

  @Test
  void un_enfant_a_naitre_n_est_pas_compte_dans_la_categorie_sauf_pratique_locale() {
    Menage m = new Menage(age(30), List.of(), List.of(), Optional.of(new NaissanceAttendue(1, LE.plusMonths(3))), List.of());
    assertThat(m.categorie(LE).numero()).isEqualTo(1);
    assertThat(m.categorie(LE, EnfantsANaitre.COMPTES_COMME_PERSONNES_A_CHARGE).numero()).isEqualTo(3);
    assertThat(m.personnesALoger()).isEqualTo(2);
  }

  @Test
  void les_unites_de_consommation_suivent_l_echelle_oecd_modifiee() {
    Menage m = menage(age(40), List.of(conjoint(40)), 0);
    assertThat(m.unitesConsommation(LE)).isEqualByComparingTo("1.5");
    Menage famille = new Menage(age(40), List.of(conjoint(40)),
        List.of(enfant("Ado", LE.minusYears(15)), enfant("Petit", LE.minusYears(3))), Optional.empty(), List.of());
    assertThat(famille.unitesConsommation(LE)).isEqualByComparingTo(new BigDecimal("2.3"));
  }

  @Test
  void le_revenu_fiscal_du_menage_est_la_somme_des_titulaires_et_vide_s_il_en_manque_un() {
    Menage m = menage(age(40), List.of(conjoint(40)), 0);
    assertThat(m.revenuFiscalDeReference(2024)).contains(Montant.euros(38_000));
    assertThat(m.revenuFiscalDeReference(2022)).isEmpty();
    assertThat(m.ressourcesMensuelles()).isEqualTo(Montant.euros(3_200));
  }
}
