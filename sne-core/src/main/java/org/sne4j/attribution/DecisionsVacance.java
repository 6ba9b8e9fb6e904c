package org.sne4j.attribution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.attribution.CommandeVacance.ConstaterDefautDeReponse;
import org.sne4j.attribution.CommandeVacance.Declarer;
import org.sne4j.attribution.CommandeVacance.Designer;
import org.sne4j.attribution.CommandeVacance.InscrireEnCommission;
import org.sne4j.attribution.CommandeVacance.OuvrirNouveauTour;
import org.sne4j.attribution.CommandeVacance.Proposer;
import org.sne4j.attribution.CommandeVacance.RendreDecisions;
import org.sne4j.attribution.CommandeVacance.AccepterOffre;
import org.sne4j.attribution.CommandeVacance.ConstaterConditionNonLevee;
import org.sne4j.attribution.CommandeVacance.LeverCondition;
import org.sne4j.attribution.CommandeVacance.RefuserOffre;
import org.sne4j.attribution.CommandeVacance.ReprendreDesignation;
import org.sne4j.attribution.CommandeVacance.RetirerCandidat;
import org.sne4j.attribution.CommandeVacance.SignerBail;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.Decision;
import org.sne4j.commun.Refus;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.ActeAttribution;
import org.sne4j.demande.ActeDemande;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.DecisionsDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.eligibilite.RevenusInvoques;
import org.sne4j.eligibilite.StatutEligibilite;
import org.sne4j.logement.Financement;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The decisions of the attribution process: {@link #decider} turns a vacancy command, the
 * vacancy's state and the candidates' demands into the vacancy's events and the demands' events
 * (each obtained from the demand's own {@link DecisionsDemande#decider}, so that a demand's rules
 * hold whoever acts), or a refusal. Pure.
 */
public final class DecisionsVacance {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private DecisionsVacance() {}

  /**
   * Decides a vacancy command.
   *
   * @param commande what the actor asks
   * @param etat the vacancy's state, empty before its declaration
   * @param demandes the current state of every demand the command concerns (the candidate, or
   *     all the candidates of the round)
   * @param ctx the day, the timers, the local rules, the ceilings
   */
  public static EffetsAttribution decider(
      CommandeVacance commande, Optional<Vacance> etat, Map<NumeroUnique, Demande> demandes, ContexteAttribution ctx) {
    if (commande instanceof Declarer c) {
      return etat.isPresent()
          ? refus(RegleAttribution.VACANCE_DEJA_DECLAREE, "La vacance " + c.vacance() + " est déjà déclarée.")
          : declarer(c, ctx);
    }
    if (etat.isEmpty()) {
      return refus(RegleAttribution.VACANCE_INCONNUE, "Aucune vacance n'est déclarée sous l'identifiant " + commande.vacance() + ".");
    }
    Vacance v = etat.get();
    if (v.bail().isPresent()) {
      return refus(RegleAttribution.BAIL_UNIQUE,
          "Le logement " + v.logement().identifiant() + " est loué depuis le " + JOUR.format(v.bail().get().date())
              + " : la vacance est close.");
    }
    Effets effets = new Effets(v, demandes, ctx);
    if (commande instanceof Designer c) {
      return designer(c, v, effets, ctx);
    } else if (commande instanceof RetirerCandidat c) {
      return retirer(c, v, effets, ctx);
    } else if (commande instanceof ReprendreDesignation c) {
      return reprendre(c, v, ctx);
    } else if (commande instanceof InscrireEnCommission c) {
      return inscrire(c, v, effets, ctx);
    } else if (commande instanceof RendreDecisions c) {
      return rendre(c, v, effets, demandes, ctx);
    } else if (commande instanceof Proposer c) {
      return proposer(c, v, effets, ctx);
    } else if (commande instanceof AccepterOffre c) {
      return repondre(c, c.candidat(), true, Optional.empty(), v, effets, ctx);
    } else if (commande instanceof RefuserOffre c) {
      return repondre(c, c.candidat(), false, Optional.of(c.motif()), v, effets, ctx);
    } else if (commande instanceof ConstaterDefautDeReponse c) {
      return defautDeReponse(c, v, effets, ctx);
    } else if (commande instanceof LeverCondition c) {
      return condition(c, c.candidat(), true, v, effets, ctx);
    } else if (commande instanceof ConstaterConditionNonLevee c) {
      return condition(c, c.candidat(), false, v, effets, ctx);
    } else if (commande instanceof CommandeVacance.ConstaterConditionsNonRemplies c) {
      return conditionsNonRemplies(c, v, effets, ctx);
    } else if (commande instanceof SignerBail c) {
      return signer(c, v, effets, demandes, ctx);
    } else if (commande instanceof OuvrirNouveauTour c) {
      return nouveauTour(c, v, ctx);
    }
    throw new IllegalArgumentException("Unknown command " + commande);
  }

  // ---------------------------------------------------------------------------------------------

  private static EffetsAttribution declarer(Declarer c, ContexteAttribution ctx) {
    if (!c.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.DECLARATION_AUTEUR,
          "Seul le bailleur du logement (" + c.logement().bailleur().nom() + ") le déclare vacant.");
    }
    if (c.titulaire().acteur().type() == TypeActeur.BAILLEUR && !c.titulaire().acteur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.DECLARATION, "Un logement non réservé reste au bailleur qui le déclare.");
    }
    return accepte(List.of(new EvenementVacance.VacanceDeclaree(
        c.vacance(), ctx.aujourdhui(), c.auteur(), c.logement(), c.dateLiberation(), c.titulaire())), Map.of());
  }

  private static EffetsAttribution designer(Designer c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (v.etat() != EtatVacance.EN_DESIGNATION) {
      return refus(RegleAttribution.DESIGNATION_ETAT,
          "La vacance est à l'étape « " + v.etat().libelle() + " » : on n'y désigne plus de candidat.");
    }
    boolean titulaire = v.titulaire().acteur().estLaMemeEntiteQue(c.auteur());
    boolean prefetDalo = c.designationPrefetDalo() && c.auteur().type() == TypeActeur.SERVICE_ETAT;
    if (!titulaire && !prefetDalo) {
      return refus(RegleAttribution.DESIGNATION_TITULAIRE,
          "Les candidats de ce logement sont désignés par " + v.titulaire().acteur().nom()
              + (c.designationPrefetDalo() ? " ; seuls les services du préfet désignent au titre du DALO." : "."));
    }
    if (v.candidat(c.candidat()).isPresent()) {
      return refus(RegleAttribution.DESIGNATION_DOUBLE, "La demande " + c.candidat() + " est déjà désignée sur ce logement.");
    }
    Optional<Demande> demande = effets.demande(c.candidat());
    if (demande.isPresent() && !demande.get().territoire().equals(TerritoireEnregistrement.de(v.logement().commune()))) {
      return refus(RegleAttribution.CANDIDAT_HORS_TERRITOIRE,
          "La demande " + c.candidat() + " est enregistrée pour « " + demande.get().territoire().libelle()
              + " », pas pour le territoire du logement.");
    }
    if (c.designationPrefetDalo() && demande.map(d -> d.statutDalo() != StatutDalo.ACTIF).orElse(false)) {
      return refus(RegleAttribution.DESIGNATION_DALO,
          "La demande " + c.candidat() + " n'a pas de décision favorable de la commission de médiation en vigueur.");
    }
    Optional<Refus> r = effets.appliquer(new ActeAttribution.Designer(c.candidat(), c.auteur(), v.logement().identifiant(),
        Optional.of(v.titulaire().contingent())));
    return r.map(DecisionsVacance::refuse).orElseGet(() -> effets.accepter(
        new EvenementVacance.CandidatDesigne(c.vacance(), ctx.aujourdhui(), c.auteur(), c.candidat(), c.designationPrefetDalo())));
  }

  private static EffetsAttribution retirer(RetirerCandidat c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (v.etat() != EtatVacance.EN_DESIGNATION) {
      return refus(RegleAttribution.DESIGNATION_ETAT, "Le logement est déjà inscrit en commission : le candidat n'est plus retiré.");
    }
    Optional<Vacance.Candidat> candidat = v.candidat(c.candidat());
    if (candidat.isEmpty()) {
      return refus(RegleAttribution.RETRAIT_SANS_DESIGNATION, "La demande " + c.candidat() + " n'est pas désignée sur ce logement.");
    }
    if (!candidat.get().designateur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.RETRAIT_AUTEUR,
          "Seul celui qui a désigné le candidat (" + candidat.get().designateur().nom() + ") le retire.");
    }
    Optional<Long> designation = effets.demande(c.candidat()).flatMap(d -> d.annulables().entrySet().stream()
        .filter(e -> e.getValue() instanceof EvenementDemande.DemandeDesignee dd && dd.logement().equals(v.logement().identifiant()))
        .map(java.util.Map.Entry::getKey)
        .reduce((premiere, derniere) -> derniere));
    if (designation.isPresent()) {
      Optional<Refus> r = effets.appliquer(new CommandeDemande.AnnulerEvenement(c.candidat(), c.auteur(), designation.get(), c.motif()));
      if (r.isPresent()) {
        return refuse(r.get());
      }
    }
    return effets.accepter(new EvenementVacance.CandidatRetire(c.vacance(), ctx.aujourdhui(), c.auteur(), c.candidat(), c.motif()));
  }

  private static EffetsAttribution reprendre(ReprendreDesignation c, Vacance v, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement reprend la désignation.");
    }
    if (v.etat() != EtatVacance.EN_DESIGNATION) {
      return refus(RegleAttribution.REPRISE_ETAT,
          "La vacance est à l'étape « " + v.etat().libelle() + " » : la désignation est close.");
    }
    if (v.titulaire().acteur().type() == TypeActeur.BAILLEUR) {
      return refus(RegleAttribution.REPRISE_SANS_RESERVATAIRE,
          "La désignation est déjà entre les mains du bailleur (" + v.titulaire().acteur().nom() + ") : elle n'est pas"
              + " confiée à un réservataire.");
    }
    LocalDate echeance = v.dateDeclaration().plus(ctx.regles().delaiDesignation());
    if (!ctx.aujourdhui().isAfter(echeance)) {
      return refus(RegleAttribution.REPRISE_DESIGNATION,
          v.titulaire().acteur().nom() + " a jusqu'au " + JOUR.format(echeance) + " pour désigner ses candidats.");
    }
    return accepte(List.of(new EvenementVacance.DesignationReprise(c.vacance(), ctx.aujourdhui(), c.auteur(),
        "Délai de désignation expiré le " + JOUR.format(echeance))), Map.of());
  }

  private static EffetsAttribution inscrire(InscrireEnCommission c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement l'inscrit en commission d'attribution.");
    }
    if (v.etat() != EtatVacance.EN_DESIGNATION) {
      return refus(RegleAttribution.INSCRIPTION_ETAT,
          "La vacance est à l'étape « " + v.etat().libelle() + " » : le logement est déjà inscrit en commission pour ce tour.");
    }
    if (c.dateSeance().isBefore(ctx.aujourdhui())) {
      return refus(RegleAttribution.SEANCE_PASSEE, "La séance du " + JOUR.format(c.dateSeance()) + " est passée.");
    }
    List<Vacance.Candidat> candidats = v.candidats();
    if (candidats.isEmpty()) {
      return refus(RegleAttribution.SANS_CANDIDAT, "Aucun candidat n'est désigné sur ce logement.");
    }
    Optional<Refus> erreur = exceptionTroisCandidats(candidats, v, c.exception(), c.justification());
    if (erreur.isPresent()) {
      return refuse(erreur.get());
    }
    for (Vacance.Candidat candidat : candidats) {
      Optional<Refus> r = effets.appliquer(new ActeAttribution.InscrireEnCal(candidat.numero(), c.auteur(),
          v.logement().identifiant(), c.dateSeance()));
      if (r.isPresent()) {
        return refuse(r.get());
      }
    }
    return effets.accepter(new EvenementVacance.InscriptionEnCommission(c.vacance(), ctx.aujourdhui(), c.auteur(),
        c.dateSeance(), candidats.stream().map(Vacance.Candidat::numero).toList(),
        candidats.size() >= 3 ? Optional.empty() : c.exception(),
        candidats.size() >= 3 ? Optional.empty() : c.justification().filter(j -> !j.isBlank())));
  }

  /** Why the candidates listed do not satisfy R441-3 al. 1, if they do not: each case its own rule. */
  private static Optional<Refus> exceptionTroisCandidats(
      List<Vacance.Candidat> candidats, Vacance v, Optional<ExceptionTroisCandidats> exception, Optional<String> justification) {
    if (candidats.size() >= 3) {
      return exception.map(e -> Refus.de(RegleAttribution.EXCEPTION_SANS_OBJET,
          "Avec " + candidats.size() + " candidats, l'exception « " + e.libelle() + " » n'a pas lieu d'être."));
    }
    if (exception.isEmpty()) {
      return Optional.of(Refus.de(RegleAttribution.TROIS_CANDIDATS,
          "La commission examine au moins trois demandes pour un même logement : " + candidats.size()
              + " candidat(s) désigné(s), sans exception invoquée (R441-3)."));
    }
    return switch (exception.get()) {
      case INSUFFISANCE_DES_CANDIDATS -> justification.filter(j -> !j.isBlank()).isPresent() ? Optional.empty()
          : Optional.of(Refus.de(RegleAttribution.INSUFFISANCE_NON_JUSTIFIEE,
              "L'insuffisance du nombre des candidats doit être justifiée."));
      case DESIGNATION_PREFET_DALO -> candidats.stream().allMatch(Vacance.Candidat::designationPrefetDalo) ? Optional.empty()
          : Optional.of(Refus.de(RegleAttribution.EXCEPTION_DALO,
              "Tous les candidats ne sont pas désignés par le préfet au titre du DALO."));
      case LOGEMENT_PLAI_ADAPTE -> v.logement().financement() == Financement.PLAI_ADAPTE ? Optional.empty()
          : Optional.of(Refus.de(RegleAttribution.EXCEPTION_PLAI_ADAPTE,
              "Le logement n'est pas financé par la subvention de l'article D. 331-25-1 (PLAI adapté) mais en "
                  + v.logement().financement().libelle() + "."));
    };
  }

  private static EffetsAttribution rendre(
      RendreDecisions c, Vacance v, Effets effets, Map<NumeroUnique, Demande> demandes, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seule la commission du bailleur du logement statue.");
    }
    if (v.etat() != EtatVacance.EN_COMMISSION) {
      return refus(RegleAttribution.DECISIONS_ETAT, "Le logement n'attend pas de décision de commission (étape « "
          + v.etat().libelle() + " »).");
    }
    if (ctx.aujourdhui().isBefore(v.dateSeance().orElseThrow())) {
      return refus(RegleAttribution.SEANCE, "La séance est prévue le " + JOUR.format(v.dateSeance().orElseThrow()) + ".");
    }
    Set<NumeroUnique> listes = v.candidats().stream().map(Vacance.Candidat::numero).collect(Collectors.toSet());
    Set<NumeroUnique> decides = new HashSet<>();
    for (DecisionCandidat d : c.decisions()) {
      if (!listes.contains(d.candidat())) {
        return refus(RegleAttribution.DECISION_HORS_INSCRIPTION,
            "La demande " + d.candidat() + " n'est pas inscrite en commission pour ce logement.");
      }
      if (!decides.add(d.candidat())) {
        return refus(RegleAttribution.DECISION_DOUBLE, "La demande " + d.candidat() + " reçoit deux décisions.");
      }
    }
    if (!decides.equals(listes)) {
      Set<NumeroUnique> manquants = new HashSet<>(listes);
      manquants.removeAll(decides);
      return refus(RegleAttribution.DECISIONS_CANDIDATS, "Sans décision : " + manquants + ".");
    }
    Optional<Refus> rangs = rangsIncoherents(c.decisions());
    if (rangs.isPresent()) {
      return refuse(rangs.get());
    }
    for (DecisionCandidat d : c.decisions()) {
      Demande demande = demandes.get(d.candidat());
      if (d.decision() instanceof DecisionCal.NonAttribution n && demande != null
          && n.motifs().contains(MotifNonAttribution.PROPRIETAIRE_LOGEMENT_ADAPTE)
          && demande.piecesFourniesLe().containsKey(PieceJustificative.ORDONNANCE_PROTECTION)) {
        return refus(RegleAttribution.PROPRIETAIRE_ORDONNANCE_PROTECTION,
            "Le ménage " + d.candidat() + " a produit une ordonnance de protection : la propriété d'un logement ne peut"
                + " motiver la non-attribution (L441-2-2).");
      }
      if (d.decision() instanceof DecisionCal.Irrecevabilite i && demande != null
          && i.sousMotif() == SousMotifIrrecevabilite.RESSOURCES_SUPERIEURES_AU_PLAFOND) {
        var verification = ctx.plafonds().verifier(demande.contenu().menage(), v.logement(), ctx.aujourdhui(), RevenusInvoques.AUCUN);
        if (verification.statut() == StatutEligibilite.ELIGIBLE) {
          return refus(RegleAttribution.IRRECEVABILITE_RESSOURCES,
              "Les ressources du ménage " + d.candidat() + " ne dépassent pas le plafond : " + verification.explication());
        }
      }
      Optional<Refus> r = effets.appliquer(new ActeAttribution.RendreDecisionCal(d.candidat(), c.auteur(),
          v.logement().identifiant(), d.decision()));
      if (r.isPresent()) {
        return refuse(r.get());
      }
    }
    return effets.accepter(new EvenementVacance.DecisionsRendues(c.vacance(), ctx.aujourdhui(), c.auteur(), c.decisions()));
  }

  /** Why the ranks of the attributions are inconsistent, if they are (R441-3 a, b, c). */
  static Optional<Refus> rangsIncoherents(List<DecisionCandidat> decisions) {
    List<DecisionCal> attributions = decisions.stream().map(DecisionCandidat::decision).filter(DecisionCal::estUneAttribution).toList();
    long simples = attributions.stream().filter(d -> d instanceof DecisionCal.Attribution).count();
    if (simples > 1) {
      return Optional.of(Refus.de(RegleAttribution.ATTRIBUTION_SIMPLE,
          "Une attribution simple (R441-3 a) ne va qu'à un candidat ; classez-les (R441-3 b)."));
    }
    if (simples == 1 && attributions.size() > 1) {
      return Optional.of(Refus.de(RegleAttribution.ATTRIBUTION_SIMPLE,
          "Une attribution simple exclut d'autres attributaires : classez les candidats par rang (R441-3 b)."));
    }
    List<Integer> rangs = attributions.stream().map(Vacance::rang).map(OptionalInt::getAsInt).sorted().toList();
    for (int i = 0; i < rangs.size(); i++) {
      if (rangs.get(i) != i + 1) {
        return Optional.of(Refus.de(RegleAttribution.DECISIONS_RANGS,
            "Les rangs des attributaires doivent être 1, 2, 3… sans doublon ni lacune : " + rangs + "."));
      }
    }
    return Optional.empty();
  }

  private static EffetsAttribution proposer(Proposer c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement le propose.");
    }
    if (v.offre().isPresent()) {
      return refus(RegleAttribution.OFFRE_EN_COURS, "Le logement est déjà proposé à " + v.offre().get().candidat() + " jusqu'au "
          + JOUR.format(v.offre().get().dateLimiteReponse()) + ".");
    }
    Optional<NumeroUnique> suivant = v.prochainAttributaire();
    if (v.etat() != EtatVacance.DECIDEE || suivant.isEmpty()) {
      return refus(RegleAttribution.OFFRE, "Aucun attributaire n'attend de proposition pour ce logement.");
    }
    Vacance.Suivi suivi = v.suivis().get(suivant.get());
    if (suivi.etat() == EtatCandidat.CONDITION_EN_COURS) {
      return refus(RegleAttribution.OFFRE_CONDITION, "La condition suspensive de l'attributaire " + suivant.get()
          + " n'est pas encore levée : statuez d'abord sur elle.");
    }
    if (suivi.etat() != EtatCandidat.EN_ATTENTE) {
      return refus(RegleAttribution.OFFRE_ACCEPTEE, "L'attributaire " + suivant.get() + " est à l'étape « " + suivi.etat().libelle()
          + " » : le bail reste à signer.");
    }
    return offrir(v, suivant.get(), c.auteur(), effets, ctx).map(DecisionsVacance::refuse)
        .orElseGet(() -> effets.accepter());
  }

  /**
   * Offers the dwelling to {@code candidat} (R441-10: the time to answer counted as CPC 641-642
   * count it, at least ten days): records the demand's offer in {@code effets} and the vacancy's
   * {@code OffreFaite}; the refusal of a demand's rule otherwise.
   */
  private static Optional<Refus> offrir(Vacance v, NumeroUnique candidat, Acteur auteur, Effets effets, ContexteAttribution ctx) {
    LocalDate limite = CalendrierJoursFeries.finDeDelai(ctx.aujourdhui(), ctx.regles().delaiReponseJours(), v.logement().commune().departement());
    boolean dalo = v.candidat(candidat).map(Vacance.Candidat::designationPrefetDalo).orElse(false);
    Optional<Refus> r = effets.appliquer(new ActeAttribution.EmettreOffre(candidat, auteur, v.logement().identifiant(),
        limite, DescriptionLogement.decrire(v.logement()), dalo, ctx.regles().consequencesRefus()));
    if (r.isEmpty()) {
      effets.ajouter(new EvenementVacance.OffreFaite(v.id(), ctx.aujourdhui(), auteur, candidat, limite));
    }
    return r;
  }

  /**
   * After {@code evenement} took the dwelling from a candidate (refusal, lapse, failed condition):
   * the vacancy's event, and — when the local rules say so — the offer to the next ranked candidate
   * waiting for one (R441-3 b: « au profit du candidat suivant en cas de refus »).
   */
  private static EffetsAttribution puisAuSuivant(
      EvenementVacance evenement, Vacance v, Acteur auteur, Effets effets, ContexteAttribution ctx) {
    effets.ajouter(evenement);
    Vacance apres = Vacance.evolve(v, evenement);
    if (ctx.regles().propositionAuSuivant() && apres.offre().isEmpty()) {
      Optional<NumeroUnique> suivant = apres.prochainAttributaire()
          .filter(n -> apres.suivis().get(n).etat() == EtatCandidat.EN_ATTENTE);
      if (suivant.isPresent()) {
        Optional<Refus> r = offrir(apres, suivant.get(), auteur, effets, ctx);
        if (r.isPresent()) {
          return refuse(r.get());
        }
      }
    }
    return effets.accepter();
  }

  private static EffetsAttribution repondre(
      CommandeVacance c, NumeroUnique candidat, boolean acceptee, Optional<String> motif, Vacance v, Effets effets,
      ContexteAttribution ctx) {
    Optional<Vacance.Offre> offre = v.offre().filter(o -> o.candidat().equals(candidat));
    if (offre.isEmpty()) {
      return refus(RegleAttribution.REPONSE, "Le logement n'est pas proposé à " + candidat + ".");
    }
    if (c.auteur().type() != TypeActeur.DEMANDEUR && !v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.REPONSE_AUTEUR, "La réponse vient du demandeur ou est enregistrée par le bailleur.");
    }
    if (ctx.aujourdhui().isAfter(offre.get().dateLimiteReponse())) {
      return refus(RegleAttribution.REPONSE_DELAI, "Le délai de réponse a expiré le " + JOUR.format(offre.get().dateLimiteReponse())
          + " : le défaut de réponse équivaut à un refus.");
    }
    ActeDemande effet = acceptee
        ? new ActeAttribution.AccepterOffre(candidat, c.auteur(), v.logement().identifiant())
        : new ActeAttribution.EnregistrerRefus(candidat, c.auteur(), v.logement().identifiant(), motif.orElseThrow());
    Optional<Refus> r = effets.appliquer(effet);
    if (r.isPresent()) {
      return refuse(r.get());
    }
    EvenementVacance reponse = new EvenementVacance.ReponseOffre(c.vacance(), ctx.aujourdhui(), c.auteur(), candidat, acceptee, false);
    return acceptee ? effets.accepter(reponse) : puisAuSuivant(reponse, v, v.logement().bailleur(), effets, ctx);
  }

  private static EffetsAttribution defautDeReponse(ConstaterDefautDeReponse c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement constate le défaut de réponse.");
    }
    if (v.offre().isEmpty()) {
      return refus(RegleAttribution.DEFAUT_REPONSE_SANS_OFFRE, "Aucune proposition n'est en cours sur ce logement.");
    }
    Vacance.Offre offre = v.offre().get();
    if (!ctx.aujourdhui().isAfter(offre.dateLimiteReponse())) {
      return refus(RegleAttribution.DEFAUT_REPONSE_DELAI, "Le demandeur a jusqu'au " + JOUR.format(offre.dateLimiteReponse()) + " pour répondre.");
    }
    Optional<Refus> r = effets.appliquer(
        new ActeAttribution.ConstaterDefautDeReponse(offre.candidat(), c.auteur(), v.logement().identifiant()));
    return r.map(DecisionsVacance::refuse).orElseGet(() -> puisAuSuivant(
        new EvenementVacance.ReponseOffre(c.vacance(), ctx.aujourdhui(), c.auteur(), offre.candidat(), false, true),
        v, c.auteur(), effets, ctx));
  }

  private static EffetsAttribution condition(
      CommandeVacance c, NumeroUnique candidat, boolean levee, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement statue sur la condition suspensive.");
    }
    Vacance.Suivi suivi = v.suivis().get(candidat);
    if (suivi == null || suivi.etat() != EtatCandidat.CONDITION_EN_COURS) {
      return refus(RegleAttribution.CONDITION, "La demande " + candidat + " n'a pas d'attribution sous condition en cours.");
    }
    ActeDemande effet = levee
        ? new ActeAttribution.LeverCondition(candidat, c.auteur(), v.logement().identifiant())
        : new ActeAttribution.ConstaterConditionNonLevee(candidat, c.auteur(), v.logement().identifiant());
    Optional<Refus> r = effets.appliquer(effet);
    if (r.isPresent()) {
      return refuse(r.get());
    }
    EvenementVacance statuee = new EvenementVacance.ConditionStatuee(c.vacance(), ctx.aujourdhui(), c.auteur(), candidat, levee);
    return levee ? effets.accepter(statuee) : puisAuSuivant(statuee, v, c.auteur(), effets, ctx);
  }

  private static EffetsAttribution conditionsNonRemplies(
      CommandeVacance.ConstaterConditionsNonRemplies c, Vacance v, Effets effets, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement statue sur la condition suspensive.");
    }
    Vacance.Suivi suivi = v.suivis().get(c.candidat());
    if (suivi == null || suivi.etat() != EtatCandidat.CONDITION_EN_COURS) {
      return refus(RegleAttribution.CONDITION, "La demande " + c.candidat() + " n'a pas d'attribution sous condition en cours.");
    }
    Optional<Refus> r = effets.appliquer(
        new ActeAttribution.ConstaterConditionsNonRemplies(c.candidat(), c.auteur(), v.logement().identifiant(), c.motif()));
    if (r.isPresent()) {
      return refuse(r.get());
    }
    return puisAuSuivant(new EvenementVacance.ConditionStatuee(c.vacance(), ctx.aujourdhui(), c.auteur(), c.candidat(), false),
        v, c.auteur(), effets, ctx);
  }

  private static EffetsAttribution signer(
      SignerBail c, Vacance v, Effets effets, Map<NumeroUnique, Demande> demandes, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement signe le bail.");
    }
    Vacance.Suivi suivi = v.suivis().get(c.candidat());
    if (suivi == null || suivi.etat() != EtatCandidat.ACCEPTE) {
      return refus(RegleAttribution.BAIL_ACCEPTATION, "La demande " + c.candidat() + " n'a pas accepté la proposition de ce logement.");
    }
    Demande demande = demandes.get(c.candidat());
    boolean dalo = demande != null && demande.statutDalo() == StatutDalo.ACTIF;
    TypeReservataire contingent = v.titulaire().contingent();
    DonneesAttribution donnees = new DonneesAttribution(v.logement().identifiant(), c.accordCollectif(), dalo, contingent);
    Optional<Refus> r = effets.appliquer(new ActeAttribution.SignerBail(c.candidat(), c.auteur(), donnees));
    if (r.isPresent()) {
      return refuse(r.get());
    }
    for (Map.Entry<NumeroUnique, Vacance.Suivi> autre : v.suivis().entrySet()) {
      if (!autre.getKey().equals(c.candidat()) && autre.getValue().etat().estEnLice()) {
        Optional<Refus> s = effets.appliquer(new ActeAttribution.SignalerAttributionSansSuite(autre.getKey(), c.auteur(),
            v.logement().identifiant()));
        if (s.isPresent()) {
          return refuse(s.get());
        }
      }
    }
    return effets.accepter(new EvenementVacance.BailSigne(c.vacance(), ctx.aujourdhui(), c.auteur(), c.candidat(), donnees));
  }

  private static EffetsAttribution nouveauTour(OuvrirNouveauTour c, Vacance v, ContexteAttribution ctx) {
    if (!v.logement().bailleur().estLaMemeEntiteQue(c.auteur())) {
      return refus(RegleAttribution.BAILLEUR, "Seul le bailleur du logement ouvre un nouveau tour.");
    }
    if (v.etat() != EtatVacance.SANS_ATTRIBUTAIRE) {
      return refus(RegleAttribution.NOUVEAU_TOUR, "Le logement est à l'étape « " + v.etat().libelle() + " ».");
    }
    return accepte(List.of(new EvenementVacance.NouveauTour(c.vacance(), ctx.aujourdhui(), c.auteur(), c.motif())), Map.of());
  }

  // ---------------------------------------------------------------------------------------------

  /** Collects the effects on the demands, each decided by the demand's own rules. */
  private static final class Effets {
    private final Map<NumeroUnique, Demande> etats;
    private final Map<NumeroUnique, List<EvenementDemande>> evenements = new LinkedHashMap<>();
    private final List<EvenementVacance> vacance = new ArrayList<>();
    private final ContexteAttribution ctx;

    Effets(Vacance v, Map<NumeroUnique, Demande> etats, ContexteAttribution ctx) {
      this.etats = new LinkedHashMap<>(etats);
      this.ctx = ctx;
    }

    Optional<Demande> demande(NumeroUnique n) {
      return Optional.ofNullable(etats.get(n));
    }

    /** Decides {@code c} on its demand; on acceptance keeps its events and the demand's new state. */
    Optional<Refus> appliquer(ActeDemande c) {
      Decision<EvenementDemande> d = DecisionsDemande.decider(c, demande(c.numero()), ctx.demande());
      if (d instanceof Decision.Refusee<EvenementDemande> r) {
        return Optional.of(r.refus());
      }
      Demande etat = etats.get(c.numero());
      for (EvenementDemande e : ((Decision.Acceptee<EvenementDemande>) d).evenements()) {
        etat = Demande.evolve(etat, e);
        evenements.computeIfAbsent(c.numero(), k -> new ArrayList<>()).add(e);
      }
      etats.put(c.numero(), etat);
      return Optional.empty();
    }

    /** Adds a vacancy event to the effects. */
    void ajouter(EvenementVacance e) {
      vacance.add(e);
    }

    /** Accepted with the vacancy events added so far, then {@code derniers}. */
    EffetsAttribution accepter(EvenementVacance... derniers) {
      vacance.addAll(List.of(derniers));
      return new EffetsAttribution.Acceptes(vacance, evenements);
    }
  }

  private static EffetsAttribution accepte(List<EvenementVacance> vacance, Map<NumeroUnique, List<EvenementDemande>> demandes) {
    return new EffetsAttribution.Acceptes(vacance, demandes);
  }

  private static EffetsAttribution refus(RegleAttribution regle, String message) {
    return new EffetsAttribution.Refuses(Refus.de(regle, message));
  }

  private static EffetsAttribution refuse(Refus refus) {
    return new EffetsAttribution.Refuses(refus);
  }
}
