package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;
import org.sne4j.commun.Regle;

/**
 * A household's remaining income per consumption unit for a dwelling, against the local
 * threshold, with the figures.
 *
 * @param conforme whether the remaining income reaches the threshold
 * @param ressourcesMensuelles the monthly resources
 * @param loyer the monthly rent
 * @param charges the monthly charges
 * @param aideLogement the estimated monthly housing benefit, if given
 * @param resteMensuel what is left each month for the whole household (may be negative)
 * @param unitesConsommation the household's consumption units
 * @param resteParUnite what is left per consumption unit and per day or month (as the threshold),
 *     rounded down to the cent
 * @param parametre the threshold used, with its source and validity
 * @param explication the result in French
 */
public record VerificationResteAVivre(
    boolean conforme,
    Montant ressourcesMensuelles,
    Montant loyer,
    Montant charges,
    Optional<Montant> aideLogement,
    Montant resteMensuel,
    BigDecimal unitesConsommation,
    Montant resteParUnite,
    ResteAVivre parametre,
    String explication)
    implements Verification {

  public VerificationResteAVivre {
    Objects.requireNonNull(ressourcesMensuelles, "ressourcesMensuelles");
    Objects.requireNonNull(loyer, "loyer");
    Objects.requireNonNull(charges, "charges");
    Objects.requireNonNull(aideLogement, "aideLogement");
    Objects.requireNonNull(resteMensuel, "resteMensuel");
    Objects.requireNonNull(unitesConsommation, "unitesConsommation");
    Objects.requireNonNull(resteParUnite, "resteParUnite");
    Objects.requireNonNull(parametre, "parametre");
    checkArgument(explication != null && !explication.isBlank(), "A result needs its explanation");
  }

  @Override
  public Regle regle() {
    return RegleEligibilite.RESTE_A_VIVRE;
  }
}
