package org.sne4j.formulaire;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Lists in the form: {@code null} means empty; {@code null} elements are kept, to be reported. */
final class Listes {

  private Listes() {}

  /** An unmodifiable copy of {@code liste} that keeps its {@code null}s; empty for {@code null}. */
  static <T> List<T> copie(List<T> liste) {
    return liste == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(liste));
  }
}
