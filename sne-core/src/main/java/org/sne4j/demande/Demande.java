package org.sne4j.demande;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import com.google.common.collect.Sets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.demande.EvenementDemande.AttributionSansSuite;
import org.sne4j.demande.EvenementDemande.AvertissementEnvoye;
import org.sne4j.demande.EvenementDemande.AvertissementLeve;
import org.sne4j.demande.EvenementDemande.AvisRenouvellementEnvoye;
import org.sne4j.demande.EvenementDemande.BailSigne;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveLevee;
import org.sne4j.demande.EvenementDemande.ConditionSuspensiveNonLevee;
import org.sne4j.demande.EvenementDemande.ContingentDeclare;
import org.sne4j.demande.EvenementDemande.DecisionCalRendue;
import org.sne4j.demande.EvenementDemande.DemandeCorrigee;
import org.sne4j.demande.EvenementDemande.DemandeDesignee;
import org.sne4j.demande.EvenementDemande.DemandeEnregistree;
import org.sne4j.demande.EvenementDemande.DemandeInscriteEnCal;
import org.sne4j.demande.EvenementDemande.DemandeModifiee;
import org.sne4j.demande.EvenementDemande.DemandeRadiee;
import org.sne4j.demande.EvenementDemande.DemandeReactivee;
import org.sne4j.demande.EvenementDemande.DemandeRenouvelee;
import org.sne4j.demande.EvenementDemande.EvenementAnnule;
import org.sne4j.demande.EvenementDemande.EvenementLocal;
import org.sne4j.demande.EvenementDemande.OffreAcceptee;
import org.sne4j.demande.EvenementDemande.OffreEmise;
import org.sne4j.demande.EvenementDemande.PiecesDemandees;
import org.sne4j.demande.EvenementDemande.PiecesFournies;
import org.sne4j.demande.EvenementDemande.PrioriteReconnue;
import org.sne4j.demande.EvenementDemande.PrioriteRetiree;
import org.sne4j.demande.EvenementDemande.RefusDuDemandeur;
import org.sne4j.demande.EvenementDemande.VisiteEffectuee;
import org.sne4j.demande.EvenementDemande.VisiteProposee;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.LabelPriorite;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The state of a demand: the fold of its events ({@link #evolve}). Never stored on its own; always
 * rebuilt from the event history, which is the truth.
 *
 * @param numero the numéro unique, never changed
 * @param territoire the département (Île-de-France: région) of the demand
 * @param guichet the registering desk
 * @param canalDepot how it was first filed
 * @param dateDepot the date it was first received: its seniority runs from it and it never changes
 *     (former R441-2-7; arrêté du 23 mars 2015 §5)
 * @param dateDernierRenouvellement the date of the last renewal (or of a reactivation after
 *     non-renewal), if any
 * @param contenu what the applicant declared, as last modified, corrected or renewed
 * @param demarcheEnLigne whether the applicant filed or renewed online at least once (R441-2-7)
 * @param dateDernierAvis the date of the last renewal notice
 * @param avertissement the warning pending before a radiation, if any
 * @param radiation the radiation, if the demand is radiated
 * @param priorites the priority labels in force, by the version of the event that recorded them
 * @param daloCaduc whether a DALO label was withdrawn (statut CADUC)
 * @param contingents the quotas the applicant is eligible for, by version of their event
 * @param piecesFournies the supporting documents supplied, by version of their event
 * @param inscriptionsCal the dwellings the demand is listed for at a CAL, by version
 * @param decisionsCal the last CAL decision for each dwelling
 * @param annulables the events that their author may still withdraw, by version
 * @param version the number of events folded: the version of the demand's stream
 */
public record Demande(
    NumeroUnique numero,
    TerritoireEnregistrement territoire,
    CodeGuichet guichet,
    CanalDepot canalDepot,
    LocalDate dateDepot,
    Optional<LocalDate> dateDernierRenouvellement,
    ContenuDemande contenu,
    boolean demarcheEnLigne,
    Optional<LocalDate> dateDernierAvis,
    Optional<Avertissement> avertissement,
    Optional<Radiation> radiation,
    Map<Long, LabelPriorite> priorites,
    boolean daloCaduc,
    Map<Long, ContingentEligible> contingents,
    Map<Long, PiecesFournies> piecesFournies,
    Map<Long, IdentifiantRpls> inscriptionsCal,
    Map<IdentifiantRpls, DecisionEnregistree> decisionsCal,
    Map<Long, EvenementDemande> annulables,
    long version) {

  /** The kinds of events their author may withdraw (R441-2-15: deletions are traced). */
  public static final Set<NatureEvenement> NATURES_ANNULABLES =
      Sets.immutableEnumSet(
          NatureEvenement.RECONNAISSANCE_PRIORITE,
          NatureEvenement.CONTINGENT_ELIGIBLE,
          NatureEvenement.DEMANDE_PIECES,
          NatureEvenement.PIECES_FOURNIES,
          NatureEvenement.DESIGNATION,
          NatureEvenement.INSCRIPTION_CAL,
          NatureEvenement.VISITE_PROPOSEE,
          NatureEvenement.VISITE_EFFECTUEE,
          NatureEvenement.EVENEMENT_LOCAL);

  public Demande {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(territoire, "territoire");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(canalDepot, "canalDepot");
    Objects.requireNonNull(dateDepot, "dateDepot");
    Objects.requireNonNull(dateDernierRenouvellement, "dateDernierRenouvellement");
    Objects.requireNonNull(contenu, "contenu");
    Objects.requireNonNull(dateDernierAvis, "dateDernierAvis");
    Objects.requireNonNull(avertissement, "avertissement");
    Objects.requireNonNull(radiation, "radiation");
    priorites = ImmutableMap.copyOf(priorites);
    contingents = ImmutableMap.copyOf(contingents);
    piecesFournies = ImmutableMap.copyOf(piecesFournies);
    inscriptionsCal = ImmutableMap.copyOf(inscriptionsCal);
    decisionsCal = ImmutableMap.copyOf(decisionsCal);
    annulables = ImmutableMap.copyOf(annulables);
    checkArgument(version >= 1, "A demand has at least its registration event: version %s", version);
  }

  /**
   * A warning sent before a radiation (R441-2-8 c, d).
   *
   * @param motif no answer, or inadmissibility
   * @param date when it was sent
   * @param auteur the service that sent it: only it may radiate on it
   * @param radiationPossibleLe the first day the radiation may be pronounced
   * @param sousMotif for an inadmissibility, its ground
   */
  public record Avertissement(
      MotifAvertissement motif,
      LocalDate date,
      Acteur auteur,
      LocalDate radiationPossibleLe,
      Optional<SousMotifIrrecevabilite> sousMotif) {}

  /**
   * A radiation (R441-2-8), whose ground stays recorded.
   *
   * @param motif the ground
   * @param date the date of radiation
   * @param auteur who radiated
   * @param sousMotif for an inadmissibility, its ground
   * @param attribution for an attribution, the R441-2-9 data
   * @param numeroNational for a merger, the national number
   */
  public record Radiation(
      MotifRadiation motif,
      LocalDate date,
      Acteur auteur,
      Optional<SousMotifIrrecevabilite> sousMotif,
      Optional<DonneesAttribution> attribution,
      Optional<NumeroUnique> numeroNational) {}

  /**
   * A CAL decision for one dwelling, with when and by whom it was taken, and where the
   * attribution it decided stands.
   *
   * @param decision the decision
   * @param date the date of the session
   * @param auteur the bailleur whose CAL decided
   * @param etape where the attribution stands (R441-3, R441-10)
   * @param dateLimiteReponse the deadline of the offer, once made
   */
  public record DecisionEnregistree(
      DecisionCal decision, LocalDate date, Acteur auteur, EtapeAttribution etape, Optional<LocalDate> dateLimiteReponse) {

    DecisionEnregistree a(EtapeAttribution nouvelle) {
      return new DecisionEnregistree(decision, date, auteur, nouvelle, dateLimiteReponse);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Fold

  /**
   * Folds an event into the state of a demand. The first event of a demand is its registration,
   * folded into {@code null}.
   *
   * @throws IllegalStateException when the event cannot follow the state (a history that {@code
   *     decide} could not have produced)
   */
  public static Demande evolve(Demande etat, EvenementDemande evenement) {
    Objects.requireNonNull(evenement, "evenement");
    if (etat == null) {
      checkState(
          evenement instanceof DemandeEnregistree,
          "A demand's history starts with its registration, not %s",
          evenement.nature());
      DemandeEnregistree e = (DemandeEnregistree) evenement;
      return new Demande(
          e.numero(),
          e.territoire(),
          e.guichet(),
          e.canal(),
          e.dateDepot(),
          Optional.empty(),
          e.contenu(),
          e.canal() == CanalDepot.EN_LIGNE,
          Optional.empty(),
          Optional.empty(),
          Optional.empty(),
          Map.of(),
          false,
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          1);
    }
    checkState(
        etat.numero.equals(evenement.numero()),
        "Event of demand %s folded into demand %s",
        evenement.numero(),
        etat.numero);
    Builder b = new Builder(etat);
    long version = etat.version + 1;
    if (NATURES_ANNULABLES.contains(evenement.nature())) {
      b.annulables.put(version, evenement);
    }
    if (evenement instanceof DemandeEnregistree) {
      throw new IllegalStateException("Demand " + etat.numero + " is already registered");
    } else if (evenement instanceof DemandeModifiee e) {
      b.contenu = e.contenu();
      if (e.auteur().type() == org.sne4j.acteur.TypeActeur.DEMANDEUR) {
        b.demarcheEnLigne = true;
      }
    } else if (evenement instanceof DemandeCorrigee e) {
      b.contenu = e.contenu();
    } else if (evenement instanceof DemandeRenouvelee e) {
      b.contenu = e.contenu();
      b.dateDernierRenouvellement = Optional.of(e.date());
      b.demarcheEnLigne |= e.canal() == CanalDepot.EN_LIGNE;
    } else if (evenement instanceof AvisRenouvellementEnvoye e) {
      b.dateDernierAvis = Optional.of(e.date());
    } else if (evenement instanceof AvertissementEnvoye e) {
      b.avertissement =
          Optional.of(
              new Avertissement(e.motif(), e.date(), e.auteur(), e.radiationPossibleLe(), e.sousMotif()));
    } else if (evenement instanceof AvertissementLeve) {
      b.avertissement = Optional.empty();
    } else if (evenement instanceof DemandeRadiee e) {
      b.radiation =
          Optional.of(
              new Radiation(
                  e.motif(), e.date(), e.auteur(), e.sousMotif(), e.attribution(), e.numeroNational()));
      b.avertissement = Optional.empty();
    } else if (evenement instanceof EvenementDemande.RadiationNationaleConstatee e) {
      b.radiation =
          Optional.of(
              new Radiation(e.motif(), e.dateRadiation(), e.auteur(), e.sousMotif(), e.attribution(), Optional.empty()));
      b.avertissement = Optional.empty();
    } else if (evenement instanceof DemandeReactivee e) {
      b.radiation = Optional.empty();
      if (e.motifLeve() == MotifRadiation.NON_RENOUVELLEMENT) {
        b.dateDernierRenouvellement = Optional.of(e.date());
      }
    } else if (evenement instanceof PrioriteReconnue e) {
      b.priorites.put(
          version,
          new LabelPriorite(
              e.publicPrioritaire(), e.source(), e.dateDecision(), e.auteur(), e.reference()));
    } else if (evenement instanceof PrioriteRetiree e) {
      boolean retire =
          b.priorites.values().removeIf(
              l -> l.publicPrioritaire() == e.publicPrioritaire() && l.source() == e.source());
      boolean dalo =
          e.source() == SourcePriorite.DECISION_DALO || e.publicPrioritaire() == PublicPrioritaire.DALO;
      b.daloCaduc |= retire && dalo && b.priorites.values().stream().noneMatch(LabelPriorite::estDalo);
    } else if (evenement instanceof ContingentDeclare e) {
      b.contingents.put(version, e.contingent());
    } else if (evenement instanceof PiecesFournies e) {
      b.piecesFournies.put(version, e);
    } else if (evenement instanceof DemandeInscriteEnCal e) {
      b.inscriptionsCal.put(version, e.logement());
    } else if (evenement instanceof DecisionCalRendue e) {
      b.decisionsCal.put(
          e.logement(),
          new DecisionEnregistree(e.decision(), e.date(), e.auteur(), EtapeAttribution.DECIDEE, Optional.empty()));
    } else if (evenement instanceof OffreEmise e) {
      DecisionEnregistree d = b.decision(e.logement());
      b.decisionsCal.put(
          e.logement(),
          new DecisionEnregistree(d.decision(), d.date(), d.auteur(), EtapeAttribution.OFFERTE, Optional.of(e.dateLimiteReponse())));
    } else if (evenement instanceof OffreAcceptee e) {
      b.etape(e.logement(), EtapeAttribution.ACCEPTEE);
    } else if (evenement instanceof RefusDuDemandeur e) {
      b.etape(e.logement(), EtapeAttribution.REFUSEE);
    } else if (evenement instanceof ConditionSuspensiveLevee e) {
      b.etape(e.logement(), EtapeAttribution.CONDITION_LEVEE);
    } else if (evenement instanceof ConditionSuspensiveNonLevee e) {
      b.etape(e.logement(), EtapeAttribution.CONDITION_NON_LEVEE);
    } else if (evenement instanceof EvenementDemande.ConditionsAccesNonRemplies e) {
      b.etape(e.logement(), EtapeAttribution.CONDITIONS_ACCES_NON_REMPLIES);
    } else if (evenement instanceof AttributionSansSuite e) {
      b.etape(e.logement(), EtapeAttribution.SANS_SUITE);
    } else if (evenement instanceof BailSigne e) {
      b.etape(e.attribution().logement(), EtapeAttribution.BAIL_SIGNE);
    } else if (evenement instanceof EvenementAnnule e) {
      EvenementDemande annule = b.annulables.remove(e.versionAnnulee());
      checkState(annule != null, "Version %s cannot be withdrawn", e.versionAnnulee());
      b.priorites.remove(e.versionAnnulee());
      b.contingents.remove(e.versionAnnulee());
      b.piecesFournies.remove(e.versionAnnulee());
      b.inscriptionsCal.remove(e.versionAnnulee());
    } else if (evenement instanceof PiecesDemandees
        || evenement instanceof DemandeDesignee
        || evenement instanceof VisiteProposee
        || evenement instanceof VisiteEffectuee
        || evenement instanceof EvenementLocal) {
      // Recorded in the timeline; no effect on the lifecycle.
    } else {
      throw new IllegalStateException("Unknown event " + evenement);
    }
    return b.build(version);
  }

  /** The state after all {@code evenements}, in order; empty when there are none. */
  public static Optional<Demande> rejouer(Collection<? extends EvenementDemande> evenements) {
    Demande etat = null;
    for (EvenementDemande e : evenements) {
      etat = evolve(etat, e);
    }
    return Optional.ofNullable(etat);
  }

  // ---------------------------------------------------------------------------------------------
  // Derived facts (pure functions of the state)

  /** The date validity runs from: the last renewal, or the initial filing (R441-2-7). */
  public LocalDate dateReference() {
    return dateDernierRenouvellement.orElse(dateDepot);
  }

  /**
   * The last day of validity: the anniversary of the filing or of the last renewal, included
   * (R441-2-7; {@link DelaisReglementaires#finDeValidite}).
   */
  public LocalDate dateFinValidite() {
    return DelaisReglementaires.finDeValidite(dateReference());
  }

  /**
   * The day the renewal notice is due: at least one month before the end of validity (R441-2-7:
   * « un mois au moins avant la date d'expiration »), that is one {@code preavisRenouvellement}
   * before the last day of validity.
   */
  public LocalDate dateEcheanceAvis(DelaisReglementaires delais) {
    return dateFinValidite().minus(delais.preavisRenouvellement());
  }

  /** Whether the renewal notice of the current year of validity has been sent. */
  public boolean avisEnvoyePourLaPeriode() {
    return dateDernierAvis.filter(d -> !d.isBefore(dateReference())).isPresent();
  }

  /**
   * The first day the demand may be radiated for non-renewal (R441-2-8 e), if the notice of the
   * current year has been sent: {@code radiationNonRenouvellement} after the filing or last
   * renewal, and never less than that span after the notice was due, so that a late notice still
   * leaves the applicant the full time to renew. Empty while no notice was sent: R441-2-8 e
   * radiates only after « le délai imparti par la notification ».
   */
  public Optional<LocalDate> dateRadiationNonRenouvellement(DelaisReglementaires delais) {
    if (!avisEnvoyePourLaPeriode()) {
      return Optional.empty();
    }
    LocalDate auPlusTot = dateReference().plus(delais.radiationNonRenouvellement());
    LocalDate echeance = dateEcheanceAvis(delais);
    LocalDate avis = dateDernierAvis.orElseThrow();
    if (avis.isAfter(echeance)) {
      Period marge =
          Period.between(echeance, dateReference().plus(delais.radiationNonRenouvellement()));
      LocalDate apresAvis = avis.plus(marge);
      return Optional.of(apresAvis.isAfter(auPlusTot) ? apresAvis : auPlusTot);
    }
    return Optional.of(auPlusTot);
  }

  /** Where the demand stands on {@code jour}. */
  public StatutDemande statut(LocalDate jour) {
    if (radiation.isPresent()) {
      return StatutDemande.RADIEE;
    }
    return jour.isAfter(dateFinValidite()) ? StatutDemande.NON_RENOUVELEE : StatutDemande.ACTIVE;
  }

  /** Whether the demand is radiated. */
  public boolean estRadiee() {
    return radiation.isPresent();
  }

  /**
   * The last day the radiation can be undone, when its ground allows it: after non-renewal,
   * {@code reactivationNonRenouvellement} after the filing or last renewal; after no answer, {@code
   * reactivationAbsenceReponse} after the radiation (arrêté du 23 mars 2015 annexe §5–6). Empty
   * for the other grounds and for an active demand.
   */
  public Optional<LocalDate> dateLimiteReactivation(DelaisReglementaires delais) {
    return radiation.flatMap(
        r ->
            switch (r.motif()) {
              case NON_RENOUVELLEMENT -> Optional.of(
                  dateReference().plus(delais.reactivationNonRenouvellement()));
              case ABSENCE_DE_REPONSE -> Optional.of(r.date().plus(delais.reactivationAbsenceReponse()));
              default -> Optional.empty();
            });
  }

  /**
   * The day the nominative data must be erased: {@code conservation} after the radiation
   * (arrêté du 23 mars 2015 annexe §7). Empty for an active demand.
   */
  public Optional<LocalDate> dateFinConservation(DelaisReglementaires delais) {
    return radiation.map(r -> r.date().plus(delais.conservation()));
  }

  /** Seniority on {@code jour}: the time since the initial filing, kept through renewals. */
  public Period anciennete(LocalDate jour) {
    return Period.between(dateDepot, jour);
  }

  /**
   * How the renewal notice must be sent (R441-2-7): by post (and e-mail if given) when the
   * applicant never filed or renewed online; by e-mail when he did; by both when he did and asked
   * for postal notices.
   */
  public Set<CanalAvis> canauxAvis() {
    boolean email = contenu.menage().demandeur().contact().email().isPresent();
    if (!demarcheEnLigne || !email) {
      return email ? EnumSet.of(CanalAvis.COURRIER, CanalAvis.COURRIEL) : EnumSet.of(CanalAvis.COURRIER);
    }
    return contenu.avisPostalSouhaite()
        ? EnumSet.of(CanalAvis.COURRIEL, CanalAvis.COURRIER)
        : EnumSet.of(CanalAvis.COURRIEL);
  }

  /** The DALO status, derived from the labels (SNE list {@code ListeStatutDalo}). */
  public StatutDalo statutDalo() {
    boolean actif = priorites.values().stream().anyMatch(LabelPriorite::estDalo);
    if (actif) {
      return radiation.filter(r -> r.motif() == MotifRadiation.ATTRIBUTION).isPresent()
          ? StatutDalo.ACTIF_RELOGE
          : StatutDalo.ACTIF;
    }
    return daloCaduc ? StatutDalo.CADUC : StatutDalo.NON;
  }

  /** The priority labels in force. */
  public List<LabelPriorite> labels() {
    return List.copyOf(priorites.values());
  }

  /** Whether the demand is recognised as a priority (L441-1) by at least one body. */
  public boolean estPrioritaire() {
    return !priorites.isEmpty();
  }

  /** The quotas the applicant is eligible for. */
  public Set<ContingentEligible> contingentsEligibles() {
    return ImmutableSet.copyOf(contingents.values());
  }

  /** The documents supplied, with the date each was first supplied. */
  public Map<PieceJustificative, LocalDate> piecesFourniesLe() {
    Map<PieceJustificative, LocalDate> dates = new LinkedHashMap<>();
    for (PiecesFournies p : piecesFournies.values()) {
      for (PieceJustificative piece : p.pieces()) {
        dates.merge(piece, p.date(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    return dates;
  }

  /** Whether the demand is on a CAL agenda for {@code logement}. */
  public boolean estInscriteEnCal(IdentifiantRpls logement) {
    return inscriptionsCal.containsValue(logement);
  }

  /** The last CAL decision for {@code logement}, if any. */
  public Optional<DecisionEnregistree> decisionCal(IdentifiantRpls logement) {
    return Optional.ofNullable(decisionsCal.get(logement));
  }

  /** A mutable copy used by {@link #evolve} only. */
  private static final class Builder {
    private final Demande d;
    private ContenuDemande contenu;
    private Optional<LocalDate> dateDernierRenouvellement;
    private boolean demarcheEnLigne;
    private Optional<LocalDate> dateDernierAvis;
    private Optional<Avertissement> avertissement;
    private Optional<Radiation> radiation;
    private final Map<Long, LabelPriorite> priorites;
    private boolean daloCaduc;
    private final Map<Long, ContingentEligible> contingents;
    private final Map<Long, PiecesFournies> piecesFournies;
    private final Map<Long, IdentifiantRpls> inscriptionsCal;
    private final Map<IdentifiantRpls, DecisionEnregistree> decisionsCal;
    private final Map<Long, EvenementDemande> annulables;

    Builder(Demande d) {
      this.d = d;
      contenu = d.contenu;
      dateDernierRenouvellement = d.dateDernierRenouvellement;
      demarcheEnLigne = d.demarcheEnLigne;
      dateDernierAvis = d.dateDernierAvis;
      avertissement = d.avertissement;
      radiation = d.radiation;
      priorites = new LinkedHashMap<>(d.priorites);
      daloCaduc = d.daloCaduc;
      contingents = new LinkedHashMap<>(d.contingents);
      piecesFournies = new LinkedHashMap<>(d.piecesFournies);
      inscriptionsCal = new LinkedHashMap<>(d.inscriptionsCal);
      decisionsCal = new LinkedHashMap<>(d.decisionsCal);
      annulables = new LinkedHashMap<>(d.annulables);
    }

    DecisionEnregistree decision(IdentifiantRpls logement) {
      DecisionEnregistree d = decisionsCal.get(logement);
      checkState(d != null, "No CAL decision on %s for demand %s", logement, this.d.numero);
      return d;
    }

    void etape(IdentifiantRpls logement, EtapeAttribution etape) {
      decisionsCal.put(logement, decision(logement).a(etape));
    }

    Demande build(long version) {
      return new Demande(
          d.numero,
          d.territoire,
          d.guichet,
          d.canalDepot,
          d.dateDepot,
          dateDernierRenouvellement,
          contenu,
          demarcheEnLigne,
          dateDernierAvis,
          avertissement,
          radiation,
          priorites,
          daloCaduc,
          contingents,
          piecesFournies,
          inscriptionsCal,
          decisionsCal,
          annulables,
          version);
    }
  }
}
