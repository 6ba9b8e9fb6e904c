package org.sne4j.contingent;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * A reservation quota the applicant is eligible for (CCH R441-2-15 I, 3rd dash), as recorded by
 * the réservataire or the bailleur.
 *
 * @param type the kind of quota
 * @param reservataire the identifier of the réservataire holding it (e.g. « Action Logement
 *     Services », a commune's identifier)
 */
public record ContingentEligible(TypeReservataire type, String reservataire) {

  public ContingentEligible {
    Objects.requireNonNull(type, "type");
    checkArgument(reservataire != null && !reservataire.isBlank(), "A quota needs its holder");
  }
}
