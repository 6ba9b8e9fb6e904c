package org.sne4j.commun;

import java.util.regex.Pattern;

/**
 * The identifier a caller gives a command so that sending it again — a desk's retry after a
 * time-out — has the effect of sending it once: the same identifier with the same command gives
 * back the first result and records nothing more; with another command it is refused ({@link
 * IdentifiantCommandeReutiliseException}). Chosen by the caller (a UUID, a request id): 1 to 100
 * letters, digits and {@code - _ . : /}.
 *
 * @param valeur the identifier
 */
public record IdentifiantCommande(String valeur) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:/-]{1,100}");

  public IdentifiantCommande {
    if (valeur == null || !FORMAT.matcher(valeur).matches()) {
      throw new IllegalArgumentException(
          "Invalid command identifier: '" + (valeur == null ? null : valeur.length() > 120 ? valeur.substring(0, 120) + "…" : valeur) + "' (1 to 100 letters, digits, - _ . : /)");
    }
  }

  /** The identifier {@code valeur}. */
  public static IdentifiantCommande de(String valeur) {
    return new IdentifiantCommande(valeur);
  }

  @Override
  public String toString() {
    return valeur;
  }
}
