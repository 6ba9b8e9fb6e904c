package org.sne4j.spi;

/**
 * The port that makes identifiers (correlation ids, idempotency keys): the domain never calls a
 * random generator itself, so tests and replays can be deterministic.
 */
public interface GenerateurIdentifiants {

  /** A new identifier, unique for the life of the application (at most 100 characters). */
  String nouvelIdentifiant();
}
