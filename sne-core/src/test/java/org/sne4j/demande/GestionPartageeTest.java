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
import org.sne4j.commun.Refus;
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

  /** A decision, then the offer. */
  static Histoire offerte(DecisionCal decision) {
    Histoire h = decision(decision);
    h.le(CAL.plusDays(1)).accepte(offre(CAL.plusDays(11)));
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

  static DecisionCal.AttributionSousCondition sousCondition() {
    return new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), CAL.plusDays(15), Optional.empty());
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
    @DisplayName("R441-2-15 I : chaque source enregistre sa propre reconnaissance, et elle seule")
    void chaque_source_enregistre_sa_propre_reconnaissance() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, DEPOT, Optional.empty())).code()).isEqualTo("DEM-PRIORITE-SOURCE");
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.VIOLENCES_AU_SEIN_DU_COUPLE,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty()));
      assertThat(h.etat().labels()).singleElement()
          .satisfies(l -> assertThat(l.publicPrioritaire()).isEqualTo(PublicPrioritaire.VIOLENCES_AU_SEIN_DU_COUPLE));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.NON);
    }

    @Test
    @DisplayName("R441-2-15 I : une reconnaissance est retirée par sa source, pas par un autre")
    void une_reconnaissance_est_retiree_par_sa_source() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty()));
      assertThat(h.refuse(new CommandeDemande.RetirerPriorite(NUMERO, COMED, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, "Erreur")).code()).isEqualTo("DEM-PRIORITE-SOURCE");
    }

    @Test
    @DisplayName("L441-2-3 II, R441-2-15 I : seule la décision de la commission de médiation reconnaît le DALO, et rien d'autre")
    void seule_la_comed_reconnait_le_dalo() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DALO,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty())).code()).isEqualTo("DEM-PRIORITE-DALO");
      assertThat(h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.DECISION_DALO, DEPOT, Optional.empty())).code()).isEqualTo("DEM-PRIORITE-DALO");
    }

    @Test
    @DisplayName("R441-2-15 I : la décision reconnaissant la priorité n'est pas datée du futur")
    void la_decision_n_est_pas_datee_du_futur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      Refus r = h.refuse(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, DEPOT.plusDays(1), Optional.empty()));
      assertThat(r.code()).isEqualTo("DEM-PRIORITE-DATE-DECISION");
      assertThat(r.donnees()).containsEntry("dateDecision", DEPOT.plusDays(1).toString());
    }

    @Test
    @DisplayName("R441-2-15 I : on ne retire qu'une reconnaissance enregistrée par cette source")
    void on_ne_retire_qu_une_reconnaissance_enregistree() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.RetirerPriorite(NUMERO, PREFET, PublicPrioritaire.DALO,
          SourcePriorite.DECISION_DALO, "Caduque")).code()).isEqualTo("DEM-PRIORITE-RETRAIT-SANS-RECONNAISSANCE");
    }

    @Test
    @DisplayName("R441-2-15 I : les contingents éligibles sont indiqués par un réservataire, le bailleur ou l'État")
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
  @DisplayName("Pièces justificatives — CCH R441-2-4-1")
  class Pieces {

    @Test
    @DisplayName("R441-2-4-1 : les pièces sont demandées par un service enregistreur ou instructeur")
    void les_pieces_sont_demandees_par_un_service_enregistreur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.DemanderPieces(NUMERO, COMED, Set.of(PieceJustificative.AVIS_IMPOSITION),
          Optional.empty(), Optional.empty())).code()).isEqualTo("DEM-PIECES-AUTEUR");
      h.accepte(new CommandeDemande.DemanderPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION),
          Optional.of(DEPOT.plusDays(15)), Optional.empty()));
    }

    @Test
    @DisplayName("R441-2-4-1 : la date limite de production des pièces n'est pas déjà passée")
    void la_date_limite_des_pieces_n_est_pas_passee() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(DEPOT.plusDays(2)).refuse(new CommandeDemande.DemanderPieces(NUMERO, DESK,
          Set.of(PieceJustificative.AVIS_IMPOSITION), Optional.of(DEPOT.plusDays(1)), Optional.empty())).code())
          .isEqualTo("DEM-PIECES-DATE-LIMITE");
    }

    @Test
    @DisplayName("R441-2-4-1 : les pièces fournies sont enregistrées par un service enregistreur ou le demandeur")
    void les_pieces_fournies_sont_enregistrees_par_un_service_ou_le_demandeur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.EnregistrerPieces(NUMERO, Acteur.demandeur(), Set.of(PieceJustificative.AVIS_IMPOSITION)));
      assertThat(h.refuse(new CommandeDemande.EnregistrerPieces(NUMERO, COMED, Set.of(PieceJustificative.AVIS_IMPOSITION))).code())
          .isEqualTo("DEM-PIECES-FOURNIES-AUTEUR");
    }
  }

  @Nested
  @DisplayName("Désignation, visite et CAL — CCH R441-5, L441-2, R441-3")
  class DesignationEtCal {

    @Test
    @DisplayName("L441-2-1, R441-3 : la CAL ne statue que sur une candidature inscrite")
    void la_cal_ne_statue_que_sur_une_candidature_inscrite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(CAL).refuse(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.Attribution())).code()).isEqualTo("DEM-DECISION-SANS-INSCRIPTION");
    }

    @Test
    @DisplayName("R441-5 : seul un réservataire, le bailleur ou l'État désigne")
    void seul_un_reservataire_le_bailleur_ou_l_etat_designe() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.Designer(NUMERO, DESK, LOGEMENT, Optional.empty())).code())
          .isEqualTo("DEM-DESIGNATION-AUTEUR");
    }

    @Test
    @DisplayName("L441-2, R441-3 : l'inscription en CAL et la décision sont le fait du bailleur")
    void l_inscription_et_la_decision_sont_le_fait_du_bailleur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.InscrireEnCal(NUMERO, RESERVATAIRE, LOGEMENT, CAL)).code())
          .isEqualTo("DEM-CAL-BAILLEUR");
      h.accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, CAL));
      assertThat(h.le(CAL).refuse(new ActeAttribution.RendreDecisionCal(NUMERO, RESERVATAIRE, LOGEMENT,
          new DecisionCal.Attribution())).code()).isEqualTo("DEM-CAL-BAILLEUR");
    }

    @Test
    @DisplayName("R441-3 : une demande n'est inscrite que pour une séance à venir")
    void une_demande_n_est_inscrite_que_pour_une_seance_a_venir() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(CAL).refuse(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, CAL.minusDays(1))).code())
          .isEqualTo("DEM-CAL-SEANCE-PASSEE");
    }

    @Test
    @DisplayName("R441-2-15 I : la visite est proposée et constatée par le bailleur ou le réservataire")
    void la_visite_est_le_fait_du_bailleur_ou_du_reservataire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.ProposerVisite(NUMERO, RESERVATAIRE, LOGEMENT, DEPOT.plusDays(3)));
      assertThat(h.refuse(new CommandeDemande.ProposerVisite(NUMERO, DESK, LOGEMENT, DEPOT.plusDays(3))).code())
          .isEqualTo("DEM-VISITE-AUTEUR");
      assertThat(h.refuse(new CommandeDemande.ConstaterVisite(NUMERO, COMED, LOGEMENT)).code()).isEqualTo("DEM-VISITE-AUTEUR");
    }

    @Test
    @DisplayName("R441-3 c : la condition suspensive ne peut pas avoir un délai déjà passé")
    void la_condition_suspensive_ne_peut_pas_avoir_un_delai_deja_passe() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(CAL).accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, CAL));
      assertThat(h.refuse(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.TITRE_SEJOUR), CAL.minusDays(1), Optional.empty())))
          .code()).isEqualTo("DEM-DECISION-CONDITION-DELAI");
    }
  }

  @Nested
  @DisplayName("Proposition et réponse — CCH R441-10, R441-3")
  class PropositionEtReponse {

    @Test
    @DisplayName("R441-10 : la proposition laisse au moins dix jours pour répondre")
    void une_proposition_laisse_au_moins_dix_jours() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.le(CAL).refuse(offre(CAL.plusDays(9))).code()).isEqualTo("DEM-OFFRE");
      h.accepte(offre(CAL.plusDays(10)));
    }

    @Test
    @DisplayName("R441-10 : le logement est proposé par le bailleur dont la commission l'a attribué")
    void le_logement_est_propose_par_le_bailleur_attributaire() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.refuse(new ActeAttribution.EmettreOffre(NUMERO, RESERVATAIRE, LOGEMENT, CAL.plusDays(11), "T3", false,
          CONSEQUENCES)).code()).isEqualTo("DEM-OFFRE-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.EmettreOffre(NUMERO, AUTRE_BAILLEUR, LOGEMENT, CAL.plusDays(11), "T3", false,
          CONSEQUENCES)).code()).isEqualTo("DEM-OFFRE-AUTEUR");
    }

    @Test
    @DisplayName("R441-3, R441-10 : un logement n'est proposé qu'au demandeur à qui il a été attribué")
    void pas_de_proposition_sans_attribution() {
      Histoire h = decision(new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty()));
      assertThat(h.refuse(offre(CAL.plusDays(11))).code()).isEqualTo("DEM-OFFRE-SANS-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-3 b, R441-10 : un logement attribué n'est proposé qu'une fois")
    void un_logement_n_est_propose_qu_une_fois() {
      Histoire h = offerte(new DecisionCal.Attribution());
      Refus r = h.refuse(offre(CAL.plusDays(12)));
      assertThat(r.code()).isEqualTo("DEM-OFFRE-ETAPE");
      assertThat(r.donnees()).containsEntry("etape", EtapeAttribution.OFFERTE.name());
    }

    @Test
    @DisplayName("R441-3 c : une attribution sous condition n'est proposée qu'une fois la condition levée")
    void pas_de_proposition_avant_la_levee_de_la_condition() {
      Histoire h = decision(sousCondition());
      Refus r = h.refuse(offre(CAL.plusDays(30)));
      assertThat(r.code()).isEqualTo("DEM-OFFRE-CONDITION-NON-LEVEE");
      assertThat(r.message()).contains("condition suspensive");
    }

    @Test
    @DisplayName("R441-10 : la réponse vient du demandeur ou du bailleur qui a proposé")
    void la_reponse_vient_du_demandeur_ou_du_bailleur() {
      Histoire h = offerte(new DecisionCal.Attribution());
      assertThat(h.refuse(new ActeAttribution.AccepterOffre(NUMERO, COMED, LOGEMENT)).code()).isEqualTo("DEM-REPONSE-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.EnregistrerRefus(NUMERO, AUTRE_BAILLEUR, LOGEMENT, "Trop loin")).code())
          .isEqualTo("DEM-REPONSE-AUTEUR");
      assertThat(h.le(CAL.plusDays(12)).refuse(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, RESERVATAIRE, LOGEMENT)).code())
          .isEqualTo("DEM-REPONSE-AUTEUR");
    }

    @Test
    @DisplayName("R441-3, R441-10 : le demandeur n'accepte qu'un logement qui lui a été attribué")
    void pas_d_acceptation_sans_attribution() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT)).code())
          .isEqualTo("DEM-ACCEPTATION-SANS-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-10 : le demandeur n'accepte qu'un logement qui lui est proposé")
    void pas_d_acceptation_sans_proposition() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.refuse(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT)).code())
          .isEqualTo("DEM-ACCEPTATION-ETAPE");
    }

    @Test
    @DisplayName("R441-10 : après le délai, l'acceptation est refusée : le défaut de réponse vaut refus")
    void pas_d_acceptation_apres_le_delai() {
      Histoire h = decision(new DecisionCal.Attribution());
      h.le(CAL).accepte(offre(CAL.plusDays(10)));
      assertThat(h.le(CAL.plusDays(11)).refuse(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT)).code())
          .isEqualTo("DEM-ACCEPTATION-DELAI");
    }

    @Test
    @DisplayName("R441-10 : le défaut de réponse ne se constate qu'après le délai, et vaut refus")
    void le_defaut_de_reponse_ne_se_constate_qu_apres_le_delai() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.le(CAL).refuse(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, BAILLEUR, LOGEMENT)).code())
          .as("no offer yet").isEqualTo("DEM-DEFAUT-REPONSE");
      h.accepte(offre(CAL.plusDays(10)));
      assertThat(h.le(CAL.plusDays(10)).refuse(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-DEFAUT-REPONSE");
      List<EvenementDemande> refus =
          h.le(CAL.plusDays(11)).accepte(new ActeAttribution.ConstaterDefautDeReponse(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(((EvenementDemande.RefusDuDemandeur) refus.get(0)).defautDeReponse()).isTrue();
      assertThat(h.etat().estRadiee()).isFalse();
    }

    @Test
    @DisplayName("R441-10 : le demandeur ne refuse qu'un logement qui lui a été attribué")
    void pas_de_refus_sans_attribution() {
      Histoire sansAttribution = Histoire.enregistreeLe(DEPOT);
      assertThat(sansAttribution.refuse(new ActeAttribution.EnregistrerRefus(NUMERO, BAILLEUR, LOGEMENT, "Trop loin")).code())
          .isEqualTo("DEM-REFUS-SANS-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-10 : le refus porte sur une attribution en cours, pas sur une proposition déjà acceptée")
    void pas_de_refus_apres_acceptation() {
      Histoire h = acceptee(new DecisionCal.Attribution());
      assertThat(h.refuse(new ActeAttribution.EnregistrerRefus(NUMERO, Acteur.demandeur(), LOGEMENT, "Finalement non")).code())
          .isEqualTo("DEM-REFUS-ETAPE");
    }
  }

  @Nested
  @DisplayName("Condition suspensive — CCH R441-3 c")
  class ConditionSuspensive {

    @Test
    @DisplayName("R441-3 c : la condition levée dans le délai permet la proposition puis le bail ; pas après")
    void la_condition_suspensive_levee_dans_le_delai_permet_le_bail_pas_apres() {
      Histoire aTemps = decision(sousCondition());
      aTemps.le(CAL.plusDays(15)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      aTemps.accepte(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT));
      aTemps.le(CAL.plusDays(16)).accepte(offre(CAL.plusDays(30)));
      aTemps.accepte(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT));
      aTemps.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));

      Histoire enRetard = decision(sousCondition());
      enRetard.le(CAL.plusDays(16)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      assertThat(enRetard.refuse(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-SUSPENSIVE");
      enRetard.accepte(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(enRetard.etat().decisionCal(LOGEMENT).orElseThrow().etape()).isEqualTo(EtapeAttribution.CONDITION_NON_LEVEE);
      assertThat(enRetard.refuse(offre(CAL.plusDays(30))).code()).isEqualTo("DEM-OFFRE-ETAPE");
    }

    @Test
    @DisplayName("R441-3 c : la non-levée ne se constate qu'après la date fixée")
    void la_non_levee_ne_se_constate_qu_apres_le_delai() {
      Histoire h = decision(new DecisionCal.AttributionSousCondition(
          Set.of(PieceJustificative.TITRE_SEJOUR), CAL.plusDays(15), Optional.empty()));
      assertThat(h.le(CAL.plusDays(15)).refuse(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-DELAI-EN-COURS");
      h.le(CAL.plusDays(16)).accepte(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT));
    }

    @Test
    @DisplayName("R441-3 c : une condition remplie dans le délai n'est pas constatée non levée")
    void une_condition_remplie_n_est_pas_constatee_non_levee() {
      Histoire h = decision(sousCondition());
      h.le(CAL.plusDays(5)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      assertThat(h.le(CAL.plusDays(20)).refuse(new ActeAttribution.ConstaterConditionNonLevee(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-REMPLIE");
    }

    @Test
    @DisplayName("R441-3 c : le bailleur dont la commission a attribué statue sur la condition")
    void le_bailleur_attributaire_statue_sur_la_condition() {
      Histoire h = decision(sousCondition());
      assertThat(h.refuse(new ActeAttribution.LeverCondition(NUMERO, RESERVATAIRE, LOGEMENT)).code()).isEqualTo("DEM-CONDITION-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.LeverCondition(NUMERO, AUTRE_BAILLEUR, LOGEMENT)).code()).isEqualTo("DEM-CONDITION-AUTEUR");
    }

    @Test
    @DisplayName("R441-3 c : pas de condition à lever sans attribution du logement")
    void pas_de_condition_sans_attribution() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-CONDITION-SANS-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-3 c : on ne statue qu'une fois sur la condition")
    void on_ne_statue_qu_une_fois_sur_la_condition() {
      Histoire h = decision(sousCondition());
      h.le(CAL.plusDays(5)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      h.accepte(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT));
      assertThat(h.refuse(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT)).code()).isEqualTo("DEM-CONDITION-ETAPE");
    }

    @Test
    @DisplayName("R441-3 c : une attribution sans condition n'a pas de condition à lever")
    void une_attribution_sans_condition_n_a_rien_a_lever() {
      Histoire h = decision(new DecisionCal.Attribution());
      assertThat(h.refuse(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT)).code()).isEqualTo("DEM-CONDITION-ABSENTE");
    }
  }

  @Nested
  @DisplayName("Bail et attribution sans suite — CCH R441-3, R441-2-8 a, R441-2-9")
  class BailEtSansSuite {

    @Test
    @DisplayName("R441-2-8 a, R441-2-9 : le bail signé après l'acceptation radie pour attribution avec les données")
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
    @DisplayName("R441-3 : pas de bail sans attribution du logement")
    void pas_de_bail_sans_attribution() {
      Histoire h = decision(new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty()));
      assertThat(h.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-SANS-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-3, R441-10 : le bail n'est signé qu'une fois la proposition acceptée")
    void pas_de_bail_avant_l_acceptation_ni_apres_un_refus() {
      Histoire decidee = decision(new DecisionCal.AttributionEnRang(2));
      Refus r = decidee.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));
      assertThat(r.code()).isEqualTo("DEM-BAIL-ETAPE");
      assertThat(r.message()).contains("Décidée");
      Histoire refusee = offerte(new DecisionCal.Attribution());
      refusee.accepte(new ActeAttribution.EnregistrerRefus(NUMERO, Acteur.demandeur(), LOGEMENT, "Trop loin du travail"));
      assertThat(refusee.refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-ETAPE");
      assertThat(refusee.etat().estRadiee()).isFalse();
    }

    @Test
    @DisplayName("R441-2-8 a : le bail est signé par le bailleur dont la commission a attribué, pas par un autre")
    void le_bail_est_signe_par_le_bailleur_attributaire() {
      Histoire h = acceptee(new DecisionCal.AttributionEnRang(1));
      assertThat(h.refuse(new ActeAttribution.SignerBail(NUMERO, AUTRE_BAILLEUR, attribution(false))).code())
          .isEqualTo("DEM-BAIL-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.SignerBail(NUMERO, RESERVATAIRE, attribution(false))).code())
          .isEqualTo("DEM-BAIL-AUTEUR");
      h.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));
    }

    @Test
    @DisplayName("R441-3 c : pas de bail quand la pièce de la condition a disparu du dossier")
    void pas_de_bail_si_la_piece_de_la_condition_manque() {
      Histoire h = decision(sousCondition());
      h.le(CAL.plusDays(5)).accepte(new CommandeDemande.EnregistrerPieces(NUMERO, DESK, Set.of(PieceJustificative.AVIS_IMPOSITION)));
      long pieces = h.etat().version();
      h.accepte(new ActeAttribution.LeverCondition(NUMERO, BAILLEUR, LOGEMENT));
      h.accepte(offre(CAL.plusDays(20)));
      h.accepte(new ActeAttribution.AccepterOffre(NUMERO, Acteur.demandeur(), LOGEMENT));
      h.accepte(new CommandeDemande.AnnulerEvenement(NUMERO, DESK, pieces, "Pièce déposée sur le mauvais dossier"));
      Refus r = h.le(CAL.plusDays(21)).refuse(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(false)));
      assertThat(r.code()).isEqualTo("DEM-BAIL-CONDITION-NON-LEVEE");
      assertThat(r.donnees()).containsEntry("piece", PieceJustificative.AVIS_IMPOSITION.name());
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
    @DisplayName("R441-3 b : seule une attribution encore en cours devient sans suite")
    void seule_une_attribution_en_cours_devient_sans_suite() {
      Histoire h = offerte(new DecisionCal.AttributionEnRang(1));
      h.accepte(new ActeAttribution.EnregistrerRefus(NUMERO, Acteur.demandeur(), LOGEMENT, "Trop loin"));
      assertThat(h.refuse(new ActeAttribution.SignalerAttributionSansSuite(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-ATTRIBUTION-SANS-SUITE");
    }

    @Test
    @DisplayName("R441-3 b : sans attribution, rien ne devient sans suite")
    void sans_attribution_rien_ne_devient_sans_suite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new ActeAttribution.SignalerAttributionSansSuite(NUMERO, BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-ATTRIBUTION-SANS-SUITE-INEXISTANTE");
    }

    @Test
    @DisplayName("R441-3 b : l'attribution devient sans suite sur le constat du bailleur qui l'a décidée")
    void le_bailleur_attributaire_constate_l_attribution_sans_suite() {
      Histoire h = decision(new DecisionCal.AttributionEnRang(2));
      assertThat(h.refuse(new ActeAttribution.SignalerAttributionSansSuite(NUMERO, AUTRE_BAILLEUR, LOGEMENT)).code())
          .isEqualTo("DEM-ATTRIBUTION-SANS-SUITE-AUTEUR");
      assertThat(h.refuse(new ActeAttribution.SignalerAttributionSansSuite(NUMERO, DESK, LOGEMENT)).code())
          .isEqualTo("DEM-ATTRIBUTION-SANS-SUITE-AUTEUR");
    }

    @Test
    void le_dalo_reloge_passe_en_actrel() {
      Histoire h = acceptee(new DecisionCal.Attribution());
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, COMED, PublicPrioritaire.DALO, SourcePriorite.DECISION_DALO,
          DEPOT, Optional.empty()));
      h.accepte(new ActeAttribution.SignerBail(NUMERO, BAILLEUR, attribution(true)));
      assertThat(h.etat().statutDalo()).isEqualTo(StatutDalo.ACTIF_RELOGE);
    }
  }

  @Nested
  @DisplayName("Traçabilité et diffusion — CCH R441-2-15, R441-2-17")
  class TracabiliteEtDiffusion {

    @Test
    @DisplayName("R441-2-15 : seul l'auteur retire un événement, et le retrait reste tracé")
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
    }

    @Test
    @DisplayName("R441-2-15 : un événement déjà retiré, ou l'enregistrement, ne se retire pas")
    void un_evenement_deja_retire_ou_l_enregistrement_ne_se_retire_pas() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.ReconnaitrePriorite(NUMERO, BAILLEUR, PublicPrioritaire.DEPOURVU_DE_LOGEMENT,
          SourcePriorite.RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR, DEPOT, Optional.empty()));
      long version = h.etat().version();
      h.accepte(new CommandeDemande.AnnulerEvenement(NUMERO, BAILLEUR, version, "Saisie sur le mauvais dossier"));
      assertThat(h.refuse(new CommandeDemande.AnnulerEvenement(NUMERO, BAILLEUR, version, "Encore")).code())
          .isEqualTo("DEM-ANNULATION-NON-ANNULABLE");
      assertThat(h.refuse(new CommandeDemande.AnnulerEvenement(NUMERO, DESK, 1, "L'enregistrement")).code())
          .isEqualTo("DEM-ANNULATION-NON-ANNULABLE");
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
    @DisplayName("R441-2-15 : un événement local est enregistré par un partenaire du dispositif")
    void un_evenement_local_est_enregistre_par_un_partenaire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.EnregistrerEvenementLocal(NUMERO, DESK, "ENTRETIEN_SIAD", "Entretien d'information au SIAD"));
      assertThat(h.refuse(new CommandeDemande.EnregistrerEvenementLocal(NUMERO, Acteur.demandeur(), "X", "y")).code())
          .isEqualTo("DEM-EVENEMENT-LOCAL");
    }
  }
}
