package org.sne4j.logement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Montant;
import org.sne4j.handicap.EquipementHandicap;

class LogementTest {

  private static Logement.Builder unT3() {
    return Logement.builder()
        .identifiant("RPLS-0001")
        .bailleur(Acteur.bailleur("BAIL-1", "Office public de l'habitat"))
        .commune("93066")
        .typologie(TypologieRpls.T3)
        .surface("65.5")
        .financement(Financement.PLUS)
        .loyer(Montant.euros(450))
        .charges(Montant.euros(80))
        .typeHabitat(TypeHabitat.COLLECTIF);
  }

  @Test
  void un_logement_se_construit_avec_ses_donnees_rpls() {
    // GIVEN
    Logement.Builder builder = unT3().etage(3).ascenseur(true).enQpv(true);

    // WHEN
    Logement logement = builder.build();

    // THEN
    assertThat(logement.nombrePieces()).isEqualTo(3);
    assertThat(logement.loyerEtCharges()).isEqualTo(Montant.euros(530));
    assertThat(logement.enQpv()).isTrue();
    assertThat(logement).isEqualTo(builder.surface("65.50").build());
    assertThat(logement.plafondsApplicables()).isEqualTo(PlafondsApplicables.PLUS);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "PLAI, PLAI",
    "PLAI_ADAPTE, PLAI",
    "PLUS, PLUS",
    "PLS, PLS",
    "PLI, PLI",
    "AUTRE, AUCUN"
  })
  @DisplayName("Arrêté du 29 juillet 1987 art. 1 : le financement désigne le barème de plafonds")
  void le_financement_designe_le_bareme_de_plafonds(
      Financement financement, PlafondsApplicables attendu) {
    // GIVEN a financing
    // WHEN
    PlafondsApplicables plafonds = financement.plafondsApplicables();
    // THEN
    assertThat(plafonds).isEqualTo(attendu);
    assertThat(financement.libelle()).isNotBlank();
  }

  @Test
  void la_typologie_t9p_admet_neuf_pieces_et_plus() {
    // GIVEN
    Logement.Builder builder = unT3().nombrePieces(11);
    // WHEN
    Logement logement = builder.build();
    // THEN
    assertThat(logement.typologie()).isEqualTo(TypologieRpls.T9_ET_PLUS);
    assertThat(logement.nombrePieces()).isEqualTo(11);
  }

  @Test
  void la_typologie_doit_correspondre_au_nombre_de_pieces() {
    // GIVEN
    Logement modele = unT3().build();
    // WHEN / THEN
    assertThatThrownBy(
            () ->
                new Logement(
                    modele.identifiant(), modele.bailleur(), modele.commune(), false,
                    TypologieRpls.T3, 4, modele.surface(), 0, false, Set.of(),
                    modele.financement(), modele.loyer(), modele.charges(), modele.typeHabitat()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("T3")
        .hasMessageContaining("4");
  }

  @Test
  void le_proprietaire_doit_etre_un_bailleur() {
    // GIVEN
    Logement.Builder builder = unT3().bailleur(Acteur.reservataire("R1", "Action Logement"));
    // WHEN / THEN
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bailleur");
  }

  @Test
  void un_ascenseur_parmi_les_equipements_suppose_un_ascenseur() {
    // GIVEN
    Logement.Builder builder =
        unT3().ascenseur(false).equipements(Set.of(EquipementHandicap.ASCENSEUR));
    // WHEN / THEN
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lift");
  }

  @Test
  void loyer_charges_et_surface_ne_peuvent_etre_negatifs() {
    assertThatThrownBy(() -> unT3().loyer(Montant.euros(-1)).build())
        .hasMessageContaining("-1.00");
    assertThatThrownBy(() -> unT3().charges(Montant.centimes(-5)).build())
        .hasMessageContaining("-0.05");
    assertThatThrownBy(() -> unT3().surface("0").build()).hasMessageContaining("0 m²");
    assertThatThrownBy(() -> unT3().surface("12.345").build())
        .hasMessageContaining("12.345");
  }

  @Test
  void le_constructeur_nomme_le_champ_obligatoire_manquant() {
    // GIVEN
    Logement.Builder builder = unT3().financement(null);
    // WHEN / THEN
    assertThatThrownBy(builder::build)
        .isInstanceOf(NullPointerException.class)
        .hasMessage("financement");
  }
}
