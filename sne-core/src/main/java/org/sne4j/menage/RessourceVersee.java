package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Montant;

/**
 * A monthly amount paid by a person, such as maintenance (interfaceNuu {@code listeRessourceVersee}).
 *
 * @param type the kind of payment
 * @param mensuel the monthly amount, positive or zero
 */
public record RessourceVersee(TypeRessourceVersee type, Montant mensuel) {

  public RessourceVersee {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mensuel, "mensuel");
    checkArgument(!mensuel.estNegatif(), "A monthly payment cannot be negative: %s", mensuel);
  }
}
