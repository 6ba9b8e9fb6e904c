package org.sne4j.json;

import tools.jackson.core.StreamReadConstraints;

/**
 * The hard limits every JSON text is parsed under, so that hostile input (deep nesting, huge
 * strings or numbers, endless documents) is refused early and cheaply, before any object is
 * built.
 *
 * @param maxNestingDepth most nested arrays and objects (the deepest document of the library, a
 *     demand registration, nests 7 levels)
 * @param maxStringLength most characters in one JSON string
 * @param maxDocumentLength most characters (or bytes) in one document
 * @param maxNumberLength most characters in one JSON number
 * @param maxNameLength most characters in one property name
 */
public record JsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    long maxDocumentLength,
    int maxNumberLength,
    int maxNameLength) {

  /**
   * The library's limits: depth 64, strings of 100 000 characters, documents of 2 000 000
   * characters, numbers of 50 characters, property names of 1 000 characters.
   */
  public static final JsonLimits DEFAULT = new JsonLimits(64, 100_000, 2_000_000, 50, 1_000);

  public JsonLimits {
    if (maxNestingDepth < 8
        || maxStringLength < 1
        || maxDocumentLength < 1
        || maxNumberLength < 20
        || maxNameLength < 1) {
      throw new IllegalArgumentException(
          "JSON limits too low to read the library's documents: " + maxNestingDepth + ", "
              + maxStringLength + ", " + maxDocumentLength + ", " + maxNumberLength + ", "
              + maxNameLength);
    }
  }

  /** These limits as Jackson's constraints. */
  StreamReadConstraints constraints() {
    return StreamReadConstraints.builder()
        .maxNestingDepth(maxNestingDepth)
        .maxStringLength(maxStringLength)
        .maxDocumentLength(maxDocumentLength)
        .maxNumberLength(maxNumberLength)
        .maxNameLength(maxNameLength)
        .build();
  }
}
