package org.sne4j.json;

import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the stored document of one event type from schema version {@code n} into version {@code
 * n + 1}, on the JSON tree, before it is bound to the current record. A chain of upcasters ({@link
 * UpcasterChain}) brings a document of any released version up to the current one, so that a
 * history written by an earlier release still loads.
 *
 * <p>An upcaster is a pure function of the document: it never looks anything up, never fails on
 * a document of its version that the earlier release could have written, and is never changed
 * once released (a new correction is a new version).
 */
public interface Upcaster {

  /** The type identifier of the events it applies to, e.g. {@code demande.enregistree}. */
  String type();

  /** The version it reads; it produces {@code fromVersion() + 1}. */
  int fromVersion();

  /**
   * The document in version {@code fromVersion() + 1}.
   *
   * @param document a document of {@link #type()} in version {@link #fromVersion()}, which the
   *     upcaster may modify and return
   */
  ObjectNode upcast(ObjectNode document);

  /** An upcaster from a function. */
  static Upcaster of(String type, int fromVersion, UnaryOperator<ObjectNode> function) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(function, "function");
    if (fromVersion < 1) {
      throw new IllegalArgumentException("Schema versions start at 1: " + fromVersion);
    }
    return new Upcaster() {
      @Override
      public String type() {
        return type;
      }

      @Override
      public int fromVersion() {
        return fromVersion;
      }

      @Override
      public ObjectNode upcast(ObjectNode document) {
        return function.apply(document);
      }

      @Override
      public String toString() {
        return "Upcaster[" + type + " v" + fromVersion + " → v" + (fromVersion + 1) + "]";
      }
    };
  }
}
