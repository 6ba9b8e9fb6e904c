package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.sne4j.menage.RevenuFiscal;

/**
 * A tax reference income (revenu fiscal de référence, RFR) of one holder for one year, in the form
 * (CCH R441-2-2 e; interfaceNuu {@code revenuFiscal}). Mirrors {@link RevenuFiscal}.
 *
 * @param annee the income year, mandatory, not after the filing year
 * @param montant the RFR in euros, mandatory, positive or zero, at most two decimals
 */
public record FormulaireRevenuFiscal(
    @NotNull(message = "{sne.champ.obligatoire}") @AnneeRevenuValide Integer annee,
    @NotNull(message = "{sne.champ.obligatoire}") @MontantValide BigDecimal montant) {

  /** An income. */
  public static FormulaireRevenuFiscal of(Integer annee, BigDecimal montant) {
    return new FormulaireRevenuFiscal(annee, montant);
  }

  /** The form of an income of the content. */
  public static FormulaireRevenuFiscal depuis(RevenuFiscal revenu) {
    return new FormulaireRevenuFiscal(revenu.annee(), revenu.montant().euros());
  }
}
