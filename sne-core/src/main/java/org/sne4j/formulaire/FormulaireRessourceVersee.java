package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.TypeRessourceVersee;

/**
 * A monthly amount paid, such as maintenance, in the form (interfaceNuu {@code
 * listeRessourceVersee}). Mirrors {@link RessourceVersee}.
 *
 * @param type the kind of payment, mandatory
 * @param mensuel the monthly amount in euros, mandatory, positive or zero, at most two decimals
 */
public record FormulaireRessourceVersee(
    @NotNull(message = "{sne.champ.obligatoire}") TypeRessourceVersee type,
    @NotNull(message = "{sne.champ.obligatoire}") @MontantValide BigDecimal mensuel) {

  /** A monthly payment. */
  public static FormulaireRessourceVersee of(TypeRessourceVersee type, BigDecimal mensuel) {
    return new FormulaireRessourceVersee(type, mensuel);
  }

  /** The form of a payment of the content. */
  public static FormulaireRessourceVersee depuis(RessourceVersee ressource) {
    return new FormulaireRessourceVersee(ressource.type(), ressource.mensuel().euros());
  }
}
