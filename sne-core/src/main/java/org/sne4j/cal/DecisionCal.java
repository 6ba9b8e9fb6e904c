package org.sne4j.cal;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.piece.PieceJustificative;

/**
 * The decision a CAL takes for one candidate on one dwelling (CCH R441-3 a–e), with what each kind
 * of decision must carry.
 */
public sealed interface DecisionCal {

  /** The kind of decision (R441-3 item). */
  TypeDecisionCal type();

  /** Whether this decision may end in a lease (a, b, c). */
  default boolean estUneAttribution() {
    return type() == TypeDecisionCal.ATTRIBUTION
        || type() == TypeDecisionCal.ATTRIBUTION_EN_RANG
        || type() == TypeDecisionCal.ATTRIBUTION_SOUS_CONDITION;
  }

  /** R441-3 a: the dwelling is attributed to the candidate. */
  record Attribution() implements DecisionCal {
    @Override
    public TypeDecisionCal type() {
      return TypeDecisionCal.ATTRIBUTION;
    }
  }

  /**
   * R441-3 b: the dwelling is attributed to the candidate at rank {@code rang}; he gets it if the
   * candidates ranked before him refuse the offer (R441-10).
   *
   * @param rang 1 for the first candidate
   */
  record AttributionEnRang(int rang) implements DecisionCal {
    public AttributionEnRang {
      checkArgument(rang >= 1, "A rank starts at 1: %s", rang);
    }

    @Override
    public TypeDecisionCal type() {
      return TypeDecisionCal.ATTRIBUTION_EN_RANG;
    }
  }

  /**
   * R441-3 c: the dwelling is attributed provided the missing documents, of the closed list of
   * R441-2-4-1, are supplied by {@code dateLimite} and do not call the conditions of access into
   * question; the CCH sets no minimum for the deadline.
   *
   * @param piecesManquantes the missing documents, at least one
   * @param dateLimite the deadline fixed by the decision
   * @param rang the rank, when the CAL also ranked the candidates
   */
  record AttributionSousCondition(
      Set<PieceJustificative> piecesManquantes, LocalDate dateLimite, Optional<Integer> rang)
      implements DecisionCal {
    public AttributionSousCondition {
      piecesManquantes = ImmutableSet.copyOf(piecesManquantes);
      checkArgument(!piecesManquantes.isEmpty(), "A suspensive condition names the missing document");
      Objects.requireNonNull(dateLimite, "dateLimite");
      Objects.requireNonNull(rang, "rang");
      rang.ifPresent(r -> checkArgument(r >= 1, "A rank starts at 1: %s", r));
    }

    @Override
    public TypeDecisionCal type() {
      return TypeDecisionCal.ATTRIBUTION_SOUS_CONDITION;
    }
  }

  /**
   * R441-3 d: the dwelling is not attributed to the candidate, for the reasons given (L441-2-2).
   *
   * @param motifs at least one reason
   * @param precision free text, required with {@link MotifNonAttribution#AUTRE}
   */
  record NonAttribution(Set<MotifNonAttribution> motifs, Optional<String> precision)
      implements DecisionCal {
    public NonAttribution {
      motifs = ImmutableSet.copyOf(motifs);
      checkArgument(!motifs.isEmpty(), "A non-attribution states its reasons (L441-2-2)");
      Objects.requireNonNull(precision, "precision");
      checkArgument(
          !motifs.contains(MotifNonAttribution.AUTRE)
              || precision.filter(p -> !p.isBlank()).isPresent(),
          "The reason « autre » needs its text");
    }

    @Override
    public TypeDecisionCal type() {
      return TypeDecisionCal.NON_ATTRIBUTION;
    }
  }

  /**
   * R441-3 e: the demand is rejected as inadmissible (R441-2-8 d); the bailleur warns the
   * applicant and radiates the demand one month after the warning.
   *
   * @param sousMotif resources above the ceiling, or irregular residence
   */
  record Irrecevabilite(SousMotifIrrecevabilite sousMotif) implements DecisionCal {
    public Irrecevabilite {
      Objects.requireNonNull(sousMotif, "sousMotif");
    }

    @Override
    public TypeDecisionCal type() {
      return TypeDecisionCal.IRRECEVABILITE;
    }
  }
}
