package org.sne4j.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.demande.Histoire.AUTRE_BAILLEUR;
import static org.sne4j.demande.Histoire.BAILLEUR;
import static org.sne4j.demande.Histoire.COMED;
import static org.sne4j.demande.Histoire.DESK;
import static org.sne4j.demande.Histoire.GUICHET;
import static org.sne4j.demande.Histoire.NUMERO;
import static org.sne4j.demande.Histoire.radier;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.Refus;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.territoire.CodeInsee;

class CycleDeVieTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);
  static final IdentifiantRpls LOGEMENT = IdentifiantRpls.parse("RPLS0001");

  @Nested
  @DisplayName("Enregistrement — CCH L441-2-1, R441-2-1, R441-2-2")
  class Enregistrement {

    @Test
    void un_guichet_enregistre_et_la_date_de_depot_fonde_l_anciennete() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      Demande d = h.etat();
      assertThat(d.numero()).isEqualTo(NUMERO);
      assertThat(d.dateDepot()).isEqualTo(DEPOT);
      assertThat(d.canalDepot()).isEqualTo(CanalDepot.GUICHET);
      assertThat(d.territoire().code()).isEqualTo("59");
      assertThat(d.version()).isEqualTo(1);
      assertThat(d.anciennete(DEPOT.plusMonths(14))).isEqualTo(Period.of(1, 2, 0));
    }

    @Test
    void le_demandeur_peut_deposer_en_ligne() {
      Demande enLigne = Histoire.enregistreeEnLigneLe(DEPOT).etat();
      assertThat(enLigne.canalDepot()).isEqualTo(CanalDepot.EN_LIGNE);
      assertThat(enLigne.demarcheEnLigne()).isTrue();
      assertThat(Histoire.enregistreeLe(DEPOT).etat().demarcheEnLigne()).isFalse();
    }

    @Test
    @DisplayName("R441-2-1, R441-2-2 : une commission n'est pas un service enregistreur")
    void une_commission_n_est_pas_un_service_enregistreur() {
      assertThat(DecisionsDemande.refusEnregistrement(COMED, DEPOT, ContexteDecision.le(DEPOT)))
          .map(Refus::code).contains("DEM-ENREGISTREMENT-AUTEUR");
      assertThat(Histoire.surUneDemandeInexistante(
              new ActeDemande.Enregistrer(NUMERO, COMED, GUICHET, DEPOT, Contenus.personneSeuleALille()), DEPOT))
          .isInstanceOfSatisfying(org.sne4j.commun.Decision.Refusee.class,
              r -> assertThat(r.refus().code()).isEqualTo("DEM-ENREGISTREMENT-AUTEUR"));
    }

    @Test
    @DisplayName("L441-2-1, R441-2-4 d : la date de dépôt ne peut pas être postérieure à l'enregistrement")
    void la_date_de_depot_ne_peut_pas_etre_future() {
      assertThat(DecisionsDemande.refusEnregistrement(DESK, DEPOT.plusDays(1), ContexteDecision.le(DEPOT)))
          .map(Refus::code).contains("DEM-DATE-DEPOT");
      assertThat(DecisionsDemande.refusEnregistrement(DESK, DEPOT.minusDays(20), ContexteDecision.le(DEPOT))).isEmpty();
    }

    @Test
    @DisplayName("R441-2-4 c : un numéro unique n'identifie qu'une demande")
    void un_numero_n_identifie_qu_une_demande() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      Refus r = h.refuse(new ActeDemande.Enregistrer(NUMERO, DESK, GUICHET, DEPOT, Contenus.personneSeuleALille()));
      assertThat(r.code()).isEqualTo("DEM-NUMERO-DEJA-ATTRIBUE");
    }

    @Test
    @DisplayName("L441-2-1 : aucun acte sur une demande qui n'est pas enregistrée")
    void aucun_acte_sur_une_demande_non_enregistree() {
      assertThat(Histoire.surUneDemandeInexistante(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK), DEPOT))
          .isInstanceOfSatisfying(org.sne4j.commun.Decision.Refusee.class,
              r -> assertThat(r.refus().code()).isEqualTo("DEM-INCONNUE"));
    }
  }

  @Nested
  @DisplayName("Validité et renouvellement — CCH R441-2-7")
  class Renouvellement {

    @Test
    @DisplayName("R441-2-7 : valable un an à compter du dépôt, le jour anniversaire compris (CPC 641-642) ; avis un mois avant")
    void la_demande_est_valable_un_an_et_l_avis_est_du_un_mois_avant() {
      Demande d = Histoire.enregistreeLe(DEPOT).etat();
      assertThat(d.dateFinValidite()).isEqualTo(LocalDate.of(2026, 3, 15));
      assertThat(d.dateEcheanceAvis(DelaisReglementaires.parDefaut())).isEqualTo(LocalDate.of(2026, 2, 15));
      assertThat(d.statut(LocalDate.of(2026, 3, 15))).isEqualTo(StatutDemande.ACTIVE);
      assertThat(d.statut(LocalDate.of(2026, 3, 16))).isEqualTo(StatutDemande.NON_RENOUVELEE);
      assertThat(DelaisReglementaires.finDeValidite(LocalDate.of(2025, 3, 10))).isEqualTo(LocalDate.of(2026, 3, 10));
      assertThat(DelaisReglementaires.finDeValidite(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void le_renouvellement_garde_le_numero_et_la_date_de_depot_et_repart_pour_un_an() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 20)).renouvelee(DESK);
      Demande d = h.etat();
      assertThat(d.numero()).isEqualTo(NUMERO);
      assertThat(d.dateDepot()).isEqualTo(DEPOT);
      assertThat(d.dateDernierRenouvellement()).contains(LocalDate.of(2026, 2, 20));
      assertThat(d.dateFinValidite()).isEqualTo(LocalDate.of(2027, 2, 20));
    }

    @Test
    void une_demande_perimee_mais_non_radiee_peut_encore_etre_renouvelee() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      h.le(LocalDate.of(2026, 4, 1)).renouvelee(Acteur.demandeur());
      assertThat(h.etat().statut(LocalDate.of(2026, 4, 1))).isEqualTo(StatutDemande.ACTIVE);
      assertThat(h.etat().demarcheEnLigne()).isTrue();
    }

    @Test
    @DisplayName("R441-2-7 : seul un guichet enregistreur ou le demandeur en ligne renouvelle")
    void seul_un_guichet_ou_le_demandeur_renouvelle() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.Renouveler(NUMERO, COMED, h.etat().contenu())).code())
          .isEqualTo("DEM-RENOUVELLEMENT-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-7 ; arrêté du 23 mars 2015 §5 : l'avis de renouvellement est adressé par le gestionnaire")
    void l_avis_est_adresse_par_le_gestionnaire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2026, 2, 15)).refuse(new CommandeDemande.EnvoyerAvisRenouvellement(NUMERO, DESK)).code())
          .isEqualTo("DEM-AVIS-RENOUVELLEMENT-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-7 : l'avis de renouvellement n'est adressé qu'une fois par année de validité")
    void l_avis_est_adresse_une_fois_par_annee_de_validite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      assertThat(h.refuse(new CommandeDemande.EnvoyerAvisRenouvellement(NUMERO, Acteur.gestionnaire())).code())
          .isEqualTo("DEM-AVIS-RENOUVELLEMENT");
      h.le(LocalDate.of(2026, 3, 1)).renouvelee(DESK);
      h.le(LocalDate.of(2027, 1, 29)).avis();
      assertThat(h.etat().avisEnvoyePourLaPeriode()).isTrue();
    }

    @Test
    void l_avis_part_par_courrier_si_le_demandeur_n_a_jamais_utilise_le_service_en_ligne() {
      Demande auGuichet = Histoire.enregistreeLe(DEPOT).etat();
      assertThat(auGuichet.canauxAvis()).containsExactlyInAnyOrder(CanalAvis.COURRIER, CanalAvis.COURRIEL);
      Demande sansCourriel =
          Histoire.enregistreeLe(DEPOT, Contenus.avecDemandeur(Contenus.personneSeuleALille(),
              Contenus.sansCourriel(Contenus.personneSeuleALille().menage().demandeur()))).etat();
      assertThat(sansCourriel.canauxAvis()).containsExactly(CanalAvis.COURRIER);
    }

    @Test
    void l_avis_part_par_courriel_apres_une_demarche_en_ligne_et_aussi_par_courrier_sur_demande() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(DEPOT.plusDays(10)).accepte(new CommandeDemande.Modifier(NUMERO, Acteur.demandeur(), h.etat().contenu(),
          OrigineModification.DEMANDE_DU_DEMANDEUR));
      assertThat(h.etat().canauxAvis()).containsExactly(CanalAvis.COURRIEL);
      h.accepte(new CommandeDemande.Modifier(NUMERO, Acteur.demandeur(), Contenus.avisPostal(h.etat().contenu(), true),
          OrigineModification.DEMANDE_DU_DEMANDEUR));
      assertThat(h.etat().canauxAvis()).containsExactlyInAnyOrder(CanalAvis.COURRIEL, CanalAvis.COURRIER);
    }
  }

  @Nested
  @DisplayName("Modification et rectification — arrêté du 23 mars 2015 §4 ; CCH R441-2-15 I")
  class Modification {

    @Test
    void une_modification_vient_du_demandeur_meme_enregistree_par_un_guichet() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.Modifier(NUMERO, DESK, Contenus.autresCommunes(h.etat().contenu(), Contenus.ROUBAIX),
          OrigineModification.DEMANDE_DU_DEMANDEUR));
      assertThat(h.etat().contenu().logementRecherche().communes()).containsExactly(Contenus.ROUBAIX);
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §4 : une modification vient du demandeur, pas d'une commission")
    void une_commission_ne_modifie_pas_une_demande() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.Modifier(NUMERO, COMED, h.etat().contenu(),
          OrigineModification.DONNEES_TIERS_VALIDEES)).code()).isEqualTo("DEM-MODIFICATION-ORIGINE");
    }

    @Test
    @DisplayName("R441-2-1, R441-2-5 : une demande ne change pas de département")
    void une_demande_ne_change_pas_de_departement() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      Refus r = h.refuse(new CommandeDemande.Modifier(NUMERO, Acteur.demandeur(),
          Contenus.autresCommunes(h.etat().contenu(), Contenus.ARRAS), OrigineModification.DEMANDE_DU_DEMANDEUR));
      assertThat(r.code()).isEqualTo("DEM-TERRITOIRE");
      assertThat(r.donnees()).containsEntry("territoireDemande", "62");
    }

    @Test
    @DisplayName("R441-2-15 I : une rectification est apportée par un intervenant habilité, pas par le demandeur")
    void une_rectification_est_apportee_par_un_intervenant_habilite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.accepte(new CommandeDemande.Rectifier(NUMERO, BAILLEUR, h.etat().contenu(),
          Set.of(org.sne4j.piece.PieceJustificative.AVIS_IMPOSITION), Optional.of("RFR 2024 corrigé")));
      assertThat(h.refuse(new CommandeDemande.Rectifier(NUMERO, Acteur.demandeur(), h.etat().contenu(),
          Set.of(org.sne4j.piece.PieceJustificative.AVIS_IMPOSITION), Optional.empty())).code())
          .isEqualTo("DEM-RECTIFICATION");
    }

    @Test
    @DisplayName("R441-2-15 I : une rectification s'appuie sur au moins une pièce justificative")
    void une_rectification_s_appuie_sur_une_piece() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.Rectifier(NUMERO, BAILLEUR, h.etat().contenu(), Set.of(), Optional.empty())).code())
          .isEqualTo("DEM-RECTIFICATION-PIECES");
    }
  }

  @Nested
  @DisplayName("Radiation pour non-renouvellement — CCH R441-2-8 e ; arrêté du 23 mars 2015 §5")
  class NonRenouvellement {

    @Test
    @DisplayName("R441-2-8 e ; arrêté du 23 mars 2015 §5 : la radiation pour non-renouvellement intervient à 13 mois")
    void radiation_pour_non_renouvellement_intervient_a_13_mois() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      Refus tropTot = h.le(LocalDate.of(2026, 4, 14)).refuse(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      assertThat(tropTot.code()).isEqualTo("DEM-RADIATION-NON-RENOUVELLEMENT");
      assertThat(tropTot.donnees()).containsEntry("radiationPossibleLe", "2026-04-15");
      h.le(LocalDate.of(2026, 4, 15)).accepte(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      assertThat(h.etat().radiation().orElseThrow().motif().code()).isEqualTo("RADREN");
    }

    @Test
    @DisplayName("R441-2-8 e : sans avis de renouvellement, pas de radiation pour non-renouvellement")
    void sans_avis_de_renouvellement_pas_de_radiation_pour_non_renouvellement() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      Refus r = h.le(LocalDate.of(2026, 6, 1)).refuse(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      assertThat(r.code()).isEqualTo("DEM-RADIATION-NON-RENOUVELLEMENT-SANS-AVIS");
      assertThat(r.message()).contains("l'avis de renouvellement");
    }

    @Test
    void un_avis_tardif_laisse_au_demandeur_tout_son_delai() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 3, 20)).avis();
      assertThat(h.etat().dateRadiationNonRenouvellement(DelaisReglementaires.parDefaut()))
          .contains(LocalDate.of(2026, 5, 20));
    }

    @Test
    @DisplayName("R441-2-8 e : seul le gestionnaire du système radie pour non-renouvellement")
    void seul_le_gestionnaire_radie_pour_non_renouvellement() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      assertThat(h.le(LocalDate.of(2026, 5, 1)).refuse(radier(DESK, MotifRadiation.NON_RENOUVELLEMENT)).code())
          .isEqualTo("DEM-RADIATION-NON-RENOUVELLEMENT-AUTEUR");
    }

    @Test
    void reactivation_apres_non_renouvellement_jusqu_a_18_mois_avec_numero_et_anciennete() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      h.le(LocalDate.of(2026, 4, 15)).accepte(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      h.le(LocalDate.of(2026, 9, 15)).accepte(new CommandeDemande.Reactiver(NUMERO, DESK));
      Demande d = h.etat();
      assertThat(d.estRadiee()).isFalse();
      assertThat(d.numero()).isEqualTo(NUMERO);
      assertThat(d.dateDepot()).isEqualTo(DEPOT);
      assertThat(d.dateDernierRenouvellement()).contains(LocalDate.of(2026, 9, 15));
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §5 : après 18 mois, la réactivation est refusée")
    void apres_18_mois_la_reactivation_est_refusee() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      h.le(LocalDate.of(2026, 4, 15)).accepte(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      Refus r = h.le(LocalDate.of(2026, 9, 16)).refuse(new CommandeDemande.Reactiver(NUMERO, DESK));
      assertThat(r.code()).isEqualTo("DEM-REACTIVATION");
      assertThat(r.donnees()).containsEntry("dateLimiteReactivation", "2026-09-15");
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §5 : seule une demande radiée se réactive")
    void seule_une_demande_radiee_se_reactive() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(DEPOT.plusDays(1)).refuse(new CommandeDemande.Reactiver(NUMERO, DESK)).code())
          .isEqualTo("DEM-REACTIVATION-NON-RADIEE");
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §5 ; CCH R441-2-1 : la réactivation est faite par un service enregistreur")
    void la_reactivation_est_faite_par_un_service_enregistreur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      h.le(LocalDate.of(2026, 4, 15)).accepte(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      assertThat(h.le(LocalDate.of(2026, 5, 1)).refuse(new CommandeDemande.Reactiver(NUMERO, COMED)).code())
          .isEqualTo("DEM-REACTIVATION-AUTEUR");
      assertThat(h.refuse(new CommandeDemande.Reactiver(NUMERO, Acteur.demandeur())).code())
          .isEqualTo("DEM-REACTIVATION-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-8 : une demande radiée n'accepte que sa réactivation")
    void une_demande_radiee_n_accepte_que_sa_reactivation() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2026, 2, 15)).avis();
      h.le(LocalDate.of(2026, 4, 15)).accepte(radier(Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT));
      assertThat(h.refuse(new CommandeDemande.Renouveler(NUMERO, DESK, h.etat().contenu())).code()).isEqualTo("DEM-RADIEE");
      assertThat(h.refuse(new ActeAttribution.Designer(NUMERO, BAILLEUR, LOGEMENT, Optional.empty())).code())
          .isEqualTo("DEM-RADIEE");
    }

    @Test
    void les_delais_sont_des_parametres_avec_des_planchers_legaux() {
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> new DelaisReglementaires(Period.ofDays(20), Period.ofMonths(13), Period.ofMonths(18),
              Period.ofMonths(2), Period.ofMonths(5), Period.ofMonths(1), Period.ofYears(1)))
          .withMessageContaining("R441-2-7");
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> new DelaisReglementaires(Period.ofMonths(1), Period.ofMonths(13), Period.ofMonths(18),
              Period.ofDays(15), Period.ofMonths(5), Period.ofMonths(1), Period.ofYears(1)))
          .withMessageContaining("R441-2-8 c");
      DelaisReglementaires cch = new DelaisReglementaires(Period.ofMonths(1), Period.ofMonths(13), Period.ofMonths(18),
          Period.ofMonths(1), Period.ofMonths(5), Period.ofMonths(1), Period.ofYears(1));
      Histoire h = Histoire.enregistreeLe(DEPOT).avec(cch);
      h.le(DEPOT.plusDays(1)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      assertThat(h.le(DEPOT.plusDays(1).plusMonths(1)).refuse(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE)).code())
          .as("the month runs to midnight of its last day").isEqualTo("DEM-RADIATION-ABSENCE-REPONSE");
      h.le(DEPOT.plusDays(2).plusMonths(1)).accepte(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE));
    }

    @Test
    @DisplayName("R441-2-7, R441-2-8 c, d : un plancher d'un mois tient quel que soit le jour de départ")
    void un_plancher_d_un_mois_tient_quel_que_soit_le_jour_de_depart() {
      for (int jours : new int[] {28, 29, 30}) {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("%s days", jours)
            .isThrownBy(() -> DelaisReglementaires.builder().radiationAbsenceReponse(Period.ofDays(jours)).build())
            .withMessageContaining("R441-2-8 c");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("%s days", jours)
            .isThrownBy(() -> DelaisReglementaires.builder().radiationIrrecevabilite(Period.ofDays(jours)).build())
            .withMessageContaining("R441-2-8 d");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().as("%s days", jours)
            .isThrownBy(() -> DelaisReglementaires.builder().preavisRenouvellement(Period.ofDays(jours)).build())
            .withMessageContaining("R441-2-7");
      }
      DelaisReglementaires trenteEtUn = DelaisReglementaires.builder().radiationAbsenceReponse(Period.ofDays(31)).build();
      assertThat(trenteEtUn.radiationAbsenceReponse()).isEqualTo(Period.ofDays(31));
    }
  }

  @Nested
  @DisplayName("Radiation pour absence de réponse — CCH R441-2-8 c ; arrêté du 23 mars 2015 §6")
  class AbsenceDeReponse {

    @Test
    @DisplayName("R441-2-8 c : sans avertissement, pas de radiation pour absence de réponse")
    void sans_avertissement_pas_de_radiation() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE)).code())
          .isEqualTo("DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT");
    }

    @Test
    @DisplayName("R441-2-8 c ; arrêté du 23 mars 2015 §6 : la radiation intervient deux mois après l'avertissement")
    void radiation_deux_mois_apres_l_avertissement() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      LocalDate avert = LocalDate.of(2025, 6, 10);
      h.le(avert).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      Refus tropTot = h.le(LocalDate.of(2025, 8, 10)).refuse(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE));
      assertThat(tropTot.code()).isEqualTo("DEM-RADIATION-ABSENCE-REPONSE");
      assertThat(tropTot.donnees()).containsEntry("radiationPossibleLe", "2025-08-11");
      h.le(LocalDate.of(2025, 8, 11)).accepte(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE));
      assertThat(h.etat().radiation().orElseThrow().motif().code()).isEqualTo("RADCON");
    }

    @Test
    @DisplayName("R441-2-8 c : seul le service qui a averti radie pour absence de réponse")
    void seul_le_service_qui_a_averti_radie() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 10)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      assertThat(h.le(LocalDate.of(2025, 8, 11)).refuse(radier(BAILLEUR, MotifRadiation.ABSENCE_DE_REPONSE)).code())
          .isEqualTo("DEM-RADIATION-ABSENCE-REPONSE-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-8 c : un seul avertissement à la fois")
    void un_seul_avertissement_a_la_fois() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 10)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      assertThat(h.refuse(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK)).code()).isEqualTo("DEM-AVERTISSEMENT");
    }

    @Test
    @DisplayName("R441-2-8 c, R441-2-1 : l'avertissement est adressé par un service enregistreur, pas par une commission")
    void l_avertissement_est_adresse_par_un_service_enregistreur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2025, 6, 10)).refuse(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, COMED)).code())
          .isEqualTo("DEM-AVERTISSEMENT-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-8 c : la réponse du demandeur lève l'avertissement, et la radiation n'a plus lieu")
    void la_reponse_du_demandeur_leve_l_avertissement() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 10)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      h.le(LocalDate.of(2025, 7, 1)).accepte(new CommandeDemande.LeverAvertissement(NUMERO, Acteur.demandeur()));
      assertThat(h.etat().avertissement()).isEmpty();
      assertThat(h.le(LocalDate.of(2025, 9, 1)).refuse(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE)).code())
          .isEqualTo("DEM-RADIATION-ABSENCE-REPONSE-SANS-AVERTISSEMENT");
    }

    @Test
    @DisplayName("R441-2-8 c : seul un avertissement pour absence de réponse en cours se lève")
    void seul_un_avertissement_en_cours_se_leve() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2025, 7, 1)).refuse(new CommandeDemande.LeverAvertissement(NUMERO, Acteur.demandeur())).code())
          .isEqualTo("DEM-LEVEE-AVERTISSEMENT");
    }

    @Test
    @DisplayName("R441-2-8 c : l'avertissement est levé par le demandeur ou un service enregistreur, pas par une commission")
    void l_avertissement_est_leve_par_le_demandeur_ou_un_service_enregistreur() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 10)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      assertThat(h.le(LocalDate.of(2025, 7, 1)).refuse(new CommandeDemande.LeverAvertissement(NUMERO, COMED)).code())
          .isEqualTo("DEM-LEVEE-AVERTISSEMENT-AUTEUR");
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §6 : réactivable cinq mois après la radiation pour absence de réponse")
    void reactivable_cinq_mois_apres_la_radiation() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 6, 10)).accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK));
      h.le(LocalDate.of(2025, 8, 11)).accepte(radier(DESK, MotifRadiation.ABSENCE_DE_REPONSE));
      assertThat(h.le(LocalDate.of(2026, 1, 12)).refuse(new CommandeDemande.Reactiver(NUMERO, DESK)).code())
          .isEqualTo("DEM-REACTIVATION");
      h.le(LocalDate.of(2026, 1, 11)).accepte(new CommandeDemande.Reactiver(NUMERO, DESK));
      assertThat(h.etat().estRadiee()).isFalse();
      assertThat(h.etat().dateDernierRenouvellement()).isEmpty();
    }
  }

  @Nested
  @DisplayName("Radiation pour irrecevabilité — CCH R441-2-8 d, R441-3 e")
  class Irrecevabilite {

    /** A CAL's inadmissibility decision on {@code jour}, notified by the bailleur's letter the same day. */
    private Histoire decisionIrrecevable(Histoire h, LocalDate jour) {
      h.le(jour).accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, jour));
      h.accepte(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND)));
      h.accepte(new CommandeDemande.NotifierIrrecevabilite(NUMERO, BAILLEUR, LOGEMENT, Optional.empty(), Optional.empty()));
      return h;
    }

    @Test
    @DisplayName("R441-2-8 d : le délai court de la lettre du bailleur, datée et prouvée, pas de la séance")
    void le_delai_court_de_la_lettre_qui_notifie_l_irrecevabilite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      LocalDate seance = LocalDate.of(2025, 9, 1);
      h.le(seance).accepte(new ActeAttribution.InscrireEnCal(NUMERO, BAILLEUR, LOGEMENT, seance));
      h.accepte(new ActeAttribution.RendreDecisionCal(NUMERO, BAILLEUR, LOGEMENT,
          new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR)));
      assertThat(h.etat().avertissement()).isEmpty();
      assertThat(h.le(LocalDate.of(2025, 9, 12)).refuse(new CommandeDemande.NotifierIrrecevabilite(NUMERO, AUTRE_BAILLEUR,
          LOGEMENT, Optional.empty(), Optional.empty())).code()).isEqualTo("DEM-NOTIFICATION-IRRECEVABILITE-AUTEUR");
      assertThat(h.refuse(new CommandeDemande.NotifierIrrecevabilite(NUMERO, BAILLEUR, LOGEMENT,
          Optional.of(LocalDate.of(2025, 8, 31)), Optional.empty())).code()).isEqualTo("DEM-AVERTISSEMENT-DATE");
      assertThat(h.refuse(new CommandeDemande.NotifierIrrecevabilite(NUMERO, BAILLEUR, LOGEMENT,
          Optional.of(LocalDate.of(2025, 9, 13)), Optional.empty())).code()).isEqualTo("DEM-AVERTISSEMENT-DATE");
      assertThat(h.refuse(new CommandeDemande.NotifierIrrecevabilite(NUMERO, BAILLEUR,
          new org.sne4j.logement.IdentifiantRpls("RPLS-AUTRE"), Optional.empty(), Optional.empty())).code())
          .isEqualTo("DEM-NOTIFICATION-IRRECEVABILITE-SANS-DECISION");

      h.accepte(new CommandeDemande.NotifierIrrecevabilite(NUMERO, BAILLEUR, LOGEMENT,
          Optional.of(LocalDate.of(2025, 9, 10)), Optional.of("LRAR 2C 000 111 2223 4")));

      Demande.Avertissement a = h.etat().avertissement().orElseThrow();
      assertThat(a.date()).isEqualTo(LocalDate.of(2025, 9, 10));
      assertThat(a.radiationPossibleLe()).isEqualTo(LocalDate.of(2025, 10, 11));
      assertThat(a.sousMotif()).contains(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR);
      assertThat(h.le(LocalDate.of(2025, 10, 10)).refuse(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE)).code())
          .isEqualTo("DEM-RADIATION-IRRECEVABILITE");
      h.le(LocalDate.of(2025, 10, 11)).accepte(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE));
    }

    @Test
    @DisplayName("R441-2-8 c : l'avertissement pour absence de réponse est daté de sa lettre")
    void l_avertissement_pour_absence_de_reponse_est_date_de_sa_lettre() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2025, 6, 10)).refuse(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK,
          Optional.of(LocalDate.of(2025, 6, 11)), Optional.empty())).code()).isEqualTo("DEM-AVERTISSEMENT-DATE");
      h.accepte(new CommandeDemande.AvertirAbsenceDeReponse(NUMERO, DESK, Optional.of(LocalDate.of(2025, 6, 2)),
          Optional.of("LRAR 1A 999")));
      assertThat(h.etat().avertissement().orElseThrow().radiationPossibleLe()).isEqualTo(LocalDate.of(2025, 8, 3));
    }

    @Test
    @DisplayName("R441-2-8 d, R441-3 e : seule une décision de CAL ouvre la radiation pour irrecevabilité")
    void seule_une_decision_de_cal_ouvre_la_radiation_pour_irrecevabilite() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2025, 9, 1)).refuse(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE)).code())
          .isEqualTo("DEM-RADIATION-IRRECEVABILITE-SANS-DECISION");
    }

    @Test
    @DisplayName("R441-2-8 d : seul le bailleur dont la commission a décidé radie pour irrecevabilité")
    void seul_le_bailleur_de_la_commission_radie_pour_irrecevabilite() {
      Histoire h = decisionIrrecevable(Histoire.enregistreeLe(DEPOT), LocalDate.of(2025, 9, 1));
      assertThat(h.le(LocalDate.of(2025, 10, 2)).refuse(radier(AUTRE_BAILLEUR, MotifRadiation.IRRECEVABILITE)).code())
          .isEqualTo("DEM-RADIATION-IRRECEVABILITE-AUTEUR");
    }

    @Test
    @DisplayName("R441-2-8 d : la décision avertit ; le bailleur radie un mois après, avec le sous-motif")
    void la_decision_avertit_et_le_bailleur_radie_un_mois_apres_avec_le_sous_motif() {
      Histoire h = decisionIrrecevable(Histoire.enregistreeLe(DEPOT), LocalDate.of(2025, 9, 1));
      assertThat(h.etat().avertissement().orElseThrow().motif()).isEqualTo(MotifAvertissement.IRRECEVABILITE);
      assertThat(h.le(LocalDate.of(2025, 10, 1)).refuse(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE)).code())
          .isEqualTo("DEM-RADIATION-IRRECEVABILITE");
      h.le(LocalDate.of(2025, 10, 2)).accepte(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE));
      Demande.Radiation r = h.etat().radiation().orElseThrow();
      assertThat(r.motif().code()).isEqualTo("RADIRR");
      assertThat(r.sousMotif()).contains(SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND);
    }

    @Test
    @DisplayName("Arrêté du 23 mars 2015 §5–6 : une radiation pour irrecevabilité ne se réactive pas")
    void une_radiation_pour_irrecevabilite_ne_se_reactive_pas() {
      Histoire h = decisionIrrecevable(Histoire.enregistreeLe(DEPOT), LocalDate.of(2025, 9, 1));
      h.le(LocalDate.of(2025, 10, 2)).accepte(radier(BAILLEUR, MotifRadiation.IRRECEVABILITE));
      assertThat(h.refuse(new CommandeDemande.Reactiver(NUMERO, DESK)).code()).isEqualTo("DEM-REACTIVATION-MOTIF");
    }

    @Test
    @DisplayName("R441-2-8 b : le demandeur renonce lui-même en ligne, par écrit ; la radiation porte son nom")
    void le_demandeur_renonce_en_ligne() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 4, 3)).accepte(radier(Acteur.demandeur(), MotifRadiation.RENONCIATION));
      Demande.Radiation r = h.etat().radiation().orElseThrow();
      assertThat(r.motif()).isEqualTo(MotifRadiation.RENONCIATION);
      assertThat(r.auteur().type()).isEqualTo(org.sne4j.acteur.TypeActeur.DEMANDEUR);
      assertThat(r.date()).isEqualTo(LocalDate.of(2025, 4, 3));
    }
  }

  @Nested
  @DisplayName("Radiation pour renonciation et pour fusion — CCH R441-2-8 b, f")
  class RenonciationEtFusion {

    @Test
    @DisplayName("R441-2-8 b ; arrêté du 23 mars 2015 §5–6 : la renonciation écrite est radiée sans délai et ne se réactive pas")
    void la_renonciation_ecrite_est_radiee_sans_delai_par_le_service_qui_la_recoit() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(radier(COMED, MotifRadiation.RENONCIATION)).code()).isEqualTo("DEM-RADIATION-RENONCIATION");
      h.accepte(radier(Histoire.RESERVATAIRE, MotifRadiation.RENONCIATION));
      assertThat(h.etat().radiation().orElseThrow().motif().code()).isEqualTo("RADABA");
      assertThat(h.refuse(new CommandeDemande.Reactiver(NUMERO, DESK)).code()).isEqualTo("DEM-REACTIVATION-MOTIF");
    }

    @Test
    @DisplayName("R441-2-8 f : la fusion donne le numéro national, distinct du numéro radié")
    void la_fusion_donne_le_numero_national() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      NumeroUnique national = NumeroUnique.parse("NAT000000000000001");
      assertThat(h.refuse(new CommandeDemande.RadierPourFusion(NUMERO, Acteur.gestionnaire(), NUMERO)).code())
          .isEqualTo("DEM-RADIATION-FUSION");
      h.accepte(new CommandeDemande.RadierPourFusion(NUMERO, Acteur.gestionnaire(), national));
      assertThat(h.etat().radiation().orElseThrow().numeroNational()).contains(national);
    }

    @Test
    @DisplayName("R441-2-8 f : la radiation pour fusion vient du gestionnaire du système")
    void la_fusion_vient_du_gestionnaire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.refuse(new CommandeDemande.RadierPourFusion(NUMERO, DESK, NumeroUnique.parse("NAT000000000000001"))).code())
          .isEqualTo("DEM-RADIATION-FUSION-AUTEUR");
    }

    static CommandeDemande.ConstaterRadiationNationale nationale(
        Acteur auteur, MotifRadiation motif, Optional<SousMotifIrrecevabilite> sousMotif, LocalDate date,
        Optional<org.sne4j.cal.DonneesAttribution> attribution) {
      return new CommandeDemande.ConstaterRadiationNationale(NUMERO, auteur, motif, sousMotif, date, attribution);
    }

    @Test
    @DisplayName("R441-2-8 : une radiation prononcée dans le système national est reportée par le gestionnaire, telle quelle")
    void une_radiation_nationale_est_reportee_par_le_gestionnaire() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      CommandeDemande rapportee = nationale(Acteur.gestionnaire(), MotifRadiation.ATTRIBUTION, Optional.empty(),
          LocalDate.of(2025, 9, 30), Optional.empty());
      assertThat(h.le(LocalDate.of(2025, 10, 1)).refuse(nationale(DESK, MotifRadiation.ATTRIBUTION, Optional.empty(),
          LocalDate.of(2025, 9, 30), Optional.empty())).code())
          .isEqualTo("DEM-RADIATION-NATIONALE-AUTEUR");
      h.accepte(rapportee);
      Demande.Radiation r = h.etat().radiation().orElseThrow();
      assertThat(r.motif()).isEqualTo(MotifRadiation.ATTRIBUTION);
      assertThat(r.date()).isEqualTo(LocalDate.of(2025, 9, 30));
      assertThat(h.refuse(rapportee).code()).isEqualTo("DEM-RADIEE");
    }

    @Test
    @DisplayName("R441-2-8 f : la fusion n'est pas une radiation reportée du système national")
    void la_fusion_n_est_pas_une_radiation_nationale() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      assertThat(h.le(LocalDate.of(2025, 10, 1)).refuse(nationale(Acteur.gestionnaire(), MotifRadiation.FUSION, Optional.empty(),
          LocalDate.of(2025, 9, 30), Optional.empty())).code()).isEqualTo("DEM-RADIATION-NATIONALE");
    }

    @Test
    @DisplayName("R441-2-8 d : une radiation reportée porte un sous-motif si et seulement si elle est pour irrecevabilité")
    void le_sous_motif_va_avec_l_irrecevabilite() {
      Histoire h = Histoire.enregistreeLe(DEPOT).le(LocalDate.of(2025, 10, 1));
      assertThat(h.refuse(nationale(Acteur.gestionnaire(), MotifRadiation.IRRECEVABILITE, Optional.empty(),
          LocalDate.of(2025, 9, 30), Optional.empty())).code()).isEqualTo("DEM-RADIATION-NATIONALE-SOUS-MOTIF");
      assertThat(h.refuse(nationale(Acteur.gestionnaire(), MotifRadiation.RENONCIATION,
          Optional.of(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR), LocalDate.of(2025, 9, 30), Optional.empty())).code())
          .isEqualTo("DEM-RADIATION-NATIONALE-SOUS-MOTIF");
    }

    @Test
    @DisplayName("R441-2-9 : seule une radiation reportée pour attribution porte des données d'attribution")
    void les_donnees_d_attribution_vont_avec_l_attribution() {
      Histoire h = Histoire.enregistreeLe(DEPOT).le(LocalDate.of(2025, 10, 1));
      org.sne4j.cal.DonneesAttribution donnees = new org.sne4j.cal.DonneesAttribution(LOGEMENT,
          org.sne4j.cal.AccordCollectif.AUCUN, false, org.sne4j.contingent.TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT);
      assertThat(h.refuse(nationale(Acteur.gestionnaire(), MotifRadiation.RENONCIATION, Optional.empty(),
          LocalDate.of(2025, 9, 30), Optional.of(donnees))).code()).isEqualTo("DEM-RADIATION-NATIONALE-ATTRIBUTION");
    }

    @Test
    @DisplayName("R441-2-8 ; arrêté du 23 mars 2015 §5 : une radiation reportée garde sa date, jamais dans le futur")
    void la_date_d_une_radiation_nationale_n_est_pas_future() {
      Histoire h = Histoire.enregistreeLe(DEPOT).le(LocalDate.of(2025, 10, 1));
      Refus r = h.refuse(nationale(Acteur.gestionnaire(), MotifRadiation.RENONCIATION, Optional.empty(),
          LocalDate.of(2025, 10, 2), Optional.empty()));
      assertThat(r.code()).isEqualTo("DEM-RADIATION-NATIONALE-DATE");
      assertThat(r.donnees()).containsEntry("dateRadiation", "2025-10-02");
    }

    @Test
    @DisplayName("R441-2-8 a : la radiation pour attribution ne se prononce que par la signature du bail")
    void l_attribution_ne_se_radie_que_par_la_signature_du_bail() {
      // The command cannot even be built: the radiation for attribution follows the lease.
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> radier(BAILLEUR, MotifRadiation.ATTRIBUTION))
          .withMessageContaining("signed lease")
          .withMessageContaining(RegleDemande.RADIATION_ATTRIBUTION.id());
      org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
          .isThrownBy(() -> radier(Acteur.gestionnaire(), MotifRadiation.FUSION))
          .withMessageContaining("RadierPourFusion");
    }

    @Test
    void la_conservation_des_donnees_prend_fin_un_an_apres_la_radiation() {
      Histoire h = Histoire.enregistreeLe(DEPOT);
      h.le(LocalDate.of(2025, 5, 2)).accepte(radier(DESK, MotifRadiation.RENONCIATION));
      assertThat(h.etat().dateFinConservation(DelaisReglementaires.parDefaut())).contains(LocalDate.of(2026, 5, 2));
    }
  }

  @Test
  void le_territoire_d_une_demande_francilienne_est_la_region() {
    Histoire h = Histoire.enregistreeLe(DEPOT, Contenus.autresCommunes(Contenus.personneSeuleALille(),
        CodeInsee.parse("75113"), CodeInsee.parse("93066")));
    assertThat(h.etat().territoire().code()).isEqualTo("11");
    assertThat(EnumSet.allOf(MotifRadiation.class)).hasSize(6);
  }
}
