package org.sne4j.demande;

/**
 * Where an attribution decided for this demand on one dwelling stands, from the CAL's decision to
 * the lease (CCH R441-3, R441-10).
 */
public enum EtapeAttribution {
  /** The CAL decided; for an attribution, the offer has not been made yet. */
  DECIDEE("Décidée"),
  /** The suspensive condition was met in time (R441-3 c). */
  CONDITION_LEVEE("Condition suspensive levée"),
  /** The suspensive condition was not met in time: a non-attribution (R441-3 c). */
  CONDITION_NON_LEVEE("Condition suspensive non levée"),

  /** The documents supplied in time show the household does not meet the access conditions (R441-3 c). */
  CONDITIONS_ACCES_NON_REMPLIES("Conditions d'accès non remplies"),
  /** The dwelling is offered; the applicant has until the deadline to answer (R441-10). */
  OFFERTE("Logement proposé"),
  /** The applicant accepted the offer. */
  ACCEPTEE("Proposition acceptée"),
  /** The applicant refused, or did not answer in time (R441-10). */
  REFUSEE("Proposition refusée"),
  /** A better-ranked candidate signed the lease. */
  SANS_SUITE("Attribuée à un candidat mieux classé"),
  /** The lease is signed. */
  BAIL_SIGNE("Bail signé");

  private final String libelle;

  EtapeAttribution(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
