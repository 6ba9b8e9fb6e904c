package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;
import org.sne4j.commun.Regle;

/**
 * A household's effort rate for a dwelling, against the local threshold, with the figures.
 *
 * @param conforme whether the effort rate does not exceed the threshold
 * @param loyer the monthly rent
 * @param charges the monthly charges
 * @param aideLogement the estimated monthly housing benefit, if given
 * @param depenseNette rent plus charges less housing benefit
 * @param ressourcesMensuelles the monthly resources the rate is computed on
 * @param taux the effort rate in percent, rounded up to two decimals; empty without resources
 * @param parametre the threshold used, with its source and validity
 * @param explication the result in French
 */
public record VerificationTauxEffort(
    boolean conforme,
    Montant loyer,
    Montant charges,
    Optional<Montant> aideLogement,
    Montant depenseNette,
    Montant ressourcesMensuelles,
    Optional<BigDecimal> taux,
    TauxEffort parametre,
    String explication)
    implements Verification {

  public VerificationTauxEffort {
    Objects.requireNonNull(loyer, "loyer");
    Objects.requireNonNull(charges, "charges");
    Objects.requireNonNull(aideLogement, "aideLogement");
    Objects.requireNonNull(depenseNette, "depenseNette");
    Objects.requireNonNull(ressourcesMensuelles, "ressourcesMensuelles");
    Objects.requireNonNull(taux, "taux");
    Objects.requireNonNull(parametre, "parametre");
    checkArgument(explication != null && !explication.isBlank(), "A result needs its explanation");
  }

  @Override
  public Regle regle() {
    return RegleEligibilite.TAUX_EFFORT;
  }
}
