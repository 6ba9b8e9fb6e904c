package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import org.sne4j.commun.Montant;

/**
 * A monthly resource received by a person (interfaceNuu {@code listeRessourceRecue/detailRessource}).
 *
 * @param type the kind of resource
 * @param mensuel the monthly amount, positive or zero
 */
public record Ressource(TypeRessource type, Montant mensuel) {

  public Ressource {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mensuel, "mensuel");
    checkArgument(!mensuel.estNegatif(), "A monthly resource cannot be negative: %s", mensuel);
  }
}
