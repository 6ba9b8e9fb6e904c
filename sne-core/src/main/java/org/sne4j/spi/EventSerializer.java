package org.sne4j.spi;

import org.sne4j.commun.Evenement;

/**
 * The port that turns events into stored documents and back, for persistent stores. {@code
 * sne-json} implements it with Jackson; a store that keeps objects in memory needs none.
 *
 * <p>An implementation must guarantee: {@code deserialize(serialize(e))} equals {@code e} for
 * every event of the library; type identifiers never change once released; a document written
 * by an earlier release (older {@link SerializedEvent#schemaVersion()}) still reads, upcast to the
 * current form; an unknown type or a malformed document is an {@link IllegalArgumentException}
 * naming the type and the problem, never a partial object; thread safety.
 */
public interface EventSerializer {

  /** Serializes {@code event} in its current schema version. */
  SerializedEvent serialize(Evenement event);

  /** Reads a stored event, upcasting older schema versions. */
  Evenement deserialize(SerializedEvent serialized);
}
