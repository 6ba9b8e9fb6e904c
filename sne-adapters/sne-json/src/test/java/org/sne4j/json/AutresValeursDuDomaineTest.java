package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Montant;
import org.sne4j.demande.Demande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.territoire.ZonagePlafonds;
import tools.jackson.databind.json.JsonMapper;

/** Records of the core other than the events also read back unchanged. */
class AutresValeursDuDomaineTest {

  private final JsonMapper mapper = SneJson.mapper();

  @Test
  void un_logement_garde_sa_surface_en_chaine_et_ses_montants() {
    // GIVEN
    Logement logement =
        Logement.builder()
            .identifiant("59350-LMH-000417")
            .bailleur(Acteur.bailleur("LMH", "Lille Métropole Habitat"))
            .commune("59350")
            .nombrePieces(3)
            .surface("65.5")
            .etage(2)
            .ascenseur(true)
            .equipements(EnumSet.of(EquipementHandicap.ASCENSEUR, EquipementHandicap.DOUCHE_SANS_SEUIL))
            .financement(Financement.PLAI)
            .loyer(Montant.parse("412.36"))
            .charges(Montant.parse("80"))
            .typeHabitat(TypeHabitat.COLLECTIF)
            .build();

    // WHEN
    String json = mapper.writeValueAsString(logement);

    // THEN
    assertThat(json).contains("\"surface\":\"65.50\"", "\"loyer\":\"412.36\"", "\"typologie\":\"T3\"", "\"financement\":\"PLAI\"");
    assertThat(mapper.readValue(json, Logement.class)).isEqualTo(logement);
  }

  @Test
  void un_zonage_garde_ses_communes_par_code_insee_dans_l_ordre() {
    // WHEN
    String json = mapper.writeValueAsString(ZonagePlafonds.parDefaut());

    // THEN
    assertThat(json).contains("\"92012\":\"Boulogne-Billancourt\"");
    assertThat(mapper.readValue(json, ZonagePlafonds.class)).isEqualTo(ZonagePlafonds.parDefaut());
  }

  @Test
  void les_delais_sont_des_periodes_iso_et_la_politique_de_diffusion_se_relit() {
    // WHEN
    String delais = mapper.writeValueAsString(DelaisReglementaires.parDefaut());

    // THEN
    assertThat(delais).containsPattern("\"P[0-9]+[YMD]");
    assertThat(mapper.readValue(delais, DelaisReglementaires.class)).isEqualTo(DelaisReglementaires.parDefaut());
    assertThat(mapper.readValue(mapper.writeValueAsString(PolitiqueDiffusion.parDefaut()), PolitiqueDiffusion.class))
        .isEqualTo(PolitiqueDiffusion.parDefaut());
  }

  @Test
  void l_etat_d_une_demande_pli_de_ses_evenements_se_relit() {
    // GIVEN
    Demande etat = null;
    for (EvenementDemande e : List.of(Exemples.inscription(), Exemples.decisionCal(), Exemples.radiationPourAttribution())) {
      etat = Demande.evolve(etat, e);
    }

    // WHEN
    String json = mapper.writeValueAsString(etat);

    // THEN
    assertThat(mapper.readValue(json, Demande.class)).isEqualTo(etat);
  }

  @Test
  void un_montant_n_est_jamais_un_nombre_json() {
    assertThat(mapper.writeValueAsString(Montant.centimes(-5))).isEqualTo("\"-0.05\"");
    assertThat(mapper.writeValueAsString(Montant.euros(1234))).isEqualTo("\"1234.00\"");
    assertThat(mapper.readValue("\"1234.50\"", Montant.class)).isEqualTo(Montant.parse("1234.5"));
    assertThat(mapper.writeValueAsString(new BigDecimal("65.5"))).isEqualTo("\"65.5\"");
  }

  @Test
  void un_optionnel_vide_est_absent_et_se_relit_d_un_champ_absent_ou_nul() {
    // WHEN / THEN
    assertThat(mapper.writeValueAsString(org.sne4j.menage.Contact.AUCUN)).isEqualTo("{}");
    assertThat(mapper.readValue("{}", org.sne4j.menage.Contact.class)).isEqualTo(org.sne4j.menage.Contact.AUCUN);
    assertThat(mapper.readValue("{\"telephone\":null,\"email\":null}", org.sne4j.menage.Contact.class))
        .isEqualTo(org.sne4j.menage.Contact.AUCUN);
    assertThat(mapper.readValue("{\"modeles\":[\"HLM\"],\"surface\":null}", org.sne4j.logement.LogementActuel.class))
        .isEqualTo(org.sne4j.logement.LogementActuel.de(org.sne4j.logement.ModeleLogement.LOCATAIRE_HLM));
  }

  @Test
  void une_date_est_iso() {
    assertThat(mapper.writeValueAsString(LocalDate.of(2026, 1, 9))).isEqualTo("\"2026-01-09\"");
  }
}
