package org.sne4j.examples.demo;

import org.sne4j.demande.ContenuDemande;

/** Small changes an applicant makes to his demand in the simulation. */
final class Contenus {

  private Contenus() {}

  /** The same content, the applicant asking for postal renewal notices. */
  static ContenuDemande avecAvisPostal(ContenuDemande c) {
    return new ContenuDemande(c.menage(), c.logementActuel(), c.motifs(), c.precisionMotif(), c.logementRecherche(),
        c.handicap(), true);
  }
}
