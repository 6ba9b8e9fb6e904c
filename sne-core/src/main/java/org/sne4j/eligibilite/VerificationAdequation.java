package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Regle;

/**
 * Whether a dwelling's size suits the household, with the figures and the grid used.
 *
 * @param conforme whether the number of rooms is within the allowed range
 * @param personnes the number of persons to be housed
 * @param pieces the dwelling's main rooms
 * @param plage the range the grid allows for that many persons
 * @param parametre the grid used, with its source and validity
 * @param explication the result in French
 */
public record VerificationAdequation(
    boolean conforme,
    int personnes,
    int pieces,
    AdequationTaille.PlagePieces plage,
    AdequationTaille parametre,
    String explication)
    implements Verification {

  public VerificationAdequation {
    Objects.requireNonNull(plage, "plage");
    Objects.requireNonNull(parametre, "parametre");
    checkArgument(conforme == plage.contient(pieces), "Result contradicts the range %s", plage);
    checkArgument(explication != null && !explication.isBlank(), "A result needs its explanation");
  }

  @Override
  public Regle regle() {
    return RegleEligibilite.ADEQUATION_TAILLE;
  }
}
