package org.sne4j.json;

import java.util.List;
import tools.jackson.core.JacksonException;

/**
 * JSON paths in the core's style: components separated by dots, list indexes in brackets, no
 * leading {@code $} ({@code demandeur.adresse.codePostal}, {@code logementRecherche.communes[2]});
 * empty for the document as a whole.
 */
final class JsonPaths {

  private JsonPaths() {}

  /** The path of the value a Jackson exception is about. */
  static String of(JacksonException e) {
    return of(e.getPath());
  }

  static String of(List<JacksonException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : references) {
      if (reference.getPropertyName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** A message cut to a readable length: a hostile document must not flood a log. */
  static String abridged(String message) {
    if (message == null) {
      return "";
    }
    String oneLine = message.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 300) + "…";
  }
}
