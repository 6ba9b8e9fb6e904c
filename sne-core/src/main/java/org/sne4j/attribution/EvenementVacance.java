package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.commun.Evenement;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Logement;

/**
 * Every event in the life of a vacancy, from the dwelling offered to its lease: designation of
 * candidates, CAL listing and decisions (CCH R441-3), offers and answers (R441-10), suspensive
 * conditions, the lease. Each step's effect on the candidates' demands is recorded on their own
 * streams, in the same atomic append. Vacancy events are the partners' working record: the
 * applicant sees his own demand's events, not these.
 */
public sealed interface EvenementVacance extends Evenement {

  /** The vacancy the event belongs to. */
  IdentifiantVacance vacance();

  @Override
  default boolean visibleDuDemandeur() {
    return false;
  }

  private static void communs(IdentifiantVacance vacance, LocalDate date, Acteur auteur) {
    Objects.requireNonNull(vacance, "vacance");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(auteur, "auteur");
  }

  /**
   * The bailleur declares a freed dwelling for attribution and says who designates its candidates.
   *
   * @param logement the dwelling
   * @param dateLiberation the day it is free
   * @param titulaire the holder of the right to designate
   */
  record VacanceDeclaree(
      IdentifiantVacance vacance, LocalDate date, Acteur auteur, Logement logement, LocalDate dateLiberation,
      TitulaireDesignation titulaire)
      implements EvenementVacance {
    public VacanceDeclaree {
      communs(vacance, date, auteur);
      Objects.requireNonNull(logement, "logement");
      Objects.requireNonNull(dateLiberation, "dateLiberation");
      Objects.requireNonNull(titulaire, "titulaire");
    }
  }

  /**
   * A candidate is designated.
   *
   * @param designationPrefetDalo whether the préfet designated him under the DALO (L441-2-3 II
   *     al. 7)
   */
  record CandidatDesigne(
      IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, boolean designationPrefetDalo)
      implements EvenementVacance {
    public CandidatDesigne {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /** A candidate designated by mistake, or no longer available, is withdrawn before the CAL. */
  record CandidatRetire(IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, String motif)
      implements EvenementVacance {
    public CandidatRetire {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
      checkArgument(motif != null && !motif.isBlank(), "A withdrawal states its reason");
    }
  }

  /**
   * The holder did not designate in time: the dwelling returns to the bailleur for this round
   * (R441-5; reservation convention).
   */
  record DesignationReprise(IdentifiantVacance vacance, LocalDate date, Acteur auteur, String motif)
      implements EvenementVacance {
    public DesignationReprise {
      communs(vacance, date, auteur);
      checkArgument(motif != null && !motif.isBlank(), "A take-over states its reason");
    }
  }

  /**
   * The vacancy is put on a CAL session's agenda with its candidates; fewer than three only under
   * an exception of R441-3.
   *
   * @param justification why candidates are too few, for {@link
   *     ExceptionTroisCandidats#INSUFFISANCE_DES_CANDIDATS}
   */
  record InscriptionEnCommission(
      IdentifiantVacance vacance,
      LocalDate date,
      Acteur auteur,
      LocalDate dateSeance,
      List<NumeroUnique> candidats,
      Optional<ExceptionTroisCandidats> exception,
      Optional<String> justification)
      implements EvenementVacance {
    public InscriptionEnCommission {
      communs(vacance, date, auteur);
      Objects.requireNonNull(dateSeance, "dateSeance");
      candidats = ImmutableList.copyOf(candidats);
      checkArgument(!candidats.isEmpty(), "A CAL examines at least one candidate");
      Objects.requireNonNull(exception, "exception");
      Objects.requireNonNull(justification, "justification");
    }
  }

  /**
   * The decision for one candidate.
   *
   * @param candidat the candidate's demand
   * @param decision the decision (R441-3 a–e)
   */
  record DecisionCandidat(NumeroUnique candidat, DecisionCal decision) {
    public DecisionCandidat {
      Objects.requireNonNull(candidat, "candidat");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /** The CAL took its decision for each candidate (R441-3). */
  record DecisionsRendues(IdentifiantVacance vacance, LocalDate date, Acteur auteur, List<DecisionCandidat> decisions)
      implements EvenementVacance {
    public DecisionsRendues {
      communs(vacance, date, auteur);
      decisions = ImmutableList.copyOf(decisions);
      checkArgument(!decisions.isEmpty(), "A CAL decides for at least one candidate");
    }
  }

  /** The dwelling is offered to the next candidate in line (R441-10). */
  record OffreFaite(
      IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, LocalDate dateLimiteReponse)
      implements EvenementVacance {
    public OffreFaite {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
      Objects.requireNonNull(dateLimiteReponse, "dateLimiteReponse");
    }
  }

  /**
   * The candidate answered the offer, or did not answer in time (a refusal, R441-10).
   *
   * @param acceptee whether he accepted
   * @param defautDeReponse whether the refusal is the lapse of the offer
   */
  record ReponseOffre(
      IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, boolean acceptee, boolean defautDeReponse)
      implements EvenementVacance {
    public ReponseOffre {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
      checkArgument(!(acceptee && defautDeReponse), "No answer is not an acceptance");
    }
  }

  /** The suspensive condition of a candidate's attribution was met, or its deadline passed (R441-3 c). */
  record ConditionStatuee(IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, boolean levee)
      implements EvenementVacance {
    public ConditionStatuee {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
    }
  }

  /** The lease is signed with the candidate who accepted (R441-2-8 a; R441-2-9 data). */
  record BailSigne(
      IdentifiantVacance vacance, LocalDate date, Acteur auteur, NumeroUnique candidat, DonneesAttribution attribution)
      implements EvenementVacance {
    public BailSigne {
      communs(vacance, date, auteur);
      Objects.requireNonNull(candidat, "candidat");
      Objects.requireNonNull(attribution, "attribution");
    }
  }

  /** No attributee is left: the vacancy goes back to designation for a new round. */
  record NouveauTour(IdentifiantVacance vacance, LocalDate date, Acteur auteur, String motif)
      implements EvenementVacance {
    public NouveauTour {
      communs(vacance, date, auteur);
      checkArgument(motif != null && !motif.isBlank(), "A new round states its reason");
    }
  }
}
