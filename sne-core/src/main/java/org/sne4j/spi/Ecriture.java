package org.sne4j.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One atomic write of the library: the events of one or more streams, the rows of the read models
 * that go with them, and the command that produced them, recorded so that the same command sent
 * again is recognised ({@link EventStore#enregistrer}).
 *
 * @param flux each stream's events, at the version read (distinct streams, one partition key)
 * @param projections the rows of the read models the write changes
 * @param commande the command, when it carries an identifier: recorded once; a second write with
 *     the same identifier is a conflict
 */
public record Ecriture(List<StreamAppend> flux, MiseAJourProjections projections, Optional<Commande> commande) {

  /**
   * A command as the store records it.
   *
   * @param identifiant the caller's command identifier (1 to 100 characters)
   * @param empreinte a fingerprint of the command's content, which tells a retry of the same command
   *     from another command sent under the same identifier (1 to 100 characters)
   */
  public record Commande(String identifiant, String empreinte) {

    public Commande {
      if (identifiant == null || identifiant.isBlank() || identifiant.length() > 100) {
        throw new IllegalArgumentException("Invalid command identifier: '" + identifiant + "'");
      }
      if (empreinte == null || empreinte.isBlank() || empreinte.length() > 100) {
        throw new IllegalArgumentException("Invalid command fingerprint: '" + empreinte + "'");
      }
    }
  }

  public Ecriture {
    flux = StreamAppend.requireDistinctStreams(List.copyOf(flux));
    Objects.requireNonNull(projections, "projections");
    Objects.requireNonNull(commande, "commande");
  }

  /** Events and the rows of the read models that go with them; no command recorded. */
  public static Ecriture de(List<StreamAppend> flux, MiseAJourProjections projections) {
    return new Ecriture(flux, projections, Optional.empty());
  }

  /** Events only: no read model, no command recorded. */
  public static Ecriture de(List<StreamAppend> flux) {
    return new Ecriture(flux, MiseAJourProjections.AUCUNE, Optional.empty());
  }
}
