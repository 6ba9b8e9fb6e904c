package org.sne4j.commun;

/**
 * A command was sent under an identifier that an earlier, different command already used: nothing
 * was recorded. A programming error of the caller (a retry must send the same command); not
 * retryable. Code {@value #CODE}.
 */
public final class IdentifiantCommandeReutiliseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The stable code of this error. */
  public static final String CODE = "SNE-IDENTIFIANT-REUTILISE";

  private final IdentifiantCommande identifiant;

  public IdentifiantCommandeReutiliseException(IdentifiantCommande identifiant) {
    super(CODE + ": the command identifier " + identifiant + " was already used by another command;"
        + " a retry must send the same command, a new command needs a new identifier");
    this.identifiant = identifiant;
  }

  /** The identifier reused. */
  public IdentifiantCommande identifiant() {
    return identifiant;
  }

  /** The stable code, {@value #CODE}. */
  public String code() {
    return CODE;
  }
}
