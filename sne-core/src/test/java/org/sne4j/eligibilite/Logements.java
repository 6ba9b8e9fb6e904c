package org.sne4j.eligibilite;

import org.sne4j.acteur.Acteur;
import org.sne4j.commun.Montant;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;

/** Dwellings for the eligibility tests, named by what they are. */
final class Logements {

  private Logements() {}

  static Logement.Builder unLogement(String commune, Financement financement, int pieces) {
    return Logement.builder()
        .identifiant("RPLS-" + commune + "-" + pieces)
        .bailleur(Acteur.bailleur("BAIL-1", "Office public de l'habitat"))
        .commune(commune)
        .nombrePieces(pieces)
        .surface("60")
        .financement(financement)
        .loyer(Montant.euros(450))
        .charges(Montant.euros(80))
        .typeHabitat(TypeHabitat.COLLECTIF);
  }

  /** A PLUS T2 in Paris 13e. */
  static Logement unT2PlusAParis() {
    return unLogement("75113", Financement.PLUS, 2).build();
  }
}
