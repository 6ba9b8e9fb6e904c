package org.sne4j.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sne4j.attribution.Territoire.ALS;
import static org.sne4j.attribution.Territoire.DECLARATION;
import static org.sne4j.attribution.Territoire.DESK;
import static org.sne4j.attribution.Territoire.LMH;
import static org.sne4j.attribution.Territoire.PREFET;
import static org.sne4j.attribution.Territoire.bail;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.RefusException;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.ActeAttribution;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EtapeAttribution;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.information.VueDemandeur;
import org.sne4j.logement.Financement;
import org.sne4j.piece.PieceJustificative;

class AttributionTest {

  final Territoire t = new Territoire();
  static final LocalDate SEANCE = DECLARATION.plusDays(14);

  static void refuse(Runnable r, String code) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(RefusException.class, e -> assertThat(e.code()).isEqualTo(code));
  }

  static List<DecisionCandidat> decisions(Object... couples) {
    java.util.ArrayList<DecisionCandidat> l = new java.util.ArrayList<>();
    for (int i = 0; i < couples.length; i += 2) {
      l.add(new DecisionCandidat((NumeroUnique) couples[i], (DecisionCal) couples[i + 1]));
    }
    return l;
  }

  static DecisionCal nonAttribution() {
    return new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.INADEQUATION_TAILLE), Optional.empty());
  }

  @Nested
  @DisplayName("Les cinq décisions — CCH R441-3 a à e")
  class CinqDecisions {

    @Test
    @DisplayName("R441-3 a : attribution, proposition, acceptation, bail ; seul le signataire est radié")
    void attribution_simple_jusqu_au_bail() {
      IdentifiantVacance id = t.vacanceReservee("RPLS1", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH,
          decisions(a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution())));
      Vacance v = t.le(SEANCE.plusDays(1)).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(a);
      t.le(SEANCE.plusDays(4)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
      v = t.le(SEANCE.plusDays(20)).attributions().executer(bail(id, a));
      assertThat(v.etat()).isEqualTo(EtatVacance.LOUEE);
      assertThat(t.etat(a).radiation().orElseThrow().motif()).isEqualTo(MotifRadiation.ATTRIBUTION);
      assertThat(t.etat(a).radiation().orElseThrow().attribution().orElseThrow().contingent())
          .isEqualTo(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT);
      assertThat(t.etat(b).estRadiee()).isFalse();
      assertThat(t.etat(c).estRadiee()).isFalse();
    }

    @Test
    @DisplayName("R441-3 b : le premier refuse, le suivant l'obtient ; le troisième apprend qu'un mieux classé a signé")
    void attribution_en_rang_et_refus_du_premier() {
      IdentifiantVacance id = t.vacanceReservee("RPLS2", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, new DecisionCal.AttributionEnRang(3))));
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      // R441-3 b: on a's refusal the dwelling goes at once to the next ranked candidate
      Vacance v = t.le(SEANCE.plusDays(3)).attributions().executer(new CommandeVacance.RefuserOffre(id, LMH, a, "Trop éloigné du travail"));
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(b);
      assertThat(v.offre().orElseThrow().dateLimiteReponse()).isAfterOrEqualTo(SEANCE.plusDays(13));
      assertThat(t.etat(b).decisionCal(v.logement().identifiant()).orElseThrow().etape()).isEqualTo(EtapeAttribution.OFFERTE);
      t.le(SEANCE.plusDays(6)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), b));
      v = t.le(SEANCE.plusDays(15)).attributions().executer(bail(id, b));
      assertThat(v.suivis().get(c).etat()).isEqualTo(EtatCandidat.SANS_SUITE);
      assertThat(t.etat(c).estRadiee()).isFalse();
      assertThat(t.etat(c).decisionCal(v.logement().identifiant()).orElseThrow().etape()).isEqualTo(EtapeAttribution.SANS_SUITE);
      assertThat(t.etat(a).decisionCal(v.logement().identifiant()).orElseThrow().etape()).isEqualTo(EtapeAttribution.REFUSEE);
      VueDemandeur vue = t.le(SEANCE.plusDays(15)).consultation().vueDemandeur(Acteur.demandeur(), c);
      assertThat(vue.evenements()).extracting(VueDemandeur.Ligne::texte)
          .anySatisfy(x -> assertThat(x).contains("attribution en rang n°3"))
          .anySatisfy(x -> assertThat(x).contains("attribué à un candidat mieux classé").contains("n°3")
              .contains("reste active").contains("ce n'est pas un refus"));
    }

    @Test
    @DisplayName("R441-3 c : la condition levée à temps mène au bail ; manquée, le rang suivant l'obtient")
    void attribution_sous_condition_suspensive() {
      IdentifiantVacance id = t.vacanceReservee("RPLS3", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      LocalDate limite = SEANCE.plusDays(10);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), limite, Optional.of(1)),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE-CONDITION");
      refuse(() -> t.le(limite).attributions().executer(new CommandeVacance.ConstaterConditionNonLevee(id, LMH, a)),
          "DEM-CONDITION-DELAI-EN-COURS");
      Vacance v = t.le(limite.plusDays(1)).attributions().executer(new CommandeVacance.ConstaterConditionNonLevee(id, LMH, a));
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(b);
      assertThat(v.suivis().get(a).etat()).isEqualTo(EtatCandidat.ECARTE);
    }

    @Test
    void attribution_sous_condition_levee_a_temps() {
      IdentifiantVacance id = t.vacanceReservee("RPLS4", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      LocalDate limite = SEANCE.plusDays(10);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), limite, Optional.empty()),
          b, nonAttribution(), c, nonAttribution())));
      t.le(SEANCE.plusDays(5)).demandes().executer(new CommandeDemande.EnregistrerPieces(a, Acteur.demandeur(), Set.of(PieceJustificative.AVIS_IMPOSITION)));
      t.le(SEANCE.plusDays(6)).attributions().executer(new CommandeVacance.LeverCondition(id, LMH, a));
      t.le(SEANCE.plusDays(6)).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      t.le(SEANCE.plusDays(7)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
      assertThat(t.le(SEANCE.plusDays(9)).attributions().executer(bail(id, a)).etat()).isEqualTo(EtatVacance.LOUEE);
    }

    @Test
    @DisplayName("R441-3 d, L441-2-2 : la propriété d'un logement ne motive pas un refus en cas d'ordonnance de protection")
    void non_attribution_et_ordonnance_de_protection() {
      IdentifiantVacance id = t.vacanceReservee("RPLS5", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.le(DECLARATION).demandes().executer(new CommandeDemande.EnregistrerPieces(a, DESK, Set.of(PieceJustificative.ORDONNANCE_PROTECTION)));
      t.enCommission(id, List.of(a, b, c), SEANCE);
      DecisionCal proprietaire = new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.PROPRIETAIRE_LOGEMENT_ADAPTE), Optional.empty());
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, proprietaire, b, new DecisionCal.Attribution(), c, nonAttribution()))), "VAC-PROPRIETAIRE-ORDONNANCE-PROTECTION");
      Vacance v = t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty()),
          b, new DecisionCal.Attribution(), c, proprietaire)));
      assertThat(v.suivis().get(c).etat()).isEqualTo(EtatCandidat.ECARTE);
    }

    @Test
    @DisplayName("R441-3 e, R441-2-8 d : le rejet pour irrecevabilité avertit ; le bailleur radie un mois après")
    void rejet_pour_irrecevabilite() {
      IdentifiantVacance id = t.vacanceReservee("RPLS6", Financement.PLAI);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR),
          b, new DecisionCal.Attribution(), c, nonAttribution())));
      assertThat(t.etat(a).avertissement()).as("the decision alone warns nobody: the letter does").isEmpty();
      // R441-2-8 d: the bailleur's registered letter, sent two days after the session, starts the month
      LocalDate lettre = SEANCE.plusDays(2);
      t.le(SEANCE.plusDays(3)).demandes().executer(new CommandeDemande.NotifierIrrecevabilite(a, LMH,
          new org.sne4j.logement.IdentifiantRpls("RPLS6"), Optional.of(lettre), Optional.of("LRAR 1A 123 456 7890 1")));
      assertThat(t.etat(a).avertissement().orElseThrow().radiationPossibleLe()).isEqualTo(lettre.plusMonths(1).plusDays(1));
      refuse(() -> t.le(lettre.plusMonths(1)).demandes().executer(new CommandeDemande.Radier(a, LMH, MotifRadiation.IRRECEVABILITE)),
          "DEM-RADIATION-IRRECEVABILITE");
      t.le(lettre.plusMonths(1).plusDays(1)).demandes().executer(new CommandeDemande.Radier(a, LMH, MotifRadiation.IRRECEVABILITE));
      assertThat(t.etat(a).radiation().orElseThrow().sousMotif()).contains(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR);
    }

    @Test
    @DisplayName("L441-3 : pas de rejet pour ressources au-dessus du plafond quand elles ne le dépassent pas")
    void irrecevabilite_pour_ressources_refusee_si_eligible() {
      IdentifiantVacance id = t.vacanceReservee("RPLS7", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.Irrecevabilite(SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND),
          b, new DecisionCal.Attribution(), c, nonAttribution()))), "VAC-IRRECEVABILITE-RESSOURCES");
    }

    /** A vacancy in commission with three candidates, and the decisions {@code couples} on it. */
    Runnable rendre(LocalDate jour, Object... couples) {
      return () -> t.le(jour).attributions().executer(new CommandeVacance.RendreDecisions(vacance, LMH, decisions(couples)));
    }

    IdentifiantVacance vacance;
    NumeroUnique a, b, c;

    void enCommission(String rpls) {
      vacance = t.vacanceReservee(rpls, Financement.PLUS);
      a = t.demande();
      b = t.demande();
      c = t.demande();
      t.enCommission(vacance, List.of(a, b, c), SEANCE);
    }

    @Test
    @DisplayName("R441-3 a, b : une attribution simple désigne le seul attributaire")
    void une_attribution_simple_designe_le_seul_attributaire() {
      enCommission("RPLS8");
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), b, new DecisionCal.Attribution(), c, nonAttribution()),
          "VAC-ATTRIBUTION-SIMPLE");
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), b, new DecisionCal.AttributionEnRang(2), c, nonAttribution()),
          "VAC-ATTRIBUTION-SIMPLE");
    }

    @Test
    @DisplayName("R441-3 b : les rangs des attributaires sont 1, 2, 3… sans doublon ni lacune")
    void les_rangs_sont_sans_doublon_ni_lacune() {
      enCommission("RPLS8");
      refuse(rendre(SEANCE, a, new DecisionCal.AttributionEnRang(1), b, new DecisionCal.AttributionEnRang(3), c, nonAttribution()),
          "VAC-DECISIONS-RANGS");
      refuse(rendre(SEANCE, a, new DecisionCal.AttributionEnRang(1), b, new DecisionCal.AttributionEnRang(1), c, nonAttribution()),
          "VAC-DECISIONS-RANGS");
    }

    @Test
    @DisplayName("R441-3 : chaque candidat examiné reçoit une décision")
    void chaque_candidat_examine_recoit_une_decision() {
      enCommission("RPLS8");
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), b, nonAttribution()), "VAC-DECISIONS-CANDIDATS");
    }

    @Test
    @DisplayName("R441-3 : un candidat ne reçoit qu'une décision")
    void un_candidat_ne_recoit_qu_une_decision() {
      enCommission("RPLS8");
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), a, nonAttribution(), b, nonAttribution(), c, nonAttribution()),
          "VAC-DECISION-DOUBLE");
    }

    @Test
    @DisplayName("R441-3, L441-2-1 : la commission ne statue que sur les candidats inscrits")
    void la_commission_ne_statue_que_sur_les_candidats_inscrits() {
      enCommission("RPLS8");
      NumeroUnique autre = t.demande();
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution(), autre, nonAttribution()),
          "VAC-DECISION-HORS-INSCRIPTION");
    }

    @Test
    @DisplayName("R441-3 : les décisions sont prises en séance, à la date prévue ou après")
    void les_decisions_sont_prises_en_seance() {
      enCommission("RPLS8");
      refuse(rendre(SEANCE.minusDays(1), a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution()), "VAC-SEANCE");
    }

    @Test
    @DisplayName("R441-3 : la commission ne statue que sur un logement inscrit et pas encore décidé")
    void la_commission_ne_statue_qu_une_fois_par_tour() {
      enCommission("RPLS8");
      rendre(SEANCE, a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution()).run();
      refuse(rendre(SEANCE, a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution()), "VAC-DECISIONS-ETAT");
      IdentifiantVacance nonInscrite = t.vacanceReservee("RPLS9", Financement.PLUS);
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(nonInscrite, LMH,
          decisions(a, new DecisionCal.Attribution()))), "VAC-DECISIONS-ETAT");
    }
  }

  @Nested
  @DisplayName("Au moins trois candidats et ses exceptions — CCH R441-3 al. 1")
  class TroisCandidats {

    @Test
    @DisplayName("R441-3 al. 1 : moins de trois candidats sans exception est refusé")
    void moins_de_trois_candidats_sans_exception_est_refuse() {
      IdentifiantVacance id = t.vacanceReservee("RPLS10", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande();
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false));
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, b, false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE, Optional.empty(), Optional.empty())),
          "VAC-TROIS-CANDIDATS");
    }

    @Test
    @DisplayName("R441-3 al. 1 : la commission n'examine pas un logement sans candidat")
    void pas_de_commission_sans_candidat() {
      IdentifiantVacance id = t.vacanceReservee("RPLS17", Financement.PLUS);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS), Optional.of("Aucun"))), "VAC-SANS-CANDIDAT");
    }

    @Test
    @DisplayName("R441-3 al. 1 : l'insuffisance du nombre des candidats doit être justifiée")
    void l_insuffisance_des_candidats_doit_etre_justifiee() {
      IdentifiantVacance id = t.vacanceReservee("RPLS11", Financement.PLUS);
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, t.demande(), false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS), Optional.empty())), "VAC-INSUFFISANCE-NON-JUSTIFIEE");
      Vacance v = t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS), Optional.of("Un seul ménage correspond à ce T2 adapté")));
      assertThat(v.exception()).contains(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS);
    }

    @Test
    @DisplayName("L441-2-3 II al. 7 : le préfet désigne au titre du DALO un ménage reconnu par la commission de médiation")
    void le_prefet_designe_au_titre_du_dalo_un_candidat_seul() {
      IdentifiantVacance id = t.vacanceReservee("RPLS12", Financement.PLUS);
      NumeroUnique sansDalo = t.demande();
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, PREFET, sansDalo, true)), "VAC-DESIGNATION-DALO");
      NumeroUnique dalo = t.demandeDalo();
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, PREFET, dalo, true));
      Vacance v = t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.DESIGNATION_PREFET_DALO), Optional.empty()));
      assertThat(v.candidats()).singleElement().satisfies(c -> assertThat(c.designationPrefetDalo()).isTrue());
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(dalo, new DecisionCal.Attribution())));
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      VueDemandeur vue = t.le(SEANCE).consultation().vueDemandeur(Acteur.demandeur(), dalo);
      assertThat(vue.evenements()).extracting(VueDemandeur.Ligne::texte)
          .anySatisfy(x -> assertThat(x).contains("au titre du droit au logement opposable (DALO)").contains("48,5 m²")
              .contains("Si vous refusez ce logement"));
    }

    @Test
    @DisplayName("R441-3 al. 1 : la désignation DALO ne vaut exception que si tous les candidats le sont")
    void la_designation_dalo_ne_vaut_exception_que_si_tous_les_candidats_le_sont() {
      IdentifiantVacance id = t.vacanceReservee("RPLS13", Financement.PLUS);
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, PREFET, t.demandeDalo(), true));
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, t.demande(), false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.DESIGNATION_PREFET_DALO), Optional.empty())), "VAC-EXCEPTION-DALO");
    }

    @Test
    @DisplayName("R441-3 al. 1, D331-25-1 : un logement PLAI adapté peut être examiné avec un candidat, pas un autre")
    void un_logement_plai_adapte_peut_etre_examine_avec_un_candidat() {
      IdentifiantVacance plus = t.vacanceReservee("RPLS14", Financement.PLUS);
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(plus, ALS, t.demande(), false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(plus, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.LOGEMENT_PLAI_ADAPTE), Optional.empty())), "VAC-EXCEPTION-PLAI-ADAPTE");
      IdentifiantVacance adapte = t.vacanceReservee("RPLS15", Financement.PLAI_ADAPTE);
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(adapte, ALS, t.demande(), false));
      t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(adapte, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.LOGEMENT_PLAI_ADAPTE), Optional.empty()));
    }

    @Test
    @DisplayName("R441-3 al. 1 : une exception n'a pas lieu d'être avec trois candidats")
    void une_exception_n_a_pas_lieu_d_etre_avec_trois_candidats() {
      IdentifiantVacance id = t.vacanceReservee("RPLS16", Financement.PLAI_ADAPTE);
      for (int i = 0; i < 3; i++) {
        t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, t.demande(), false));
      }
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.LOGEMENT_PLAI_ADAPTE), Optional.empty())), "VAC-EXCEPTION-SANS-OBJET");
    }
  }

  @Nested
  @DisplayName("Désignation, proposition et bail — CCH R441-5, R441-10, R441-2-8 a")
  class DesignationPropositionBail {

    @Test
    @DisplayName("R441-5, L441-2-3 II : seul le titulaire du droit de désignation, ou le préfet au titre du DALO, désigne")
    void seul_le_titulaire_designe() {
      IdentifiantVacance id = t.vacanceReservee("RPLS20", Financement.PLUS);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, Territoire.VILOGIA, t.demande(), false)),
          "VAC-DESIGNATION-TITULAIRE");
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, PREFET, t.demandeDalo(), false)),
          "VAC-DESIGNATION-TITULAIRE");
    }

    @Test
    @DisplayName("R441-2-1, R441-2-5 : un candidat a une demande enregistrée dans le département du logement")
    void pas_de_candidat_hors_du_territoire() {
      IdentifiantVacance id = t.vacanceReservee("RPLS20", Financement.PLUS);
      NumeroUnique arras = t.demande(Contenus.autresCommunes(Contenus.personneSeuleALille(), Contenus.ARRAS));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, arras, false)), "VAC-CANDIDAT-HORS-TERRITOIRE");
    }

    @Test
    @DisplayName("R441-3 al. 1, R441-5 : une demande n'est désignée qu'une fois sur un logement")
    void une_demande_n_est_designee_qu_une_fois() {
      IdentifiantVacance id = t.vacanceReservee("RPLS20", Financement.PLUS);
      NumeroUnique a = t.demande();
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false)), "VAC-DESIGNATION-DOUBLE");
    }

    @Test
    @DisplayName("R441-3 : on ne désigne ni ne retire de candidat une fois le logement inscrit en commission")
    void pas_de_designation_apres_l_inscription() {
      IdentifiantVacance id = t.vacanceReservee("RPLS20", Financement.PLUS);
      NumeroUnique a = t.demande();
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false));
      t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.of(ExceptionTroisCandidats.INSUFFISANCE_DES_CANDIDATS), Optional.of("Vacance en fin d'année")));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, t.demande(), false)), "VAC-DESIGNATION-ETAT");
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.RetirerCandidat(id, ALS, a, "Erreur")), "VAC-DESIGNATION-ETAT");
    }

    @Test
    @DisplayName("R441-5, R441-2-15 : on ne retire qu'un candidat désigné sur ce logement")
    void on_ne_retire_qu_un_candidat_designe() {
      IdentifiantVacance id = t.vacanceReservee("RPLS26", Financement.PLUS);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.RetirerCandidat(id, ALS, t.demande(), "Erreur")),
          "VAC-RETRAIT-SANS-DESIGNATION");
    }

    @Test
    @DisplayName("R441-2-15 : le retrait d'un candidat retire sa désignation, et le retrait reste tracé")
    void retirer_un_candidat_retire_sa_designation_sur_sa_demande() {
      IdentifiantVacance id = t.vacanceReservee("RPLS25", Financement.PLUS);
      NumeroUnique a = t.demande();
      t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false));
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.RetirerCandidat(id, LMH, a, "Erreur")), "VAC-RETRAIT-AUTEUR");
      Vacance v = t.le(DECLARATION.plusDays(1)).attributions().executer(new CommandeVacance.RetirerCandidat(id, ALS, a, "Ménage déjà relogé ailleurs"));
      assertThat(v.candidats()).isEmpty();
      VueDemandeur vue = t.le(DECLARATION.plusDays(1)).consultation().vueDemandeur(Acteur.demandeur(), a);
      assertThat(vue.evenements()).filteredOn(l -> l.titre().startsWith("Désignation"))
          .singleElement().satisfies(l -> assertThat(l.retire()).hasValueSatisfying(r -> assertThat(r).contains("déjà relogé")));
      t.le(DECLARATION.plusDays(2)).attributions().executer(new CommandeVacance.Designer(id, ALS, a, false));
    }

    @Test
    @DisplayName("R441-5 : le bailleur reprend la désignation à l'expiration du délai du réservataire")
    void le_bailleur_reprend_la_designation_apres_le_delai_du_reservataire() {
      IdentifiantVacance id = t.vacanceReservee("RPLS21", Financement.PLUS);
      refuse(() -> t.le(DECLARATION.plusMonths(1)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, LMH)), "VAC-REPRISE-DESIGNATION");
      Vacance v = t.le(DECLARATION.plusMonths(1).plusDays(1)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, LMH));
      assertThat(v.titulaire().contingent()).isEqualTo(TypeReservataire.HORS_CONTINGENT);
      t.le(DECLARATION.plusMonths(1).plusDays(2)).attributions().executer(new CommandeVacance.Designer(id, LMH, t.demande(), false));
    }

    @Test
    @DisplayName("R441-5 : le bailleur ne reprend qu'une désignation confiée à un réservataire")
    void le_bailleur_ne_reprend_qu_une_designation_confiee_a_un_reservataire() {
      IdentifiantVacance id = t.vacanceReservee("RPLS27", Financement.PLUS);
      t.le(DECLARATION.plusMonths(1).plusDays(1)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, LMH));
      refuse(() -> t.le(DECLARATION.plusMonths(1).plusDays(2)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, LMH)),
          "VAC-REPRISE-SANS-RESERVATAIRE");
    }

    @Test
    @DisplayName("R441-5 : la désignation ne se reprend plus une fois le logement inscrit en commission")
    void la_designation_ne_se_reprend_plus_apres_l_inscription() {
      IdentifiantVacance id = t.vacanceReservee("RPLS28", Financement.PLUS);
      t.enCommission(id, List.of(t.demande(), t.demande(), t.demande()), SEANCE);
      refuse(() -> t.le(DECLARATION.plusMonths(2)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, LMH)),
          "VAC-REPRISE-ETAT");
    }

    @Test
    @DisplayName("R441-10 : sans réponse dans le délai, la proposition est réputée refusée et passe au suivant")
    void le_defaut_de_reponse_passe_au_suivant() {
      IdentifiantVacance id = t.vacanceReservee("RPLS22", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      LocalDate offre = LocalDate.of(2025, 11, 5);
      Vacance v = t.le(offre).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      // notified Wednesday 5 November: ten days end Saturday 15 → extended to Monday 17 (CPC 642)
      assertThat(v.offre().orElseThrow().dateLimiteReponse()).isEqualTo(LocalDate.of(2025, 11, 17));
      refuse(() -> t.le(LocalDate.of(2025, 11, 17)).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, LMH)),
          "VAC-DEFAUT-REPONSE-DELAI");
      refuse(() -> t.le(LocalDate.of(2025, 11, 18)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a)),
          "VAC-REPONSE-DELAI");
      v = t.le(LocalDate.of(2025, 11, 18)).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, LMH));
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(b);
    }

    @Test
    @DisplayName("R441-3 b : sans proposition au suivant dans les règles locales, le bailleur propose lui-même")
    void la_proposition_au_suivant_est_un_parametre_local() {
      Territoire manuel = new Territoire(new org.sne4j.Banc("manuel")) {
        @Override
        org.sne4j.api.Sne le(LocalDate jour) {
          return banc.builder(jour)
              .reglesAttribution(ReglesLocalesAttribution.builder().propositionAuSuivant(false).build()).build();
        }
      };
      IdentifiantVacance id = manuel.vacanceReservee("RPLS23", Financement.PLUS);
      NumeroUnique a = manuel.demande(), b = manuel.demande(), c = manuel.demande();
      manuel.enCommission(id, List.of(a, b, c), SEANCE);
      manuel.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      manuel.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      Vacance v = manuel.le(SEANCE.plusDays(2)).attributions().executer(new CommandeVacance.RefuserOffre(id, LMH, a, "Trop petit"));
      assertThat(v.offre()).isEmpty();
      v = manuel.le(SEANCE.plusDays(3)).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(b);
    }

    @Test
    @DisplayName("R441-3 c : des pièces fournies à temps qui montrent des conditions d'accès non remplies : pas de bail, au suivant")
    void des_pieces_qui_montrent_des_conditions_non_remplies_passent_au_suivant() {
      IdentifiantVacance id = t.vacanceReservee("RPLS24", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      LocalDate limite = SEANCE.plusDays(10);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), limite, Optional.of(1)),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      CommandeVacance nonRemplies = new CommandeVacance.ConstaterConditionsNonRemplies(id, LMH, a,
          SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND);
      refuse(() -> t.le(SEANCE.plusDays(2)).attributions().executer(nonRemplies), "DEM-CONDITIONS-ACCES-SANS-PIECES");
      t.le(SEANCE.plusDays(3)).demandes().executer(new CommandeDemande.EnregistrerPieces(a, Acteur.demandeur(),
          Set.of(PieceJustificative.AVIS_IMPOSITION)));

      Vacance v = t.le(SEANCE.plusDays(4)).attributions().executer(nonRemplies);

      assertThat(v.suivis().get(a).etat()).isEqualTo(EtatCandidat.ECARTE);
      assertThat(v.offre().orElseThrow().candidat()).isEqualTo(b);
      assertThat(t.etat(a).decisionCal(v.logement().identifiant()).orElseThrow().etape())
          .isEqualTo(EtapeAttribution.CONDITIONS_ACCES_NON_REMPLIES);
      refuse(() -> t.le(SEANCE.plusDays(5)).attributions().executer(new CommandeVacance.SignerBail(id, LMH, a,
          org.sne4j.cal.AccordCollectif.AUCUN)), "VAC-BAIL-ACCEPTATION");
      VueDemandeur vue = t.le(SEANCE.plusDays(5)).consultation().vueDemandeur(Acteur.demandeur(), a);
      assertThat(vue.evenements()).extracting(VueDemandeur.Ligne::texte)
          .anySatisfy(x -> assertThat(x).contains("conditions d'accès").contains("ne vous est pas attribué"));
    }

    @Test
    @DisplayName("R441-2-8 a : un seul bail par vacance, jamais deux")
    void un_seul_bail_par_vacance() {
      IdentifiantVacance id = t.vacanceReservee("RPLS23", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      t.le(SEANCE).attributions().executer(new CommandeVacance.AccepterOffre(id, LMH, a));
      t.le(SEANCE.plusDays(2)).attributions().executer(bail(id, a));
      refuse(() -> t.le(SEANCE.plusDays(3)).attributions().executer(bail(id, b)), "VAC-BAIL-UNIQUE");
      refuse(() -> t.le(SEANCE.plusDays(3)).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-BAIL-UNIQUE");
    }

    @Test
    @DisplayName("R441-3, R441-10 : le bail est signé avec l'attributaire qui a accepté la proposition")
    void le_bail_est_signe_avec_l_attributaire_qui_a_accepte() {
      IdentifiantVacance id = t.vacanceReservee("RPLS29", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
      refuse(() -> t.le(SEANCE).attributions().executer(bail(id, a)), "VAC-BAIL-ACCEPTATION");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      t.le(SEANCE).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
      refuse(() -> t.le(SEANCE).attributions().executer(bail(id, b)), "VAC-BAIL-ACCEPTATION");
    }

    @Test
    @DisplayName("R441-3 : un nouveau tour s'ouvre quand plus aucun attributaire ne reste en lice")
    void un_nouveau_tour_quand_plus_aucun_attributaire() {
      IdentifiantVacance id = t.vacanceReservee("RPLS24", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.OuvrirNouveauTour(id, LMH, "?")), "VAC-NOUVEAU-TOUR");
      Vacance v = t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, nonAttribution(), b, nonAttribution(), c, nonAttribution())));
      assertThat(v.etat()).isEqualTo(EtatVacance.SANS_ATTRIBUTAIRE);
      v = t.le(SEANCE).attributions().executer(new CommandeVacance.OuvrirNouveauTour(id, LMH, "Aucun candidat retenu"));
      assertThat(v.etat()).isEqualTo(EtatVacance.EN_DESIGNATION);
      assertThat(v.tour()).isEqualTo(2);
      assertThat(v.candidats()).isEmpty();
    }
  }

  @Nested
  @DisplayName("Déclaration de la vacance et actes du bailleur — CCH L441-2, R441-5, R441-3")
  class DeclarationEtBailleur {

    @Test
    @DisplayName("L441-2 : un logement n'est attribué qu'une fois déclaré vacant")
    void pas_d_acte_sur_une_vacance_non_declaree() {
      IdentifiantVacance inconnue = IdentifiantVacance.de(org.sne4j.logement.IdentifiantRpls.parse("RPLS50"), DECLARATION);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(inconnue, ALS, t.demande(), false)),
          "VAC-INCONNUE");
      refuse(() -> t.le(DECLARATION).attributions().dossierCommission(LMH, inconnue), "VAC-INCONNUE");
    }

    @Test
    @DisplayName("L441-2 : une vacance n'est déclarée qu'une fois")
    void une_vacance_n_est_declaree_qu_une_fois() {
      IdentifiantVacance id = t.vacanceReservee("RPLS51", Financement.PLUS);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Declarer(id, LMH,
          Territoire.logement("RPLS51", Financement.PLUS), DECLARATION.plusMonths(1),
          new TitulaireDesignation(ALS, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT))), "VAC-DEJA-DECLAREE");
    }

    @Test
    @DisplayName("R441-5 : un logement est déclaré vacant par son bailleur")
    void un_logement_est_declare_vacant_par_son_bailleur() {
      IdentifiantVacance id = IdentifiantVacance.de(org.sne4j.logement.IdentifiantRpls.parse("RPLS52"), DECLARATION);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Declarer(id, Territoire.VILOGIA,
          Territoire.logement("RPLS52", Financement.PLUS), DECLARATION.plusMonths(1),
          new TitulaireDesignation(ALS, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT))), "VAC-DECLARATION-AUTEUR");
    }

    @Test
    @DisplayName("R441-5 : un logement non réservé reste au bailleur qui le déclare")
    void un_logement_non_reserve_reste_au_bailleur_qui_le_declare() {
      IdentifiantVacance id = IdentifiantVacance.de(org.sne4j.logement.IdentifiantRpls.parse("RPLS53"), DECLARATION);
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.Declarer(id, LMH,
          Territoire.logement("RPLS53", Financement.PLUS), DECLARATION.plusMonths(1),
          TitulaireDesignation.bailleur(Territoire.VILOGIA))), "VAC-DECLARATION");
    }

    @Test
    @DisplayName("L441-2, R441-3 : l'inscription, les décisions, la proposition et le bail sont le fait du bailleur du logement")
    void les_actes_du_bailleur_sont_refuses_a_un_autre() {
      IdentifiantVacance id = t.vacanceReservee("RPLS54", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      for (NumeroUnique n : List.of(a, b, c)) {
        t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, n, false));
      }
      refuse(() -> t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, ALS, SEANCE,
          Optional.empty(), Optional.empty())), "VAC-BAILLEUR");
      refuse(() -> t.le(DECLARATION.plusMonths(2)).attributions().executer(new CommandeVacance.ReprendreDesignation(id, Territoire.VILOGIA)),
          "VAC-BAILLEUR");
      t.le(DECLARATION).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE, Optional.empty(), Optional.empty()));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, Territoire.VILOGIA, decisions(
          a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution()))), "VAC-BAILLEUR");
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution())));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, ALS)), "VAC-BAILLEUR");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      refuse(() -> t.le(SEANCE.plusMonths(1)).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, ALS)), "VAC-BAILLEUR");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.LeverCondition(id, ALS, a)), "VAC-BAILLEUR");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.SignerBail(id, ALS, a,
          org.sne4j.cal.AccordCollectif.AUCUN)), "VAC-BAILLEUR");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.OuvrirNouveauTour(id, ALS, "?")), "VAC-BAILLEUR");
    }

    @Test
    @DisplayName("R441-3 : le logement n'est inscrit en commission qu'une fois par tour")
    void le_logement_n_est_inscrit_qu_une_fois() {
      IdentifiantVacance id = t.vacanceReservee("RPLS55", Financement.PLUS);
      t.enCommission(id, List.of(t.demande(), t.demande(), t.demande()), SEANCE);
      refuse(() -> t.le(DECLARATION.plusDays(6)).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, SEANCE,
          Optional.empty(), Optional.empty())), "VAC-INSCRIPTION-ETAT");
    }

    @Test
    @DisplayName("R441-3 : le logement n'est inscrit que pour une séance à venir")
    void le_logement_n_est_inscrit_que_pour_une_seance_a_venir() {
      IdentifiantVacance id = t.vacanceReservee("RPLS56", Financement.PLUS);
      for (int i = 0; i < 3; i++) {
        t.le(DECLARATION).attributions().executer(new CommandeVacance.Designer(id, ALS, t.demande(), false));
      }
      refuse(() -> t.le(DECLARATION.plusDays(2)).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH,
          DECLARATION.plusDays(1), Optional.empty(), Optional.empty())), "VAC-SEANCE-PASSEE");
    }
  }

  @Nested
  @DisplayName("Proposition et réponse — CCH R441-10, R441-3 b, c")
  class PropositionEtReponse {

    IdentifiantVacance id;
    NumeroUnique a, b, c;

    /** Three candidates ranked 1 and 2 (and one not attributed), decided at the session. */
    void decidee(String rpls) {
      id = t.vacanceReservee(rpls, Financement.PLUS);
      a = t.demande();
      b = t.demande();
      c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.AttributionEnRang(1),
          b, new DecisionCal.AttributionEnRang(2), c, nonAttribution())));
    }

    @Test
    @DisplayName("R441-3 b, R441-10 : le logement n'est proposé qu'après la décision de la commission")
    void pas_de_proposition_avant_la_decision() {
      IdentifiantVacance id = t.vacanceReservee("RPLS60", Financement.PLUS);
      t.enCommission(id, List.of(t.demande(), t.demande(), t.demande()), SEANCE);
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE");
    }

    @Test
    @DisplayName("R441-3 b, R441-10 : sans attributaire en lice, le logement n'est pas proposé")
    void pas_de_proposition_sans_attributaire_en_lice() {
      IdentifiantVacance id = t.vacanceReservee("RPLS61", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, nonAttribution(), b, nonAttribution(), c, nonAttribution())));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE");
    }

    @Test
    @DisplayName("R441-10 : le logement n'est proposé qu'à un candidat à la fois")
    void une_proposition_a_la_fois() {
      decidee("RPLS62");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE-EN-COURS");
    }

    @Test
    @DisplayName("R441-10, R441-3 : une proposition acceptée attend le bail, le logement n'est plus proposé")
    void plus_de_proposition_apres_l_acceptation() {
      decidee("RPLS63");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      t.le(SEANCE.plusDays(1)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
      refuse(() -> t.le(SEANCE.plusDays(1)).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE-ACCEPTEE");
    }

    @Test
    @DisplayName("R441-10 : seul le candidat à qui le logement est proposé répond")
    void seul_le_candidat_a_qui_le_logement_est_propose_repond() {
      decidee("RPLS64");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), b)), "VAC-REPONSE");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RefuserOffre(id, Acteur.demandeur(), c, "Non")), "VAC-REPONSE");
    }

    @Test
    @DisplayName("R441-10 : la réponse vient du demandeur ou est enregistrée par le bailleur du logement")
    void la_reponse_vient_du_demandeur_ou_du_bailleur() {
      decidee("RPLS65");
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.AccepterOffre(id, ALS, a)), "VAC-REPONSE-AUTEUR");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.RefuserOffre(id, Territoire.VILOGIA, a, "Non")),
          "VAC-REPONSE-AUTEUR");
    }

    @Test
    @DisplayName("R441-10 : la réponse est donnée dans le délai")
    void la_reponse_est_donnee_dans_le_delai() {
      decidee("RPLS66");
      Vacance v = t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      LocalDate apres = v.offre().orElseThrow().dateLimiteReponse().plusDays(1);
      refuse(() -> t.le(apres).attributions().executer(new CommandeVacance.RefuserOffre(id, Acteur.demandeur(), a, "Non")),
          "VAC-REPONSE-DELAI");
    }

    @Test
    @DisplayName("R441-10 : le défaut de réponse ne se constate que sur une proposition en cours")
    void pas_de_defaut_de_reponse_sans_proposition() {
      decidee("RPLS67");
      refuse(() -> t.le(SEANCE.plusMonths(1)).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, LMH)),
          "VAC-DEFAUT-REPONSE-SANS-OFFRE");
    }

    @Test
    @DisplayName("R441-10 : le défaut de réponse ne se constate qu'après le délai")
    void le_defaut_de_reponse_ne_se_constate_qu_apres_le_delai() {
      decidee("RPLS68");
      Vacance v = t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      LocalDate limite = v.offre().orElseThrow().dateLimiteReponse();
      refuse(() -> t.le(limite).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, LMH)),
          "VAC-DEFAUT-REPONSE-DELAI");
      t.le(limite.plusDays(1)).attributions().executer(new CommandeVacance.ConstaterDefautDeReponse(id, LMH));
    }

    @Test
    @DisplayName("R441-3 c : un attributaire sous condition n'est proposé qu'une fois la condition levée")
    void pas_de_proposition_avant_la_levee() {
      IdentifiantVacance id = t.vacanceReservee("RPLS69", Financement.PLUS);
      NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(
          a, new DecisionCal.AttributionSousCondition(Set.of(PieceJustificative.AVIS_IMPOSITION), SEANCE.plusDays(10), Optional.of(1)),
          b, nonAttribution(), c, nonAttribution())));
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH)), "VAC-OFFRE-CONDITION");
    }

    @Test
    @DisplayName("R441-3 c : on ne statue que sur la condition d'un attributaire sous condition")
    void on_ne_statue_que_sur_la_condition_d_un_attributaire_sous_condition() {
      decidee("RPLS70");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.LeverCondition(id, LMH, a)), "VAC-CONDITION");
      refuse(() -> t.le(SEANCE).attributions().executer(new CommandeVacance.ConstaterConditionNonLevee(id, LMH, c)), "VAC-CONDITION");
    }
  }

  @Nested
  @DisplayName("Enregistrements d'attribution et dossier de commission")
  class Requetes {

    @Test
    void l_enregistrement_d_attribution_est_calcule_depuis_les_evenements() {
      IdentifiantVacance id = t.vacanceReservee("RPLS40", Financement.PLUS);
      NumeroUnique a = t.demandeDalo(), b = t.demande(), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH, decisions(a, new DecisionCal.Attribution(),
          b, nonAttribution(), c, nonAttribution())));
      t.le(SEANCE).attributions().executer(new CommandeVacance.Proposer(id, LMH));
      t.le(SEANCE.plusDays(1)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
      t.le(SEANCE.plusDays(10)).attributions().executer(bail(id, a));
      List<EnregistrementAttribution> r = t.le(SEANCE.plusDays(11)).attributions().enregistrementsAttribution(LMH, SEANCE, SEANCE.plusDays(30));
      assertThat(r).singleElement().satisfies(e -> {
        assertThat(e.demande()).isEqualTo(a);
        assertThat(e.dateBail()).isEqualTo(SEANCE.plusDays(10));
        assertThat(e.commune()).isEqualTo(Contenus.LILLE);
        assertThat(e.financement()).isEqualTo(Financement.PLUS);
        assertThat(e.personnes()).isEqualTo(1);
        assertThat(e.ressourcesAnnuellesParUc()).isEqualTo(org.sne4j.commun.Montant.euros(19_200));
        assertThat(e.dalo()).isTrue();
        assertThat(e.estPrioritaire()).isTrue();
        assertThat(e.contingent()).isEqualTo(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT);
        assertThat(e.designateur()).isEqualTo(ALS);
      });
      assertThat(t.le(SEANCE).attributions().enregistrementsAttribution(LMH, SEANCE.plusDays(11), SEANCE.plusDays(30))).isEmpty();
    }

    @Test
    void le_dossier_de_commission_donne_les_verifications_de_chaque_candidat() {
      IdentifiantVacance id = t.vacanceReservee("RPLS41", Financement.PLAI);
      NumeroUnique a = t.demande(), b = t.demande(Contenus.coupleAvecDeuxEnfants()), c = t.demande();
      t.enCommission(id, List.of(a, b, c), SEANCE);
      DossierCommission dossier = t.le(SEANCE).attributions().dossierCommission(LMH, id);
      assertThat(dossier.candidats()).hasSize(3);
      DossierCommission.Candidature couple = dossier.candidats().get(1);
      assertThat(couple.plafond().explication()).isNotBlank();
      assertThat(couple.adequation().explication()).contains("4");
      assertThat(couple.tauxEffort().explication()).isNotBlank();
      assertThat(couple.designation().designateur()).isEqualTo(ALS);
    }
  }
}
