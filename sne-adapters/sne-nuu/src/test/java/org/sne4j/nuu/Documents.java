package org.sne4j.nuu;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.handicap.NatureHandicapSensoriel;
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
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.EnfantEnGarde;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.NaissanceAttendue;
import org.sne4j.menage.Nationalite;
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
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.territoire.CodeInsee;

/** Object mothers of interfaceNuu documents: one that fills every field the format carries. */
final class Documents {

  static final CodeGuichet GUICHET = new CodeGuichet("G1226");
  static final NumeroUnique NUMERO = NumeroUnique.parse("02A0325000123G1226");
  static final LocalDate CREATION = LocalDate.of(2025, 3, 10);
  static final LocalDateTime DATE_FICHIER = LocalDateTime.of(2025, 3, 11, 14, 30, 5);
  static final CodeInsee AJACCIO = CodeInsee.parse("2A004");
  static final CodeInsee BASTIA = CodeInsee.parse("2B033");

  private Documents() {}

  static Titulaire titulaireComplet(String prenom, Civilite civilite, boolean handicap) {
    return new Titulaire(
        civilite, "CASANOVA", Optional.of("ORSINI"), prenom, LocalDate.of(1980, 6, 15),
        Nationalite.UNION_EUROPEENNE, SituationFamiliale.MARIE, Optional.empty(),
        new Contact(Optional.of("0601020304"), Optional.of("0495000000"), Optional.of(prenom.toLowerCase() + "@exemple.fr")),
        Optional.of(new Adresse(false, Optional.of("4 bis"), "cours Napoléon", Optional.of("Bâtiment B, 3e étage"), "20000",
            Optional.of(AJACCIO), "Ajaccio", Optional.empty())),
        Optional.of(new SituationProfessionnelle(TypeContratTravail.CDD, Optional.of("Aide-soignante"),
            Optional.of("Centre hospitalier"), Optional.of(BASTIA), false)),
        List.of(new RevenuFiscal(2023, Montant.parse("17500.50")), new RevenuFiscal(2024, Montant.euros(18_200))),
        List.of(new Ressource(TypeRessource.SALAIRES, Montant.parse("1520.35")),
            new Ressource(TypeRessource.ALLOCATIONS_FAMILIALES, Montant.euros(140))),
        List.of(new RessourceVersee(TypeRessourceVersee.PENSION_ALIMENTAIRE_VERSEE, Montant.euros(150))),
        handicap);
  }

  /** A content with every block and optional field filled, in Corsica. */
  static ContenuDemande contenuComplet() {
    Titulaire etranger = new Titulaire(
        Civilite.MONSIEUR, "ROSSI", Optional.empty(), "Marco", LocalDate.of(1979, 1, 2),
        Nationalite.HORS_UNION_EUROPEENNE, SituationFamiliale.MARIE, Optional.empty(), Contact.AUCUN,
        Optional.of(new Adresse(true, Optional.empty(), "Via Roma 3", Optional.empty(), "00100", Optional.empty(),
            "Roma", Optional.of("Italie"))),
        Optional.of(new SituationProfessionnelle(TypeContratTravail.ARTISAN, Optional.empty(), Optional.empty(),
            Optional.empty(), true)),
        List.of(new RevenuFiscal(2024, Montant.ZERO)), List.of(), List.of(), false);
    Menage menage = new Menage(
        titulaireComplet("Maria", Civilite.MADAME, true),
        List.of(new Cotitulaire(etranger, LienDemandeur.CONJOINT)),
        List.of(
            new PersonneACharge("CASANOVA", "Lucia", LocalDate.of(2012, 4, 1), Sexe.FEMININ, LienParente.ENFANT,
                List.of(new Ressource(TypeRessource.BOURSE_ETUDIANT, Montant.euros(100))), true),
            new PersonneACharge("ORSINI", "Paolo", LocalDate.of(1950, 9, 9), Sexe.MASCULIN, LienParente.PARENT,
                List.of(new Ressource(TypeRessource.MINIMUM_VIEILLESSE, Montant.parse("961.08"))), false)),
        Optional.of(new NaissanceAttendue(2, LocalDate.of(2025, 8, 1))),
        List.of(new EnfantEnGarde("Enzo", LocalDate.of(2016, 2, 29), Coparentalite.GARDE_ALTERNEE)));
    LogementActuel actuel = new LogementActuel(
        EnumSet.of(ModeleLogement.LOCATAIRE_PRIVE, ModeleLogement.SOUS_LOCATAIRE), Optional.of(Montant.parse("780.00")),
        OptionalInt.of(6), OptionalInt.of(54), Optional.of("SCI Les Sanguinaires"),
        Optional.of(CategorieLogementActuel.APPARTEMENT), Optional.of(TypeLogement.T3));
    LogementRecherche recherche = new LogementRecherche(
        true, EnumSet.of(TypeLogement.T4, TypeLogement.T5), List.of(AJACCIO, CodeInsee.parse("2A247")),
        Optional.of(CategorieLogementRecherche.INDIFFERENT));
    BesoinsHandicap handicap = new BesoinsHandicap(
        2, Optional.of(EtatHandicap.EVOLUTIF), EnumSet.allOf(NatureHandicapMoteur.class),
        EnumSet.of(NatureHandicapSensoriel.DEFICIENCE_VISUELLE), Optional.of(CapaciteMarche.UNE_A_TROIS_MARCHES),
        EnumSet.of(AideTechnique.CANNE_BEQUILLE, AideTechnique.LIT_MEDICALISE),
        EnumSet.of(EquipementHandicap.ASCENSEUR, EquipementHandicap.STATIONNEMENT_ADAPTE), Optional.of("Porte de 90 cm"));
    return new ContenuDemande(menage, actuel,
        EnumSet.of(MotifDemande.LOGEMENT_TROP_PETIT, MotifDemande.HANDICAP, MotifDemande.AUTRE),
        Optional.of("Rapprochement d'un parent âgé"), recherche, Optional.of(handicap), true);
  }

  static DemandeNationale demandeComplete() {
    return new DemandeNationale(NUMERO, GUICHET, CREATION, contenuComplet(), Optional.empty(),
        Optional.of(new DecisionDalo(NUMERO, StatutDalo.ACTIF, Optional.of(TypologieLogementDalo.T4_ADAPTE), LocalDate.of(2025, 1, 20))));
  }

  static RadiationNationale radiationPourAttribution() {
    return new RadiationNationale(NUMERO, MotifRadiation.ATTRIBUTION, Optional.empty(), LocalDate.of(2025, 6, 30),
        Optional.of(new DonneesAttribution(IdentifiantRpls.parse("RPLS-2A-000123"), AccordCollectif.DEPARTEMENTAL, true,
            TypeReservataire.PREFET_PRIORITAIRES)));
  }

  /** A modification of the complete demand. */
  static DocumentNuu modificationComplete() {
    return DocumentNuu.de(VersionInterface.V02_01, TypeFichier.MODIFICATION, DATE_FICHIER, demandeComplete());
  }

  /** The radiation for attribution of the complete demand. */
  static DocumentNuu radiationComplete() {
    DemandeNationale d = demandeComplete();
    return DocumentNuu.de(VersionInterface.V02_01, TypeFichier.RADIATION, DATE_FICHIER,
        new DemandeNationale(d.numero(), d.guichet(), d.dateCreation(), d.contenu(), Optional.of(radiationPourAttribution()), d.dalo()));
  }

  static DocumentNuu modification(ContenuDemande contenu) {
    return DocumentNuu.de(VersionInterface.V02_01, TypeFichier.MODIFICATION, DATE_FICHIER,
        DemandeNationale.active(NUMERO, GUICHET, CREATION, contenu));
  }

  static <T> Set<T> set(T t) {
    return Set.of(t);
  }
}
