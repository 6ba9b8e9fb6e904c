package org.sne4j.json;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CanalDepot;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Nir;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.menage.TypeRessourceVersee;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/** Fixed events of one household in Lille, for the golden files and the version-1 fixtures. */
final class Exemples {

  static final NumeroUnique NUMERO = NumeroUnique.parse("0590325000123G0042");
  static final Acteur GUICHET = Acteur.guichet(CodeGuichet.parse("G0042"), "Mairie de Lille");
  static final Acteur BAILLEUR = Acteur.bailleur("LMH", "Lille Métropole Habitat");
  static final IdentifiantRpls LOGEMENT = IdentifiantRpls.parse("59350-LMH-000417");

  private Exemples() {}

  /** Awa Diallo, her partner and their son, hosted by her parents, seek a T3 in Lille. */
  static ContenuDemande contenu() {
    Titulaire awa =
        new Titulaire(
            Civilite.MADAME,
            "DIALLO",
            Optional.of("DIALLO-LEFÈVRE"),
            "Awa",
            LocalDate.of(1991, 4, 12),
            Nationalite.FRANCAISE,
            SituationFamiliale.PACSE,
            Optional.of(Nir.parse("2 91 04 59 350 123 70")),
            new Contact(Optional.of("06 12 34 56 78"), Optional.empty(), Optional.of("awa.diallo@exemple.fr")),
            Optional.of(Adresse.enFrance("12 bis", "rue de l'Épeule", "59100", CodeInsee.parse("59512"), "Roubaix")),
            Optional.of(
                new SituationProfessionnelle(
                    TypeContratTravail.CDI,
                    Optional.of("Aide-soignante"),
                    Optional.of("CHU de Lille"),
                    Optional.of(CodeInsee.parse("59350")),
                    false)),
            List.of(
                new RevenuFiscal(2023, Montant.parse("17640")),
                new RevenuFiscal(2024, Montant.parse("18210.00"))),
            List.of(new Ressource(TypeRessource.SALAIRES, Montant.parse("1654.37"))),
            List.of(),
            false);
    Titulaire karim =
        new Titulaire(
            Civilite.MONSIEUR,
            "HADDAD",
            Optional.empty(),
            "Karim",
            LocalDate.of(1989, 11, 3),
            Nationalite.HORS_UNION_EUROPEENNE,
            SituationFamiliale.PACSE,
            Optional.empty(),
            Contact.AUCUN,
            Optional.empty(),
            Optional.of(SituationProfessionnelle.de(TypeContratTravail.CDD)),
            List.of(new RevenuFiscal(2024, Montant.parse("9800.50"))),
            List.of(
                new Ressource(TypeRessource.SALAIRES, Montant.parse("1100.00")),
                new Ressource(TypeRessource.ALLOCATIONS_FAMILIALES, Montant.parse("0.99"))),
            List.of(new RessourceVersee(TypeRessourceVersee.PENSION_ALIMENTAIRE_VERSEE, Montant.parse("150.00"))),
            true);
    PersonneACharge yanis =
        new PersonneACharge("HADDAD", "Yanis", LocalDate.of(2019, 6, 30), Sexe.MASCULIN, LienParente.ENFANT, List.of(), false);
    Menage menage =
        new Menage(awa, List.of(new Cotitulaire(karim, LienDemandeur.PARTENAIRE_PACS)), List.of(yanis), Optional.empty(),
            List.of());
    LogementActuel actuel =
        new LogementActuel(
            EnumSet.of(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS),
            Optional.of(Montant.parse("250.00")),
            OptionalInt.of(6),
            OptionalInt.of(78),
            Optional.of("M. et Mme DIALLO"),
            Optional.of(CategorieLogementActuel.MAISON),
            Optional.of(TypeLogement.T4));
    LogementRecherche recherche =
        new LogementRecherche(
            false,
            EnumSet.of(TypeLogement.T3, TypeLogement.T4),
            List.of(CodeInsee.parse("59350"), CodeInsee.parse("59512"), CodeInsee.parse("59009")),
            Optional.of(CategorieLogementRecherche.INDIFFERENT));
    BesoinsHandicap handicap =
        new BesoinsHandicap(
            1,
            Optional.of(EtatHandicap.STABLE),
            Set.of(NatureHandicapMoteur.MEMBRES_INFERIEURS),
            Set.of(),
            Optional.of(CapaciteMarche.UNE_A_TROIS_MARCHES),
            Set.of(AideTechnique.CANNE_BEQUILLE),
            Set.of(EquipementHandicap.DOUCHE_SANS_SEUIL, EquipementHandicap.ASCENSEUR),
            Optional.of("Karim se déplace avec une canne « anglaise » depuis 2022."));
    return new ContenuDemande(
        menage,
        actuel,
        EnumSet.of(MotifDemande.DECOHABITATION, MotifDemande.HANDICAP, MotifDemande.AUTRE),
        Optional.of("Naissance d'un 2e enfant prévue en 2026"),
        recherche,
        Optional.of(handicap),
        true);
  }

  /** The registration of the demand at the Lille desk. */
  static EvenementDemande.DemandeEnregistree inscription() {
    return new EvenementDemande.DemandeEnregistree(
        NUMERO,
        LocalDate.of(2025, 3, 14),
        GUICHET,
        true,
        TerritoireEnregistrement.de(CodeInsee.parse("59350")),
        CodeGuichet.parse("G0042"),
        CanalDepot.GUICHET,
        LocalDate.of(2025, 3, 12),
        contenu());
  }

  /** The applicant renews his demand online, without changing it. */
  static EvenementDemande.DemandeRenouvelee renouvellement() {
    return new EvenementDemande.DemandeRenouvelee(
        NUMERO, LocalDate.of(2026, 3, 2), Acteur.demandeur(), true, CanalDepot.EN_LIGNE, contenu());
  }

  /** The radiation for attribution, with the R441-2-9 data. */
  static EvenementDemande.DemandeRadiee radiationPourAttribution() {
    return new EvenementDemande.DemandeRadiee(
        NUMERO,
        LocalDate.of(2026, 1, 9),
        BAILLEUR,
        true,
        MotifRadiation.ATTRIBUTION,
        Optional.empty(),
        Optional.of(new DonneesAttribution(LOGEMENT, AccordCollectif.INTERCOMMUNAL, false,
            TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT)),
        Optional.empty());
  }

  /** The CAL attributes the dwelling provided two documents come by a deadline, at rank 1. */
  static EvenementDemande.DecisionCalRendue decisionCal() {
    return new EvenementDemande.DecisionCalRendue(
        NUMERO,
        LocalDate.of(2025, 11, 20),
        BAILLEUR,
        true,
        LOGEMENT,
        new DecisionCal.AttributionSousCondition(
            EnumSet.of(PieceJustificative.AVIS_IMPOSITION, PieceJustificative.BULLETINS_SALAIRE),
            LocalDate.of(2025, 12, 4),
            Optional.of(1)));
  }
}
