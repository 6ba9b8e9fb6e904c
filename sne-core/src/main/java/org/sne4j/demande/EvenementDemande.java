package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.Evenement;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * Every event in the life of a demand, in one place: its lifecycle in the registration system
 * (CCH R441-2-1 to R441-2-8) and the items of the dispositif de gestion partagée (R441-2-15 I:
 * corrections, priority labels, eligible quotas, and the processing events — request for
 * documents, designation, CAL listing, visit, CAL decision, refusal, lease).
 *
 * <p>Each event names its demand, its date of occurrence, the legal entity at its origin
 * (R441-2-15: the item is recorded by "la personne morale à l'origine de l'événement") and whether
 * the applicant sees it. The state of a demand is the fold of its events ({@link Demande#evolve}).
 */
public sealed interface EvenementDemande extends Evenement {

  /** The demand the event belongs to. */
  NumeroUnique numero();

  /** The kind of event. */
  NatureEvenement nature();

  private static void communs(NumeroUnique numero, LocalDate date, Acteur auteur) {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(auteur, "auteur");
  }

  /**
   * The demand is registered and gets its numéro unique (CCH L441-2-1, R441-2-2 to R441-2-4).
   *
   * @param territoire the département (Île-de-France: région) of the demand
   * @param guichet the registering desk
   * @param canal how the demand was filed
   * @param dateDepot the date the demand was received: the start of its seniority, never changed
   * @param contenu what the applicant declared
   */
  record DemandeEnregistree(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      TerritoireEnregistrement territoire,
      CodeGuichet guichet,
      CanalDepot canal,
      LocalDate dateDepot,
      ContenuDemande contenu)
      implements EvenementDemande {
    public DemandeEnregistree {
      communs(numero, date, auteur);
      Objects.requireNonNull(territoire, "territoire");
      Objects.requireNonNull(guichet, "guichet");
      Objects.requireNonNull(canal, "canal");
      Objects.requireNonNull(dateDepot, "dateDepot");
      Objects.requireNonNull(contenu, "contenu");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.ENREGISTREMENT;
    }
  }

  /**
   * The applicant's information changed, at his request or from third-party data he validated
   * (arrêté du 23 mars 2015 annexe §4). No attestation is issued.
   */
  record DemandeModifiee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      ContenuDemande contenu,
      OrigineModification origine)
      implements EvenementDemande {
    public DemandeModifiee {
      communs(numero, date, auteur);
      Objects.requireNonNull(contenu, "contenu");
      Objects.requireNonNull(origine, "origine");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.MODIFICATION;
    }
  }

  /**
   * An authorised person corrected the demand from the supporting documents the applicant supplied
   * (R441-2-15 I, 1st dash).
   *
   * @param pieces the documents the correction rests on, at least one
   * @param commentaire what was corrected, in words
   */
  record DemandeCorrigee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      ContenuDemande contenu,
      Set<PieceJustificative> pieces,
      Optional<String> commentaire)
      implements EvenementDemande {
    public DemandeCorrigee {
      communs(numero, date, auteur);
      Objects.requireNonNull(contenu, "contenu");
      pieces = ImmutableSet.copyOf(pieces);
      checkArgument(!pieces.isEmpty(), "A correction rests on at least one supporting document");
      Objects.requireNonNull(commentaire, "commentaire");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RECTIFICATION;
    }
  }

  /**
   * The demand is renewed for one year; the applicant updated its content (R441-2-7). The number
   * and the initial filing date are kept.
   */
  record DemandeRenouvelee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      CanalDepot canal,
      ContenuDemande contenu)
      implements EvenementDemande {
    public DemandeRenouvelee {
      communs(numero, date, auteur);
      Objects.requireNonNull(canal, "canal");
      Objects.requireNonNull(contenu, "contenu");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RENOUVELLEMENT;
    }
  }

  /**
   * The applicant was notified of the date his demand stops being valid unless renewed, and that
   * failing to renew leads to radiation (R441-2-7).
   */
  record AvisRenouvellementEnvoye(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      LocalDate dateFinValidite,
      Set<CanalAvis> canaux)
      implements EvenementDemande {
    public AvisRenouvellementEnvoye {
      communs(numero, date, auteur);
      Objects.requireNonNull(dateFinValidite, "dateFinValidite");
      canaux = ImmutableSet.copyOf(canaux);
      checkArgument(!canaux.isEmpty(), "A notice goes by at least one channel");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.AVIS_RENOUVELLEMENT;
    }
  }

  /**
   * The applicant was warned, by registered letter or any means proving delivery, that his demand
   * will be radiated (R441-2-8 c, d).
   *
   * @param radiationPossibleLe the first day the radiation may be pronounced
   * @param sousMotif for an inadmissibility, its ground
   */
  record AvertissementEnvoye(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      MotifAvertissement motif,
      LocalDate radiationPossibleLe,
      Optional<SousMotifIrrecevabilite> sousMotif,
      Optional<String> preuveEnvoi)
      implements EvenementDemande {
    public AvertissementEnvoye {
      communs(numero, date, auteur);
      Objects.requireNonNull(motif, "motif");
      Objects.requireNonNull(radiationPossibleLe, "radiationPossibleLe");
      Objects.requireNonNull(sousMotif, "sousMotif");
      Objects.requireNonNull(preuveEnvoi, "preuveEnvoi");
      checkArgument(
          sousMotif.isPresent() == (motif == MotifAvertissement.IRRECEVABILITE),
          "An inadmissibility warning, and only it, carries its ground");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.AVERTISSEMENT;
    }
  }

  /** The applicant answered before the radiation: the warning for no answer is lifted. */
  record AvertissementLeve(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, MotifAvertissement motif)
      implements EvenementDemande {
    public AvertissementLeve {
      communs(numero, date, auteur);
      Objects.requireNonNull(motif, "motif");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.LEVEE_AVERTISSEMENT;
    }
  }

  /**
   * The demand is radiated on one of the grounds of R441-2-8, which stays recorded.
   *
   * @param sousMotif for an inadmissibility (RADIRR), resources or residence
   * @param attribution for an attribution (RADATT), the data of R441-2-9
   * @param numeroNational for a merger, the national number the demand merged into
   */
  record DemandeRadiee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      MotifRadiation motif,
      Optional<SousMotifIrrecevabilite> sousMotif,
      Optional<DonneesAttribution> attribution,
      Optional<NumeroUnique> numeroNational)
      implements EvenementDemande {
    public DemandeRadiee {
      communs(numero, date, auteur);
      Objects.requireNonNull(motif, "motif");
      Objects.requireNonNull(sousMotif, "sousMotif");
      Objects.requireNonNull(attribution, "attribution");
      Objects.requireNonNull(numeroNational, "numeroNational");
      checkArgument(
          sousMotif.isPresent() == (motif == MotifRadiation.IRRECEVABILITE),
          "A radiation for inadmissibility, and only it, carries its ground (IRRRES/IRRSEJ)");
      checkArgument(
          attribution.isPresent() == (motif == MotifRadiation.ATTRIBUTION),
          "A radiation for attribution, and only it, carries the R441-2-9 data");
      checkArgument(
          numeroNational.isPresent() == (motif == MotifRadiation.FUSION),
          "A radiation for a merger, and only it, carries the national number");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RADIATION;
    }
  }

  /**
   * The national registration system (or the SPTA) reports that another service radiated the
   * demand there (e.g. an attribution by another bailleur): the local copy records it as it was
   * pronounced. It came from the national system and is not sent back to it.
   *
   * @param dateRadiation the day the radiation was pronounced in the national system
   * @param attribution for an attribution, the R441-2-9 data when the national system reports them
   */
  record RadiationNationaleConstatee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      MotifRadiation motif,
      Optional<SousMotifIrrecevabilite> sousMotif,
      LocalDate dateRadiation,
      Optional<DonneesAttribution> attribution)
      implements EvenementDemande {
    public RadiationNationaleConstatee {
      communs(numero, date, auteur);
      Objects.requireNonNull(motif, "motif");
      Objects.requireNonNull(sousMotif, "sousMotif");
      Objects.requireNonNull(dateRadiation, "dateRadiation");
      Objects.requireNonNull(attribution, "attribution");
      checkArgument(motif != MotifRadiation.FUSION, "The national system has no code for a merger");
      checkArgument(sousMotif.isEmpty() || motif == MotifRadiation.IRRECEVABILITE,
          "Only a radiation for inadmissibility carries a sub-ground");
      checkArgument(attribution.isEmpty() || motif == MotifRadiation.ATTRIBUTION,
          "Only a radiation for attribution carries attribution data");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RADIATION_NATIONALE;
    }
  }

  /**
   * The radiation is undone within its window (déradiation; SNE code ""): the demand is active
   * again with its number and seniority (arrêté du 23 mars 2015 annexe §5–6). A reactivation after
   * non-renewal renews the demand.
   *
   * @param motifLeve the ground of the radiation undone
   */
  record DemandeReactivee(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, MotifRadiation motifLeve)
      implements EvenementDemande {
    public DemandeReactivee {
      communs(numero, date, auteur);
      Objects.requireNonNull(motifLeve, "motifLeve");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.REACTIVATION;
    }
  }

  /**
   * A body recognised the demand as a priority (R441-2-15 I, 2nd dash).
   *
   * @param dateDecision the date of the decision or opinion
   * @param reference its reference, if any
   */
  record PrioriteReconnue(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      PublicPrioritaire publicPrioritaire,
      SourcePriorite source,
      LocalDate dateDecision,
      Optional<String> reference)
      implements EvenementDemande {
    public PrioriteReconnue {
      communs(numero, date, auteur);
      Objects.requireNonNull(publicPrioritaire, "publicPrioritaire");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(dateDecision, "dateDecision");
      Objects.requireNonNull(reference, "reference");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RECONNAISSANCE_PRIORITE;
    }
  }

  /** A priority label ends (e.g. a DALO decision lapses: statut CADUC). */
  record PrioriteRetiree(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      PublicPrioritaire publicPrioritaire,
      SourcePriorite source,
      String motif)
      implements EvenementDemande {
    public PrioriteRetiree {
      communs(numero, date, auteur);
      Objects.requireNonNull(publicPrioritaire, "publicPrioritaire");
      Objects.requireNonNull(source, "source");
      checkArgument(motif != null && !motif.isBlank(), "Ending a priority label needs its reason");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.RETRAIT_PRIORITE;
    }
  }

  /** The applicant is eligible for a reservation quota (R441-2-15 I, 3rd dash). */
  record ContingentDeclare(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      ContingentEligible contingent)
      implements EvenementDemande {
    public ContingentDeclare {
      communs(numero, date, auteur);
      Objects.requireNonNull(contingent, "contingent");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.CONTINGENT_ELIGIBLE;
    }
  }

  /**
   * Documents or information were asked of the applicant (a regulatory event in the SNE), only
   * from the closed list of R441-2-4-1.
   */
  record PiecesDemandees(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      Set<PieceJustificative> pieces,
      Optional<LocalDate> dateLimite,
      Optional<String> precision)
      implements EvenementDemande {
    public PiecesDemandees {
      communs(numero, date, auteur);
      pieces = ImmutableSet.copyOf(pieces);
      checkArgument(!pieces.isEmpty(), "A request names at least one document");
      Objects.requireNonNull(dateLimite, "dateLimite");
      Objects.requireNonNull(precision, "precision");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.DEMANDE_PIECES;
    }
  }

  /** The applicant supplied supporting documents (recorded in the dossier unique). */
  record PiecesFournies(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      Set<PieceJustificative> pieces)
      implements EvenementDemande {
    public PiecesFournies {
      communs(numero, date, auteur);
      pieces = ImmutableSet.copyOf(pieces);
      checkArgument(!pieces.isEmpty(), "At least one document is supplied");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.PIECES_FOURNIES;
    }
  }

  /**
   * The applicant is designated on a dwelling with a view to presentation to the CAL, by the
   * réservataire holding it or the bailleur.
   *
   * @param contingent the quota the dwelling is offered on, if reserved
   */
  record DemandeDesignee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      Optional<TypeReservataire> contingent)
      implements EvenementDemande {
    public DemandeDesignee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(contingent, "contingent");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.DESIGNATION;
    }
  }

  /** The file is put on the agenda of a CAL session for a dwelling. */
  record DemandeInscriteEnCal(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      LocalDate dateSeance)
      implements EvenementDemande {
    public DemandeInscriteEnCal {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateSeance, "dateSeance");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.INSCRIPTION_CAL;
    }
  }

  /** A visit of the dwelling before the CAL is offered. */
  record VisiteProposee(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      LocalDate dateVisite)
      implements EvenementDemande {
    public VisiteProposee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateVisite, "dateVisite");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.VISITE_PROPOSEE;
    }
  }

  /** The applicant visited the dwelling. */
  record VisiteEffectuee(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement)
      implements EvenementDemande {
    public VisiteEffectuee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.VISITE_EFFECTUEE;
    }
  }

  /** The CAL took its decision on this candidate for a dwelling (R441-3). */
  record DecisionCalRendue(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      DecisionCal decision)
      implements EvenementDemande {
    public DecisionCalRendue {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(decision, "decision");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.DECISION_CAL;
    }
  }

  /**
   * The dwelling attributed is offered to the applicant (R441-10): with the time he has to answer
   * (at least ten days; no answer counts as a refusal), its description, whether it is offered
   * under DALO, and the consequences of a refusal (R441-2-17 4°, 5°).
   *
   * @param dateLimiteReponse the last day to answer
   * @param descriptionLogement the dwelling's description, in French
   * @param offreDalo whether the offer is made under the DALO
   * @param consequencesRefus the consequences of refusing, in French (a local rule)
   */
  record OffreEmise(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      LocalDate dateLimiteReponse,
      String descriptionLogement,
      boolean offreDalo,
      String consequencesRefus)
      implements EvenementDemande {
    public OffreEmise {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateLimiteReponse, "dateLimiteReponse");
      checkArgument(!dateLimiteReponse.isBefore(date), "An offer's deadline cannot precede it");
      checkArgument(descriptionLogement != null && !descriptionLogement.isBlank(), "An offer describes the dwelling");
      checkArgument(consequencesRefus != null && !consequencesRefus.isBlank(), "An offer states the consequences of a refusal");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.OFFRE;
    }
  }

  /** The applicant accepted the dwelling offered. */
  record OffreAcceptee(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement)
      implements EvenementDemande {
    public OffreAcceptee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.ACCEPTATION_OFFRE;
    }
  }

  /**
   * The applicant refused the dwelling offered (R441-10), with his reason; or he did not answer
   * in time, which counts as a refusal (« le défaut de réponse dans le délai imparti équivaut à un
   * refus »).
   *
   * @param defautDeReponse whether the refusal is the lapse of the offer without answer
   */
  record RefusDuDemandeur(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      IdentifiantRpls logement,
      String motif,
      boolean defautDeReponse)
      implements EvenementDemande {
    public RefusDuDemandeur {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      checkArgument(motif != null && !motif.isBlank(), "A refusal is recorded with its reason");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.REFUS_DEMANDEUR;
    }
  }

  /**
   * The missing documents of an attribution under suspensive condition were supplied in time and
   * do not call the conditions of access into question: the attribution stands (R441-3 c).
   */
  record ConditionSuspensiveLevee(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement)
      implements EvenementDemande {
    public ConditionSuspensiveLevee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.CONDITION_LEVEE;
    }
  }

  /**
   * The deadline of an attribution under suspensive condition passed without the documents: the
   * attribution turns into a non-attribution (R441-3 c).
   */
  record ConditionSuspensiveNonLevee(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement)
      implements EvenementDemande {
    public ConditionSuspensiveNonLevee {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.CONDITION_NON_LEVEE;
    }
  }

  /**
   * The documents supplied in time under a suspensive condition show that the household does not
   * meet the conditions of access to social housing: the bailleur is not bound to sign (R441-3 c,
   * « si la pièce … ne remet pas en cause le respect des conditions d'accès »); the attribution
   * lapses for {@code motif}.
   */
  record ConditionsAccesNonRemplies(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement,
      SousMotifIrrecevabilite motif)
      implements EvenementDemande {
    public ConditionsAccesNonRemplies {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(motif, "motif");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.CONDITIONS_ACCES_NON_REMPLIES;
    }
  }

  /**
   * A better-ranked candidate signed the lease of a dwelling attributed to this applicant in rank:
   * his attribution lapses, his demand stays active with its seniority. This is neither a refusal
   * nor a radiation (R441-2-8 a; R441-2-15 II; R441-2-17 3°).
   *
   * @param rang the applicant's rank
   */
  record AttributionSansSuite(
      NumeroUnique numero, LocalDate date, Acteur auteur, boolean visibleDuDemandeur, IdentifiantRpls logement, int rang)
      implements EvenementDemande {
    public AttributionSansSuite {
      communs(numero, date, auteur);
      Objects.requireNonNull(logement, "logement");
      checkArgument(rang >= 1, "A rank starts at 1: %s", rang);
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.ATTRIBUTION_SANS_SUITE;
    }
  }

  /** The lease is signed; the radiation for attribution follows (R441-2-8 a). */
  record BailSigne(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      DonneesAttribution attribution)
      implements EvenementDemande {
    public BailSigne {
      communs(numero, date, auteur);
      Objects.requireNonNull(attribution, "attribution");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.BAIL_SIGNE;
    }
  }

  /**
   * An item recorded by mistake is withdrawn by the entity that recorded it; the system keeps the
   * date of the deletion and who made it (R441-2-15).
   *
   * @param versionAnnulee the version of the event withdrawn in the demand's stream
   */
  record EvenementAnnule(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      long versionAnnulee,
      String motif)
      implements EvenementDemande {
    public EvenementAnnule {
      communs(numero, date, auteur);
      checkArgument(versionAnnulee >= 1, "Invalid version: %s", versionAnnulee);
      checkArgument(motif != null && !motif.isBlank(), "A withdrawal states its reason");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.ANNULATION;
    }
  }

  /**
   * An event of a kind the DGP partners added by their convention (USH 2017: keep the list open).
   *
   * @param type a stable code of the local kind, e.g. {@code ENTRETIEN_SIAD}
   * @param libelle what happened, in French
   */
  record EvenementLocal(
      NumeroUnique numero,
      LocalDate date,
      Acteur auteur,
      boolean visibleDuDemandeur,
      String type,
      String libelle)
      implements EvenementDemande {
    public EvenementLocal {
      communs(numero, date, auteur);
      checkArgument(
          type != null && type.matches("[A-Z][A-Z0-9_]{0,49}"),
          "A local event kind is an upper-case code: '%s'",
          type);
      checkArgument(libelle != null && !libelle.isBlank(), "A local event needs its label");
    }

    @Override
    public NatureEvenement nature() {
      return NatureEvenement.EVENEMENT_LOCAL;
    }
  }
}
