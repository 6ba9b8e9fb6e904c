package org.sne4j.formulaire;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.EnfantEnGarde;

/**
 * A child received part-time, in the form: shared custody or visiting and accommodation rights (CCH
 * R441-2-2 a; interfaceNuu {@code personneEnGarde}). Mirrors {@link EnfantEnGarde}; every field is
 * mandatory.
 *
 * @param prenom first name
 * @param dateNaissance birth date, not after the filing date
 * @param modalite shared custody or visiting rights
 */
public record FormulaireEnfantEnGarde(
    @TexteObligatoire @TexteCourt String prenom,
    @NotNull(message = "{sne.champ.obligatoire}") @DateNaissanceValide LocalDate dateNaissance,
    @NotNull(message = "{sne.champ.obligatoire}") Coparentalite modalite) {

  /** A child received part-time. */
  public static FormulaireEnfantEnGarde of(
      String prenom, LocalDate dateNaissance, Coparentalite modalite) {
    return new FormulaireEnfantEnGarde(prenom, dateNaissance, modalite);
  }

  /** The form of a child of the content. */
  public static FormulaireEnfantEnGarde depuis(EnfantEnGarde enfant) {
    return new FormulaireEnfantEnGarde(enfant.prenom(), enfant.dateNaissance(), enfant.modalite());
  }
}
