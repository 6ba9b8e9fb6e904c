package org.sne4j.commun;

/**
 * A named rule of the domain: a stable identifier that programs can rely on, the text it comes
 * from, and a short French statement.
 *
 * <p>Each package lists its rules in an enum implementing this interface (for example {@code
 * org.sne4j.demande.RegleDemande}); refusals, tests and Javadoc quote them.
 */
public interface Regle {

  /** Stable identifier, e.g. {@code DEM-RADIATION-NON-RENOUVELLEMENT}. Never changes. */
  String id();

  /** Where the rule comes from, e.g. {@code CCH R441-2-8 e; arrêté du 23 mars 2015 annexe §5}. */
  String source();

  /** The rule in one French sentence. */
  String enonce();
}
