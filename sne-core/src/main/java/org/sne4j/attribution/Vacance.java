package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.sne4j.acteur.Acteur;
import org.sne4j.attribution.EvenementVacance.BailSigne;
import org.sne4j.attribution.EvenementVacance.CandidatDesigne;
import org.sne4j.attribution.EvenementVacance.CandidatRetire;
import org.sne4j.attribution.EvenementVacance.ConditionStatuee;
import org.sne4j.attribution.EvenementVacance.DecisionCandidat;
import org.sne4j.attribution.EvenementVacance.DecisionsRendues;
import org.sne4j.attribution.EvenementVacance.DesignationReprise;
import org.sne4j.attribution.EvenementVacance.InscriptionEnCommission;
import org.sne4j.attribution.EvenementVacance.NouveauTour;
import org.sne4j.attribution.EvenementVacance.OffreFaite;
import org.sne4j.attribution.EvenementVacance.ReponseOffre;
import org.sne4j.attribution.EvenementVacance.VacanceDeclaree;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Logement;

/**
 * The state of a vacancy: the fold of its events ({@link #evolve}).
 *
 * @param id the vacancy
 * @param logement the dwelling
 * @param dateLiberation the day it is free
 * @param dateDeclaration the day it was declared
 * @param titulaire who designates its candidates (the bailleur once it took the designation back)
 * @param titulaireInitial who held the designation right when it was declared
 * @param etat where it stands
 * @param tour the round: 1, then one more after each round without attributee
 * @param candidats the candidates of the current round, in designation order
 * @param dateSeance the date of the CAL session, once listed
 * @param exception the exception to the three-candidate rule the listing relied on
 * @param suivis each candidate's decision and standing, once the CAL decided
 * @param offre the pending offer, if any
 * @param bail the signed lease, if any
 * @param version the number of events folded
 */
public record Vacance(
    IdentifiantVacance id,
    Logement logement,
    LocalDate dateLiberation,
    LocalDate dateDeclaration,
    TitulaireDesignation titulaire,
    TitulaireDesignation titulaireInitial,
    EtatVacance etat,
    int tour,
    List<Candidat> candidats,
    Optional<LocalDate> dateSeance,
    Optional<ExceptionTroisCandidats> exception,
    Map<NumeroUnique, Suivi> suivis,
    Optional<Offre> offre,
    Optional<Bail> bail,
    long version) {

  public Vacance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(titulaire, "titulaire");
    Objects.requireNonNull(etat, "etat");
    candidats = ImmutableList.copyOf(candidats);
    suivis = ImmutableMap.copyOf(suivis);
    checkArgument(version >= 1, "A vacancy has at least its declaration: version %s", version);
  }

  /**
   * A designated candidate.
   *
   * @param numero his demand
   * @param designateur who designated him
   * @param designationPrefetDalo whether the préfet designated him under the DALO
   * @param date when
   */
  public record Candidat(NumeroUnique numero, Acteur designateur, boolean designationPrefetDalo, LocalDate date) {}

  /**
   * A candidate's decision and standing.
   *
   * @param decision the CAL's decision
   * @param rang his rank among the attributees (1 for the sole attributee), empty when not
   *     attributed
   * @param etat where he stands
   */
  public record Suivi(DecisionCal decision, OptionalInt rang, EtatCandidat etat) {
    Suivi a(EtatCandidat nouvel) {
      return new Suivi(decision, rang, nouvel);
    }
  }

  /**
   * The pending offer.
   *
   * @param candidat to whom
   * @param date when it was made
   * @param dateLimiteReponse the last day to answer
   */
  public record Offre(NumeroUnique candidat, LocalDate date, LocalDate dateLimiteReponse) {}

  /**
   * The signed lease.
   *
   * @param candidat the signer
   * @param date the lease date
   * @param attribution the R441-2-9 data
   * @param designateur who designated the signer
   */
  public record Bail(NumeroUnique candidat, LocalDate date, DonneesAttribution attribution, Acteur designateur) {}

  /** The rank a decision gives among the attributees: 1 for an attribution (a), its rank for b and c. */
  public static OptionalInt rang(DecisionCal decision) {
    if (decision instanceof DecisionCal.Attribution) {
      return OptionalInt.of(1);
    } else if (decision instanceof DecisionCal.AttributionEnRang r) {
      return OptionalInt.of(r.rang());
    } else if (decision instanceof DecisionCal.AttributionSousCondition c) {
      return OptionalInt.of(c.rang().orElse(1));
    }
    return OptionalInt.empty();
  }

  /** Folds an event into the state; the first event is the declaration, folded into {@code null}. */
  public static Vacance evolve(Vacance v, EvenementVacance e) {
    Objects.requireNonNull(e, "evenement");
    if (v == null) {
      checkState(e instanceof VacanceDeclaree, "A vacancy's history starts with its declaration, not %s", e);
      VacanceDeclaree d = (VacanceDeclaree) e;
      return new Vacance(d.vacance(), d.logement(), d.dateLiberation(), d.date(), d.titulaire(), d.titulaire(),
          EtatVacance.EN_DESIGNATION, 1, List.of(), Optional.empty(), Optional.empty(), Map.of(), Optional.empty(),
          Optional.empty(), 1);
    }
    checkState(v.id.equals(e.vacance()), "Event of vacancy %s folded into %s", e.vacance(), v.id);
    TitulaireDesignation titulaire = v.titulaire;
    EtatVacance etat = v.etat;
    int tour = v.tour;
    List<Candidat> candidats = new ArrayList<>(v.candidats);
    Optional<LocalDate> seance = v.dateSeance;
    Optional<ExceptionTroisCandidats> exception = v.exception;
    Map<NumeroUnique, Suivi> suivis = new LinkedHashMap<>(v.suivis);
    Optional<Offre> offre = v.offre;
    Optional<Bail> bail = v.bail;
    if (e instanceof VacanceDeclaree) {
      throw new IllegalStateException("Vacancy " + v.id + " is already declared");
    } else if (e instanceof CandidatDesigne c) {
      candidats.add(new Candidat(c.candidat(), c.auteur(), c.designationPrefetDalo(), c.date()));
    } else if (e instanceof CandidatRetire c) {
      candidats.removeIf(x -> x.numero().equals(c.candidat()));
    } else if (e instanceof DesignationReprise) {
      titulaire = TitulaireDesignation.bailleur(v.logement.bailleur());
    } else if (e instanceof InscriptionEnCommission i) {
      etat = EtatVacance.EN_COMMISSION;
      seance = Optional.of(i.dateSeance());
      exception = i.exception();
    } else if (e instanceof DecisionsRendues d) {
      for (DecisionCandidat dc : d.decisions()) {
        EtatCandidat initial =
            dc.decision() instanceof DecisionCal.AttributionSousCondition ? EtatCandidat.CONDITION_EN_COURS
                : dc.decision().estUneAttribution() ? EtatCandidat.EN_ATTENTE : EtatCandidat.ECARTE;
        suivis.put(dc.candidat(), new Suivi(dc.decision(), rang(dc.decision()), initial));
      }
    } else if (e instanceof OffreFaite o) {
      suivis.put(o.candidat(), suivis.get(o.candidat()).a(EtatCandidat.OFFRE));
      offre = Optional.of(new Offre(o.candidat(), o.date(), o.dateLimiteReponse()));
    } else if (e instanceof ReponseOffre r) {
      suivis.put(r.candidat(), suivis.get(r.candidat()).a(r.acceptee() ? EtatCandidat.ACCEPTE : EtatCandidat.REFUSE));
      offre = Optional.empty();
    } else if (e instanceof ConditionStatuee c) {
      suivis.put(c.candidat(), suivis.get(c.candidat()).a(c.levee() ? EtatCandidat.EN_ATTENTE : EtatCandidat.ECARTE));
    } else if (e instanceof BailSigne b) {
      Acteur designateur = candidats.stream().filter(c -> c.numero().equals(b.candidat())).findFirst()
          .map(Candidat::designateur).orElse(v.titulaire.acteur());
      for (Map.Entry<NumeroUnique, Suivi> s : new ArrayList<>(suivis.entrySet())) {
        if (s.getKey().equals(b.candidat())) {
          suivis.put(s.getKey(), s.getValue().a(EtatCandidat.SIGNE));
        } else if (s.getValue().etat().estEnLice()) {
          suivis.put(s.getKey(), s.getValue().a(EtatCandidat.SANS_SUITE));
        }
      }
      bail = Optional.of(new Bail(b.candidat(), b.date(), b.attribution(), designateur));
      etat = EtatVacance.LOUEE;
    } else if (e instanceof NouveauTour) {
      tour++;
      candidats.clear();
      suivis.clear();
      seance = Optional.empty();
      exception = Optional.empty();
      offre = Optional.empty();
      etat = EtatVacance.EN_DESIGNATION;
    }
    if (etat == EtatVacance.EN_COMMISSION || etat == EtatVacance.DECIDEE || etat == EtatVacance.SANS_ATTRIBUTAIRE) {
      if (!suivis.isEmpty()) {
        etat = suivis.values().stream().anyMatch(s -> s.etat().estEnLice()) ? EtatVacance.DECIDEE : EtatVacance.SANS_ATTRIBUTAIRE;
      }
    }
    return new Vacance(v.id, v.logement, v.dateLiberation, v.dateDeclaration, titulaire, v.titulaireInitial, etat, tour,
        candidats, seance, exception, suivis, offre, bail, v.version + 1);
  }

  /** The state after all {@code evenements}; empty when there are none. */
  public static Optional<Vacance> rejouer(Collection<? extends EvenementVacance> evenements) {
    Vacance v = null;
    for (EvenementVacance e : evenements) {
      v = evolve(v, e);
    }
    return Optional.ofNullable(v);
  }

  /** The candidate of the current round with this number, if designated. */
  public Optional<Candidat> candidat(NumeroUnique numero) {
    return candidats.stream().filter(c -> c.numero().equals(numero)).findFirst();
  }

  /**
   * The next candidate the dwelling goes to: the best-ranked attributee still in the running who
   * has not been offered it yet (R441-3 b: « au profit du candidat suivant en cas de refus … par
   * le ou les candidats classés devant lui »).
   */
  public Optional<NumeroUnique> prochainAttributaire() {
    return suivis.entrySet().stream()
        .filter(s -> s.getValue().etat().estEnLice() && s.getValue().rang().isPresent())
        .min(Comparator.comparingInt(s -> s.getValue().rang().getAsInt()))
        .map(Map.Entry::getKey);
  }
}
