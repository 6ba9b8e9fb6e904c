package org.sne4j.menage;

import java.util.Objects;

/**
 * A future co-holder of the lease (co-titulaire) and his link with the applicant (interfaceNuu
 * {@code listeCotitulaire/cotitulaire}).
 *
 * @param personne the co-holder
 * @param lien link with the applicant
 */
public record Cotitulaire(Titulaire personne, LienDemandeur lien) {

  public Cotitulaire {
    Objects.requireNonNull(personne, "personne");
    Objects.requireNonNull(lien, "lien");
  }
}
