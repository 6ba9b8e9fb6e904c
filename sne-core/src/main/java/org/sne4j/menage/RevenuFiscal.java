package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Montant;

/**
 * The tax reference income (revenu fiscal de référence, RFR) of one person for one year, as on
 * the tax notice (interfaceNuu {@code revenuFiscal}: year and amount for N-1 and N-2).
 *
 * @param annee the income year (the notice of year N+1 gives the income of year N)
 * @param montant the RFR, positive or zero
 */
public record RevenuFiscal(int annee, Montant montant) {

  public RevenuFiscal {
    checkArgument(annee >= 1900 && annee <= 2999, "Implausible income year: %s", annee);
    Objects.requireNonNull(montant, "montant");
    checkArgument(!montant.estNegatif(), "A tax reference income cannot be negative: %s", montant);
  }
}
