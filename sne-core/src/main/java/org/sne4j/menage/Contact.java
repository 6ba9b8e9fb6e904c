package org.sne4j.menage;

import java.util.Objects;
import java.util.Optional;

/**
 * How to reach a holder (CCH R441-2-2 b). The e-mail also decides how the renewal notice is sent
 * (R441-2-7).
 *
 * @param telephone main phone number
 * @param telephoneSecondaire another phone number
 * @param email e-mail address
 */
public record Contact(
    Optional<String> telephone, Optional<String> telephoneSecondaire, Optional<String> email) {

  /** No contact details. */
  public static final Contact AUCUN = new Contact(Optional.empty(), Optional.empty(), Optional.empty());

  public Contact {
    Objects.requireNonNull(telephone, "telephone");
    Objects.requireNonNull(telephoneSecondaire, "telephoneSecondaire");
    Objects.requireNonNull(email, "email");
  }
}
