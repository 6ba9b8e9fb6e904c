package org.sne4j.commun;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A value of a closed list of the national registration system (SNE): it travels as its SNE
 * {@linkplain #code() code} and is shown to people as its French {@linkplain #libelle() label}.
 *
 * <p>Every closed list of the reference (docs/reglementation.md §12, CERFA 14069) is an enum implementing
 * this interface; {@link #parCode(Class, String)} reads a code back.
 */
public interface CodeSne {

  /** The code exchanged with the SNE (interfaceNuu {@code code} attribute), e.g. {@code RADATT}. */
  String code();

  /** The French label shown to users, e.g. « Attribution suivie d'un bail signé ». */
  String libelle();

  /**
   * Finds the constant of {@code type} whose code is {@code code}.
   *
   * @throws IllegalArgumentException naming the list and the code when no constant matches
   */
  static <E extends Enum<E> & CodeSne> E parCode(Class<E> type, String code) {
    return chercher(type, code)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Unknown code '"
                        + code
                        + "' for "
                        + type.getSimpleName()
                        + "; known codes: "
                        + Arrays.stream(type.getEnumConstants())
                            .map(CodeSne::code)
                            .collect(Collectors.joining(", "))));
  }

  /** Finds the constant of {@code type} whose code is {@code code}, if any. */
  static <E extends Enum<E> & CodeSne> Optional<E> chercher(Class<E> type, String code) {
    if (code == null) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.code().equals(code)) {
        return Optional.of(constant);
      }
    }
    return Optional.empty();
  }
}
