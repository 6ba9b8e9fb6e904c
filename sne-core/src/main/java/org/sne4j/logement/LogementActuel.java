package org.sne4j.logement;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sne4j.commun.Montant;

/**
 * The applicant's current housing situation (CCH R441-2-2 f; interfaceNuu {@code
 * logementActuel}). Several kinds may apply at once (e.g. sub-tenant in a hotel).
 *
 * @param modeles the kinds of current housing, at least one
 * @param loyerMensuel monthly rent, when the household pays one
 * @param nombreOccupants number of persons living in the dwelling
 * @param surface living area in square metres
 * @param proprietaire name of the owner or landlord
 * @param categorie flat or house
 * @param typologie number of rooms
 */
public record LogementActuel(
    Set<ModeleLogement> modeles,
    Optional<Montant> loyerMensuel,
    OptionalInt nombreOccupants,
    OptionalInt surface,
    Optional<String> proprietaire,
    Optional<CategorieLogementActuel> categorie,
    Optional<TypeLogement> typologie) {

  public LogementActuel {
    modeles = ImmutableSet.copyOf(modeles);
    checkArgument(!modeles.isEmpty(), "The current housing needs at least one kind");
    Objects.requireNonNull(loyerMensuel, "loyerMensuel");
    loyerMensuel.ifPresent(
        l -> checkArgument(!l.estNegatif(), "A rent cannot be negative: %s", l));
    Objects.requireNonNull(nombreOccupants, "nombreOccupants");
    nombreOccupants.ifPresent(
        n -> checkArgument(n >= 1, "Number of occupants must be at least 1: %s", n));
    Objects.requireNonNull(surface, "surface");
    surface.ifPresent(s -> checkArgument(s >= 1, "Surface must be at least 1 m²: %s", s));
    Objects.requireNonNull(proprietaire, "proprietaire");
    Objects.requireNonNull(categorie, "categorie");
    Objects.requireNonNull(typologie, "typologie");
  }

  /** A current housing given only by its kinds. */
  public static LogementActuel de(ModeleLogement... modeles) {
    return new LogementActuel(
        Set.of(modeles),
        Optional.empty(),
        OptionalInt.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
