package org.sne4j.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.demande.Demande;
import org.sne4j.formulaire.FormulaireAdresse;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.FormulaireLogementActuel;
import org.sne4j.formulaire.FormulaireLogementRecherche;
import org.sne4j.formulaire.FormulaireRessource;
import org.sne4j.formulaire.FormulaireTitulaire;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.TypeRessource;

/** The embedding example of the README, compiled and run by the demo's tests. */
public final class Embarquement {

  private Embarquement() {}

  /** Registers one demand at a desk and returns its number, or the French messages of the violations. */
  public static String enregistrer(Sne sne) {
    CodeGuichet guichet = new CodeGuichet("G0042");
    Acteur mairie = Acteur.guichet(guichet, "Mairie de Lille — service logement");
    FormulaireDemande formulaire = FormulaireDemande.builder()
        .demandeur(FormulaireTitulaire.builder()
            .civilite(Civilite.MADAME).nom("DIALLO").prenom("Awa").dateNaissance(LocalDate.of(1990, 5, 4))
            .nationalite(Nationalite.FRANCAISE).situationFamiliale(SituationFamiliale.CELIBATAIRE)
            .adresse(FormulaireAdresse.enFrance("12", "rue des Arts", "59000", "59350", "Lille"))
            .ressources(FormulaireRessource.of(TypeRessource.SALAIRES, new BigDecimal("1450.00")))
            .build())
        .logementActuel(FormulaireLogementActuel.of(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS))
        .logementRecherche(FormulaireLogementRecherche.builder()
            .demandeElargie(false).typologies(TypeLogement.T1, TypeLogement.T2).communes("59350", "59512")
            .build())
        .build();
    try {
      Demande demande = sne.demandes().enregistrer(mairie, guichet, formulaire);
      return demande.numero().valeur();                       // e.g. 0591126000001G0042
    } catch (FormulaireInvalideException e) {
      return e.violations().stream()                          // code, path, French message
          .map(v -> v.chemin() + " : " + v.message()).toList().toString();
    }
  }
}
