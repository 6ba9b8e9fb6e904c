package org.sne4j.formulaire;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a form: a stable code for programs, the path of the field to correct, and a
 * message for the person who fills the form in (French by default, English on request).
 *
 * @param code the stable code, e.g. {@code champ.obligatoire}, {@code code-insee.invalide}; the
 *     full list is {@link CodesViolation#TOUS}
 * @param chemin the path of the field, components of the form separated by dots and list indexes in
 *     brackets, e.g. {@code demandeur.adresse.codePostal}, {@code logementRecherche.communes[2]},
 *     {@code personnesACharge[0].dateNaissance}; empty for the form as a whole
 * @param message the message for the user; it never quotes what the user typed
 */
public record Violation(String code, String chemin, String message) implements Serializable {

  public Violation {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(chemin, "chemin");
    Objects.requireNonNull(message, "message");
  }

  /** {@code chemin: code}, for logs: neither the message nor the value typed. */
  @Override
  public String toString() {
    return (chemin.isEmpty() ? "(formulaire)" : chemin) + ": " + code;
  }
}
