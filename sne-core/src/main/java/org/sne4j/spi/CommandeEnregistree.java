package org.sne4j.spi;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A command the store recorded with the events it produced ({@link EventStore#commande}): what a
 * service needs to answer a retry with the first result and to refuse another command sent under
 * the same identifier.
 *
 * @param identifiant the command's identifier
 * @param empreinte the fingerprint of its content
 * @param flux each stream it wrote, with the stream's version after it, in the order written
 * @param enregistreeLe when it was recorded
 */
public record CommandeEnregistree(String identifiant, String empreinte, List<Version> flux, Instant enregistreeLe) {

  /** A stream and its version after the command. */
  public record Version(StreamId stream, long version) {

    public Version {
      Objects.requireNonNull(stream, "stream");
      if (version < 1) {
        throw new IllegalArgumentException("Version starts at 1: " + version);
      }
    }
  }

  public CommandeEnregistree {
    Objects.requireNonNull(identifiant, "identifiant");
    Objects.requireNonNull(empreinte, "empreinte");
    flux = List.copyOf(flux);
    if (flux.isEmpty()) {
      throw new IllegalArgumentException("A recorded command wrote at least one stream");
    }
    Objects.requireNonNull(enregistreeLe, "enregistreeLe");
  }

  /** The version of {@code stream} after the command, if it wrote it. */
  public java.util.Optional<Long> versionDe(StreamId stream) {
    return flux.stream().filter(v -> v.stream().equals(stream)).map(Version::version).findFirst();
  }
}
