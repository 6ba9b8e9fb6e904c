package org.sne4j.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.formulaire.Violation;

/**
 * What the validation of an inbound JSON document found: the value it holds when it is valid, or
 * every violation otherwise — never both, never a partial value.
 *
 * @param valeur the value read, present exactly when there is no violation
 * @param violations every problem found, sorted by path then code; each has the stable code, the
 *     path (core style, e.g. {@code demandeur.adresse.codePostal}) and a message for the user
 * @param <T> the type of the value
 */
public record ValidationResult<T>(Optional<T> valeur, List<Violation> violations) {

  public ValidationResult {
    Objects.requireNonNull(valeur, "valeur");
    violations = List.copyOf(violations);
    if (valeur.isPresent() != violations.isEmpty()) {
      throw new IllegalArgumentException("A result holds either a value or violations: " + violations);
    }
  }

  static <T> ValidationResult<T> valide(T valeur) {
    return new ValidationResult<>(Optional.of(valeur), List.of());
  }

  static <T> ValidationResult<T> invalide(List<Violation> violations) {
    return new ValidationResult<>(Optional.empty(), violations);
  }

  /** Whether the document is valid. */
  public boolean estValide() {
    return valeur.isPresent();
  }

  /** The codes of the violations, in order, for tests and logs. */
  public List<String> codes() {
    return violations.stream().map(Violation::code).toList();
  }
}
