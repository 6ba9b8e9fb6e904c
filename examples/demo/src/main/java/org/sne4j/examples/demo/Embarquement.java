package org.sne4j.examples.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.formulaire.FormulaireAdresse;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.FormulaireLogementActuel;
import org.sne4j.formulaire.FormulaireLogementRecherche;
import org.sne4j.formulaire.FormulaireRessource;
import org.sne4j.formulaire.FormulaireTitulaire;
import org.sne4j.information.VueDemandeur;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.TypeRessource;
import org.sne4j.piece.PieceJustificative;

/**
 * The embedding example of the README, compiled and run in full by the demo's tests: the lines
 * between the two markers are the README's code block, character for character (a test compares
 * them).
 */
public final class Embarquement {

  private Embarquement() {}

  /** Runs the README's example: it prints what the applicant sees, or why it was refused. */
  public static void main(String[] args) {
    // README:début
    Sne sne = Sne.builder().build();   // in-memory store, read models and number allocator; system clock (Paris)

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
      Demande demande = sne.demandes().enregistrer(mairie, guichet, formulaire);   // validated, numbered, recorded
      sne.demandes().executer(new CommandeDemande.DemanderPieces(demande.numero(), mairie,
          Set.of(PieceJustificative.AVIS_IMPOSITION), Optional.empty(), Optional.empty()));
      VueDemandeur vue = sne.consultation().vueDemandeur(Acteur.demandeur(), demande.numero()); // what the applicant sees
      System.out.println(vue.numero() + " — " + vue.statut().libelle() + ", valable jusqu'au " + vue.dateFinValidite());
      vue.evenements().forEach(l -> System.out.println("  " + l.date() + "  " + l.titre() + " : " + l.texte()));
    } catch (FormulaireInvalideException e) {
      e.violations().forEach(v -> System.out.println(v.code() + " " + v.chemin() + " : " + v.message()));
    } catch (RefusException e) {
      System.out.println(e.code() + " : " + e.messageUtilisateur());       // a rule not met, named
    }
    // README:fin
  }
}
