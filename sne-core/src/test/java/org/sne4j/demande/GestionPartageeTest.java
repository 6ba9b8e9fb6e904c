package org.sne4j.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.demande.Histoire.AUTRE_BAILLEUR;
import static org.sne4j.demande.Histoire.BAILLEUR;
import static org.sne4j.demande.Histoire.COMED;
import static org.sne4j.demande.Histoire.DESK;
import static org.sne4j.demande.Histoire.NUMERO;
import static org.sne4j.demande.Histoire.PREFET;
import static org.sne4j.demande.Histoire.RESERVATAIRE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.priorite.StatutDalo;

class GestionPartageeTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);
  static final LocalDate CAL = LocalDate.of(2025, 11, 4);
  static final IdentifiantRpls LOGEMENT = IdentifiantRpls.parse("RPLS0001");

  static DonneesAttribution attribution(boolean dalo) {
    return new DonneesAttribution(LOGEMENT, AccordCollectif.AUCUN, dalo, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT);
  }

  static final String CONSEQUENCES = "Votre demande reste active.";

  static ActeAttribution offre(LocalDate limite) {
    return new ActeAttribution.EmettreOffre(NUMERO, BAILLEUR, LOGEMENT, limite, "T3 de 65 m²", false, CONSEQUENCES);
  }

  /** A decision, then the offer and its acceptance. */
  static Histoire acceptee(DecisionCal decision) {
    Histoire h = decision(decision);
    h.le(CAL.plusDays(1)).accepte(offre(CAL.plusDays(11)));
    h.le(CAL.plusDays(5)).accepte(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT));
    return h;
  }

  static Histoire decision(DecisionCal decision) {
    Histoire h = Histoire.enregistreeLe(DEPOT);
    h.le(CAL.minusDays(10)).accepte(new ActeAttribution.Designer(NUMERO, RESERVATAIRE, LOGEMENT,
        Optional.of(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT)));
    h.accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, CAL));
    h.le(CAL).accepte(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT, decision));
    return h;
  }

  @Nested
  @DisplayName("Caractère prioritaire — CCH R441-2-15 I, L441-1")
  class Priorite {

    @Test
    void la_comed_reconnait_le_dalo_et_le_statut_devient_actif_puis_caduc() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 1)).accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, LocalDate.of(2025, 5, 28), Optional.of("COMED-59-2025-117")));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.ACTIF);
      assertThat(h.etat().estPrioritaire()).isTrue();
      h.le(LocalDate.of(2025, 12, 1)).accepte(new CommandeDemande.RetirerPriorite(NUMERO, PREFET, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, "Décision devenue caduque"));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.CADUC);
      assertThat(h.etat().estPrioritaire()).isFalse();
    }

    @Test
    void chaque_source_enregistre_sa_propre_reconnaissance() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, DEPOT, Optional.empty())).code()).isEqualTo("DEM-PRIORITE-SOURCE");
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.DECISION_DALO, DEPOT, Optional.empty())).code()).isEqualTo("DEM-PRIORITE-SOURCE");
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, DEPOT.plusDays(1), Optional.empty())).code()).isEqualTo("DEM-PRIORITE-SOURCE");
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.VIOLENCES_AU_SEIN_DU_COUPLE,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty()));
      assertThat(h.etat().labels()).singleElement()
          .satisfies(l -> assertThat(l.publicPrioritaire()).isEqualTo(PublicPrioritaire.VIOLENCES_AU_SEIN_DU_COUPLE));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.NON);
    }

    @Test
    void les_contingents_eligibles_sont_indiques_par_reservataire_bailleur_ou_etat() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      ContingentEligible als = new ContingentEligible(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT, "ALS");
      h.accepte(new CommandeDemande.DeclarerContingent(NUMERO, RESERVATAIRE, als));
      assertThat(h.etat().contingentsEligibles()).containsExactly(als);
      assertThat(h.refuse(new CommandeDemande.DeclarerContingent(NUMERO, Acteur.demandeur(), als)).code())
          .isEqualTo("DEM-CONTINGENT-AUTEUR");
    }
  }

  @Nested
  @DisplayName("Désignation, CAL et bail — CCH R441-3, R441-2-8 a, R441-2-9, R441-10")
  class CalEtBail {

    @Test
    void la_cal_ne_statue_que_sur_une_candidature_inscrite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(CAL).refuse(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.Attribution())).code()).isEqualTo("DEM-DECISION-SANS-INSCRIPTION");
    }

    @Test
    void seul_un_reservataire_le_bailleur_ou_l_etat_designe() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.Designer(NUMERO, DESK, LOGEMENT, Optional.empty())).code())
          .isEqualTo("DEM-DESIGNATION-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.InscrireEnCal(NUMERO, RESERVATAIRE, LOGEMENT, CAL)).code())
          .isEqualTo("DEM-CAL-BAILLEUR");
    }

    @Test
    void le_bail_signe_apres_attribution_et_acceptation_radie_pour_attribution_avec_les_donnees_r441_2_9() {
      Histoire h = acceptee(new DecisionCal.Attribution());
      List<EvenementDemande> evenements =
          h.le(CAL.plusDays(20)).accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(true)));
      assertThat(evenements).extracting(EvenementDemande::nature)
          .containsExactly(NatureEvenement.BAIL_SIGNE, NatureEvenement.RADIATION);
      Demande.Radiation r = h.etat().radiation().orElseThrow();
      assertThat(r.motif().code()).isEqualTo("RADATT");
      assertThat(r.attribution()).contains(attribution(true));
      assertThat(h.etat().decisionCal(LOGEMENT).orElseThrow().etape()).isEqualTo(EtapeAttribution.BAIL_SIGNE);
    }

    @Test
    void pas_de_bail_sans_attribution_ni_acceptation_ni_par_un_autre_bailleur() {
      Histoire h = decision(new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty()));
      assertThat(h.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-SANS-ATTRIBUTION");
      Histoire attribuee = decision(new DecisionCal.AttributionEnRang(2));
      assertThat(attribuee.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false))).message())
          .contains("Décidée");
      attribuee.le(CAL.plusDays(1)).accepte(offre(CAL.plusDays(11)));
      attribuee.accepte(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT));
      assertThat(attribuee.refuse(new ActeAttribution.SignerBail(NUMERO, AUTRE_BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-SANS-ATTRIBUTION");
      attribuee.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));
    }

    @Test
    @DisplayName("R441-10 : la proposition laisse au moins dix jours ; sans réponse, elle est réputée refusée")
    void une_proposition_laisse_au_moins_dix_jours_et_le_defaut_de_reponse_vaut_refus() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.le(CAL).refuse(offre(CAL.plusDays(9))).code()).isEqualTo("DEM-OFFRE");
      h.accepte(offre(CAL.plusDays(10)));
      assertThat(h.refuse(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-OFFRE");
      assertThat(h.le(CAL.plusDays(11)).refuse(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT)).code())
          .isEqualTo("DEM-OFFRE");
      List<EvenementDemande> refus = h.accepte(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(((EvenementDemande.RefusDuDemandeur) refus.get(0)).defautDeReponse()).isTrue();
      assertThat(h.etat().estRadiee()).isFalse();
    }

    @Test
    @DisplayName("R441-3 c : la condition levée dans le délai permet la proposition puis le bail, pas après")
    void la_condition_suspensive_levee_dans_le_delai_permet_le_bail_pas_apres() {
      DecisionCal.AttributionSousCondition condition = new DecisionCal.AttributionSousCondition(
          Set.of(PieceJustificative.AVIS_IMPOSITION), CAL.plusDays(15), Optional.empty());
      Histoire aTemps = decision(condition);
      assertThat(aTemps.refuse(offre(CAL.plusDays(30))).message()).contains("condition suspensive");
      aTemps.le(CAL.plusDays(15)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      aTemps.accepte(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT));
      aTemps.le(CAL.plusDays(16)).accepte(offre(CAL.plusDays(30)));
      aTemps.accepte(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT));
      aTemps.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));

      Histoire enRetard = decision(condition);
      enRetard.le(CAL.plusDays(16)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      assertThat(enRetard.refuse(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-SUSPENSIVE");
      enRetard.accepte(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(enRetard.etat().decisionCal(LOGEMENT).orElseThrow().etape()).isEqualTo(EtapeAttribution.CONDITION_NON_LEVEE);
      assertThat(enRetard.refuse(offre(CAL.plusDays(30))).code()).isEqualTo("DEM-OFFRE");
    }

    @Test
    void la_non_levee_ne_se_constate_qu_apres_le_delai() {
      Histoire h = decision(new DecisionCal.AttributionSousCondition(
          Set.of(PieceJustificative.TITRE_SEJOUR), CAL.plusDays(15), Optional.empty()));
      assertThat(h.le(CAL.plusDays(15)).refuse(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-SUSPENSIVE");
      h.le(CAL.plusDays(16)).accepte(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT));
    }

    @Test
    void un_logement_refuse_ne_se_signe_pas_et_le_refus_suppose_une_attribution() {
      Histoire sansAttribution = Histoire.enregistreeLe(DEPOT);
      assertThat(sansAttribution.refuse(new ActeAttribution.EnregistrerRefus(NUMERO, BAILLEUR, LOGEMENT, "Trop loin")).code())
          .isEqualTo("DEM-REFUS-SANS-ATTRIBUTION");
      Histoire h = decision(new DecisionCal.Attribution());
      h.accepte(offre(CAL.plusDays(12)));
      h.accepte(new ActeAttribution.EnregistrerRefus(NUMERO, Acteur.demandeur(), LOGEMENT, "Trop loin du travail"));
      assertThat(h.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-SANS-ATTRIBUTION");
      assertThat(h.etat().estRadiee()).isFalse();
    }

    @Test
    @DisplayName("R441-2-8 a : un mieux classé signe, l'attribution devient sans suite, la demande reste active")
    void l_attribution_en_rang_devient_sans_suite_et_la_demande_reste_active() {
      Histoire h = decision(new DecisionCal.AttributionEnRang(2));
      List<EvenementDemande> e = h.accepte(new ActeAttribution.SignalerAttributionSansSuite(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(((EvenementDemande.AttributionSansSuite) e.get(0)).rang()).isEqualTo(2);
      assertThat(h.etat().estRadiee()).isFalse();
      assertThat(h.etat().dateDepot()).isEqualTo(DEPOT);
      assertThat(h.etat().decisionCal(LOGEMENT).orElseThrow().etape()).isEqualTo(EtapeAttribution.SANS_SUITE);
    }

    @Test
    void le_dalo_reloge_passe_en_actrel() {
      Histoire h = acceptee(new DecisionCal.Attribution());
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DALO, SourcePriorite.DECISION_DALO,
          DEPOT, Optional.empty()));
      h.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(true)));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.ACTIF_RELOGE);
    }

    @Test
    void la_condition_suspensive_ne_peut_pas_avoir_un_delai_deja_passe() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(CAL).accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, CAL));
      assertThat(h.refuse(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.TITRE_SEJOUR), CAL.minusDays(1), Optional.empty())))
          .code()).isEqualTo("DEM-CAL-BAILLEUR");
    }
  }

  @Nested
  @DisplayName("Traçabilité et diffusion — CCH R441-2-15, R441-2-17")
  class TracabiliteEtDiffusion {

    @Test
    void seul_l_auteur_retire_un_evenement_et_le_retrait_reste_trace() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty()));
      long version = h.etat().version();
      assertThat(h.refuse(new CommandeDemande.AnnulerEvenement(NUMERO, AUTRE_BAILLEUR, version, "Erreur")).code())
          .isEqualTo("DEM-ANNULATION");
      h.accepte(new CommandeDemande.AnnulerEvenement(NUMERO, BAILLEUR, version, "Saisie sur le mauvais dossier"));
      assertThat(h.etat().estPrioritaire()).isFalse();
      assertThat(h.evenements()).hasSize(3);
      assertThat(h.refuse(new CommandeDemande.AnnulerEvenement(NUMERO, BAILLEUR, version, "Encore")).code())
          .isEqualTo("DEM-ANNULATION");
      assertThat(h.refuse(new CommandeDemande.AnnulerEvenement(NUMERO, DESK, 1, "L'enregistrement")).code())
          .isEqualTo("DEM-ANNULATION");
    }

    @Test
    void par_defaut_le_contingent_est_masque_mais_la_decision_de_cal_est_toujours_visible() {
      Histoire h = Histoire.enregistreeLe(DEPOT).avec(PolitiqueDiffusion.minimumLegal());
      EvenementDemande contingent = h.accepte(new CommandeDemande.DeclarerContingent(NUMERO, RESERVATAIRE,
          new ContingentEligible(TypeReservataire.COLLECTIVITES, "Ville de Lille"))).get(0);
      h.accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, DEPOT));
      EvenementDemande decision = h.accepte(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.AttributionEnRang(2))).get(0);
      assertThat(contingent.visibleDuDemandeur()).isFalse();
      assertThat(decision.visibleDuDemandeur()).isTrue();
      assertThat(PolitiqueDiffusion.parDefaut().estVisible(NatureEvenement.DESIGNATION)).isTrue();
      assertThat(PolitiqueDiffusion.parDefaut().estVisible(NatureEvenement.CONTINGENT_ELIGIBLE)).isFalse();
    }

    @Test
    void un_evenement_local_est_enregistre_par_un_partenaire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.EnregistrerEvenementLocal(NUMERO, DESK, "ENTRETIEN_SIAD", "Entretien d'information au SIAD"));
      assertThat(h.refuse(new CommandeDemande.EnregistrerEvenementLocal(NUMERO, Acteur.demandeur(), "X", "y")).code())
          .isEqualTo("DEM-EVENEMENT-LOCAL");
    }
  }
}
