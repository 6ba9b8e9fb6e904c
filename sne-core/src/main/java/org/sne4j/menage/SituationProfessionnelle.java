package org.sne4j.menage;

import java.util.Objects;
import java.util.Optional;
import org.sne4j.territoire.CodeInsee;

/**
 * Employment situation of a holder (CCH R441-2-2 d; interfaceNuu {@code
 * situationProfessionnelle}).
 *
 * @param contrat kind of contract or situation
 * @param profession occupation, free text
 * @param employeur name of the main employer
 * @param communeTravail INSEE code of the commune of the workplace, in France
 * @param travailALEtranger whether the workplace is abroad
 */
public record SituationProfessionnelle(
    TypeContratTravail contrat,
    Optional<String> profession,
    Optional<String> employeur,
    Optional<CodeInsee> communeTravail,
    boolean travailALEtranger) {

  public SituationProfessionnelle {
    Objects.requireNonNull(contrat, "contrat");
    Objects.requireNonNull(profession, "profession");
    Objects.requireNonNull(employeur, "employeur");
    Objects.requireNonNull(communeTravail, "communeTravail");
  }

  /** A situation given only by its kind of contract. */
  public static SituationProfessionnelle de(TypeContratTravail contrat) {
    return new SituationProfessionnelle(
        contrat, Optional.empty(), Optional.empty(), Optional.empty(), false);
  }
}
