package org.sne4j.formulaire;

import java.time.LocalDate;
import java.util.List;

/** Shorthands of the form's tests. */
final class Signalements {

  static final ValidateurFormulaire VALIDATEUR = new ValidateurFormulaire();

  private Signalements() {}

  /** The violations of {@code formulaire} at the mother's filing date, as {@code chemin code}. */
  static List<String> signalees(FormulaireDemande formulaire) {
    return signalees(formulaire, Formulaires.DATE_DEPOT);
  }

  /** The violations of {@code formulaire} at {@code date}, as {@code chemin code}. */
  static List<String> signalees(FormulaireDemande formulaire, LocalDate date) {
    return enTexte(VALIDATEUR.valider(formulaire, date));
  }

  /** {@code violations} as {@code chemin code}. */
  static List<String> enTexte(List<Violation> violations) {
    return violations.stream().map(v -> v.chemin() + " " + v.code()).toList();
  }
}
