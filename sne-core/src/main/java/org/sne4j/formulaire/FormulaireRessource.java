package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.TypeRessource;

/**
 * A monthly resource received, in the form (CCH R441-2-2 e; interfaceNuu {@code
 * listeRessourceRecue/detailRessource}). Mirrors {@link Ressource}.
 *
 * @param type the kind of resource, mandatory
 * @param mensuel the monthly amount in euros, mandatory, positive or zero, at most two decimals
 */
public record FormulaireRessource(
    @NotNull(message = "{sne.champ.obligatoire}") TypeRessource type,
    @NotNull(message = "{sne.champ.obligatoire}") @MontantValide BigDecimal mensuel) {

  /** A monthly resource. */
  public static FormulaireRessource of(TypeRessource type, BigDecimal mensuel) {
    return new FormulaireRessource(type, mensuel);
  }

  /** The form of a resource of the content. */
  public static FormulaireRessource depuis(Ressource ressource) {
    return new FormulaireRessource(ressource.type(), ressource.mensuel().euros());
  }
}
