package org.sne4j.json;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.node.ObjectNode;

/**
 * The upcasters of every event type, one per (type, version) step, checked complete: for each
 * type of the {@link TypeRegistry} whose current version is {@code n}, there is an upcaster from
 * each version 1 to {@code n − 1}.
 */
public final class UpcasterChain {

  private final Map<String, Upcaster> steps = new HashMap<>();

  /**
   * A chain of the given upcasters.
   *
   * @throws IllegalArgumentException when two upcasters do the same step, an upcaster targets a
   *     version above its type's current version or an unknown type, or a step is missing
   */
  public UpcasterChain(List<? extends Upcaster> upcasters) {
    for (Upcaster upcaster : upcasters) {
      Objects.requireNonNull(upcaster, "upcaster");
      TypeRegistry.Entry entry =
          TypeRegistry.byId(upcaster.type())
              .orElseThrow(
                  () -> new IllegalArgumentException("Upcaster for an unknown type: " + upcaster));
      if (upcaster.fromVersion() >= entry.currentVersion()) {
        throw new IllegalArgumentException(
            "Upcaster beyond the current version " + entry.currentVersion() + ": " + upcaster);
      }
      if (steps.put(key(upcaster.type(), upcaster.fromVersion()), upcaster) != null) {
        throw new IllegalArgumentException("Two upcasters for the same step: " + upcaster);
      }
    }
    List<String> missing = new ArrayList<>();
    for (TypeRegistry.Entry entry : TypeRegistry.entries()) {
      for (int v = 1; v < entry.currentVersion(); v++) {
        if (!steps.containsKey(key(entry.id(), v))) {
          missing.add(entry.id() + " v" + v + " → v" + (v + 1));
        }
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Missing upcasters: " + missing);
    }
  }

  /** The chain of the library's own upcasters (see {@link LibraryUpcasters}). */
  public static UpcasterChain library() {
    return new UpcasterChain(LibraryUpcasters.all());
  }

  /**
   * The document of {@code type} in version {@code version} brought to the type's current
   * version.
   *
   * @throws IllegalArgumentException when the type is unknown or the version is not between 1
   *     and the current version
   */
  public ObjectNode upcast(String type, int version, ObjectNode document) {
    TypeRegistry.Entry entry =
        TypeRegistry.byId(type)
            .orElseThrow(() -> new IllegalArgumentException("Unknown event type '" + type + "'"));
    if (version < 1 || version > entry.currentVersion()) {
      throw new IllegalArgumentException(
          "Unknown schema version "
              + version
              + " of '"
              + type
              + "': this release reads versions 1 to "
              + entry.currentVersion()
              + (version > entry.currentVersion() ? " (written by a newer release?)" : ""));
    }
    ObjectNode current = document;
    for (int v = version; v < entry.currentVersion(); v++) {
      current = steps.get(key(type, v)).upcast(current);
    }
    return current;
  }

  private static String key(String type, int version) {
    return type + "#" + version;
  }
}
