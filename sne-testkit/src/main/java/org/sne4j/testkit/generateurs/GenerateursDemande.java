package org.sne4j.testkit.generateurs;

import static org.sne4j.testkit.property.Gen.weighted;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sne4j.commun.Montant;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.logement.CategorieLogementRecherche;
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
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.testkit.property.Gen;

/**
 * Generators of valid demand contents, realistic in their proportions (docs/reglementation.md §13.2, national
 * and Hauts-de-Seine figures): 43 % single persons, 27 % single parents, the rest couples; most
 * households below the PLAI ceiling; about half without a declared tax income; current housing
 * split between social tenants, private tenants, people hosted by relatives and the precariously
 * housed; the typologies sought following the household's size. Everything shrinks toward a
 * person alone, aged 18, seeking a T1 in the first commune of the territory.
 */
public final class GenerateursDemande {

  /** The communes of a territory used by default: the Lille metropolitan area (Nord). */
  public static final List<CodeInsee> METROPOLE_LILLOISE =
      List.of("59350", "59512", "59599", "59009", "59650", "59328", "59378", "59410", "59360").stream()
          .map(CodeInsee::parse)
          .toList();

  private static final List<String> PRENOMS_F =
      List.of("Awa", "Camille", "Léa", "Inès", "Chloé", "Noémie", "Zoé", "Fatoumata", "Anaïs", "Élodie", "Sarah", "Aïcha");
  private static final List<String> PRENOMS_M =
      List.of("Mohamed", "Lucas", "Yanis", "Karim", "Théo", "Jérôme", "Ibrahim", "Marc", "Nathan", "Hugo", "Éric", "Moussa");
  private static final List<String> PRENOMS =
      java.util.stream.Stream.concat(PRENOMS_F.stream(), PRENOMS_M.stream()).toList();
  private static final List<String> NOMS =
      List.of("MARTIN", "BERNARD", "DIALLO", "DUBOIS", "N'DIAYE", "LEFÈVRE", "HADDAD", "MOREAU", "NGUYEN",
          "GARCIA", "BENALI", "LAURENT", "FOURNIER", "TRAORÉ", "ROUSSEAU", "DA SILVA");
  private static final List<String> VOIES =
      List.of("rue Nationale", "boulevard de la Liberté", "rue de Lannoy", "avenue Jean Lebas", "rue Pierre Mauroy",
          "place du Général-de-Gaulle", "rue de l'Épeule", "chemin des Près");

  private GenerateursDemande() {}

  /** A valid demand content seeking communes of {@code communes}, households aged on {@code jour}. */
  public static Gen<ContenuDemande> contenu(List<CodeInsee> communes, LocalDate jour) {
    return menage(communes, jour).flatMap(menage ->
        Gen.zip(
            logementActuel(),
            logementRecherche(communes, menage.personnesALoger()),
            Gen.booleans(),
            Gen.ints(0, 99),
            (actuel, recherche, avisPostal, tirage) -> contenuDe(menage, actuel, recherche, avisPostal, tirage)));
  }

  /** A valid demand content in the Lille metropolitan area. */
  public static Gen<ContenuDemande> contenu(LocalDate jour) {
    return contenu(METROPOLE_LILLOISE, jour);
  }

  private static ContenuDemande contenuDe(
      Menage menage, LogementActuel actuel, LogementRecherche recherche, boolean avisPostal, int tirage) {
    Set<MotifDemande> motifs = motifsPour(actuel, menage, tirage);
    Optional<String> precision =
        motifs.contains(MotifDemande.AUTRE) ? Optional.of("Rapprochement d'un parent âgé") : Optional.empty();
    Optional<BesoinsHandicap> handicap =
        menage.comporteUnePersonneEnSituationDeHandicap() && tirage < 60
            ? Optional.of(new BesoinsHandicap(1, Optional.of(EtatHandicap.STABLE), Set.of(NatureHandicapMoteur.MEMBRES_INFERIEURS),
                Set.of(), Optional.of(CapaciteMarche.IMPOSSIBLE), Set.of(AideTechnique.FAUTEUIL_MANUEL),
                Set.of(EquipementHandicap.DOUCHE_SANS_SEUIL, EquipementHandicap.ASCENSEUR), Optional.empty()))
            : Optional.empty();
    return new ContenuDemande(menage, actuel, motifs, precision, recherche, handicap, avisPostal && tirage % 4 == 0);
  }

  private static Set<MotifDemande> motifsPour(LogementActuel actuel, Menage menage, int tirage) {
    Set<MotifDemande> motifs = EnumSet.noneOf(MotifDemande.class);
    Set<ModeleLogement> m = actuel.modeles();
    if (m.contains(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS) || m.contains(ModeleLogement.HEBERGE_PAR_PARTICULIER)) {
      motifs.add(tirage % 2 == 0 ? MotifDemande.DECOHABITATION : MotifDemande.SANS_LOGEMENT);
    } else if (m.contains(ModeleLogement.LOCATAIRE_PRIVE)) {
      motifs.add(tirage % 3 == 0 ? MotifDemande.LOGEMENT_TROP_PETIT : MotifDemande.LOGEMENT_TROP_CHER);
    } else if (m.contains(ModeleLogement.LOCATAIRE_HLM)) {
      motifs.add(menage.personnesALoger() > 2 ? MotifDemande.LOGEMENT_TROP_PETIT : MotifDemande.LOGEMENT_TROP_GRAND);
    } else {
      motifs.add(MotifDemande.SANS_LOGEMENT);
    }
    if (tirage < 10) {
      motifs.add(MotifDemande.RAPPROCHEMENT_TRAVAIL);
    }
    if (tirage >= 97) {
      motifs.add(MotifDemande.AUTRE);
    }
    if (menage.comporteUnePersonneEnSituationDeHandicap()) {
      motifs.add(MotifDemande.HANDICAP);
    }
    return motifs;
  }

  /**
   * A household, in the national proportions: 43 % single persons, 27 % single parents, 18 %
   * couples with children, 12 % couples without (Cour des comptes 2020; DRIHL 2023).
   */
  public static Gen<Menage> menage(List<CodeInsee> communes, LocalDate jour) {
    Gen<Titulaire> adulte = titulaire(communes, jour);
    Gen<List<PersonneACharge>> enfants = Gen.ints(1, 4).flatMap(n -> enfant(jour).list(n, n));
    return Gen.frequency(
        weighted(43, adulte.map(Menage::personneSeule)),
        weighted(27, Gen.zip(adulte, enfants, garde(jour), naissance(jour), (a, e, g, n) ->
            new Menage(a, List.of(), e, n, g))),
        weighted(18, Gen.zip(adulte, cotitulaire(communes, jour), enfants, naissance(jour), (a, c, e, n) ->
            new Menage(a, List.of(c), e, n, List.of()))),
        weighted(12, Gen.zip(adulte, cotitulaire(communes, jour), (a, c) ->
            new Menage(a, List.of(c), List.of(), Optional.empty(), List.of()))));
  }

  private static Gen<Cotitulaire> cotitulaire(List<CodeInsee> communes, LocalDate jour) {
    return Gen.zip(
        titulaire(communes, jour),
        Gen.frequency(
            weighted(50, Gen.constant(LienDemandeur.CONJOINT)),
            weighted(25, Gen.constant(LienDemandeur.CONCUBIN)),
            weighted(20, Gen.constant(LienDemandeur.PARTENAIRE_PACS)),
            weighted(5, Gen.constant(LienDemandeur.COLOCATAIRE))),
        Cotitulaire::new);
  }

  private static Gen<List<EnfantEnGarde>> garde(LocalDate jour) {
    return Gen.frequency(
        weighted(92, Gen.constant(List.<EnfantEnGarde>of())),
        weighted(8, Gen.zip(Gen.elements(PRENOMS), Gen.ints(0, 17), Gen.enums(Coparentalite.class),
            (p, age, c) -> List.of(new EnfantEnGarde(p, jour.minusYears(age).minusDays(30), c)))));
  }

  private static Gen<Optional<NaissanceAttendue>> naissance(LocalDate jour) {
    return Gen.frequency(
        weighted(95, Gen.constant(Optional.<NaissanceAttendue>empty())),
        weighted(5, Gen.ints(10, 200).map(j -> Optional.of(new NaissanceAttendue(1, jour.plusDays(j))))));
  }

  private static Gen<PersonneACharge> enfant(LocalDate jour) {
    return Gen.zip(
        Gen.elements(NOMS), Gen.elements(PRENOMS), Gen.ints(0, 17), Gen.enums(Sexe.class), Gen.ints(0, 99),
        (nom, prenom, age, sexe, tirage) ->
            new PersonneACharge(nom, prenom, jour.minusYears(age).minusDays(15), sexe, LienParente.ENFANT,
                List.of(), tirage < 3));
  }

  /** A holder (applicant or co-holder) living in one of {@code communes}. */
  public static Gen<Titulaire> titulaire(List<CodeInsee> communes, LocalDate jour) {
    Gen<Integer> age = Gen.frequency(
        weighted(12, Gen.ints(18, 24)), weighted(38, Gen.ints(25, 39)),
        weighted(35, Gen.ints(40, 59)), weighted(15, Gen.ints(60, 85)));
    Gen<Civilite> civilites = Gen.frequency(weighted(49, Gen.constant(Civilite.MONSIEUR)),
        weighted(50, Gen.constant(Civilite.MADAME)), weighted(1, Gen.constant(Civilite.MADEMOISELLE)));
    Gen<Object[]> identite = civilites.flatMap(c -> Gen.zip(
        Gen.elements(c == Civilite.MONSIEUR ? PRENOMS_M : PRENOMS_F), Gen.elements(NOMS), (p, n) -> new Object[] {c, p, n}));
    return Gen.zip(
        identite,
        age,
        adresse(communes),
        ressourcesMensuelles(),
        Gen.ints(0, 99),
        Gen.constant(0),
        Gen.frequency(weighted(70, Gen.constant(Nationalite.FRANCAISE)), weighted(10, Gen.constant(Nationalite.UNION_EUROPEENNE)),
            weighted(20, Gen.constant(Nationalite.HORS_UNION_EUROPEENNE))),
        (identiteTiree, ans, adresse, ressources, tirage, inutilise, nationalite) -> {
          Civilite civilite = (Civilite) identiteTiree[0];
          String[] id = {(String) identiteTiree[1], (String) identiteTiree[2]};
          LocalDate naissance = jour.minusYears(ans).minusDays(40 + tirage);
          Montant mensuel = ressources.stream().map(Ressource::mensuel).reduce(Montant.ZERO, Montant::plus);
          List<RevenuFiscal> rfr = new ArrayList<>();
          if (tirage >= 30) {
            rfr.add(new RevenuFiscal(jour.getYear() - 2, mensuel.fois(11)));
            rfr.add(new RevenuFiscal(jour.getYear() - 1, mensuel.fois(12)));
          }
          Contact contact = new Contact(
              tirage < 90 ? Optional.of("06" + String.format("%08d", tirage * 1_000_003L % 100_000_000)) : Optional.empty(),
              Optional.empty(),
              tirage < 70 ? Optional.of(id[0].toLowerCase() + "." + tirage + "@exemple.fr") : Optional.empty());
          return new Titulaire(civilite, id[1], Optional.empty(), id[0], naissance, nationalite,
              situationFamiliale(tirage), Optional.empty(), contact, Optional.of(adresse),
              Optional.of(SituationProfessionnelle.de(contrat(ans, tirage))), rfr, ressources, List.of(), tirage % 25 == 7);
        });
  }

  private static SituationFamiliale situationFamiliale(int tirage) {
    SituationFamiliale[] s = SituationFamiliale.values();
    return s[tirage % s.length];
  }

  private static TypeContratTravail contrat(int age, int tirage) {
    if (age >= 62) {
      return TypeContratTravail.RETRAITE;
    }
    TypeContratTravail[] actifs = {TypeContratTravail.CDI, TypeContratTravail.CDI, TypeContratTravail.CDD,
        TypeContratTravail.CHOMEUR, TypeContratTravail.AUTRE, TypeContratTravail.ARTISAN, TypeContratTravail.ETUDIANT,
        TypeContratTravail.APPRENTI};
    return actifs[tirage % actifs.length];
  }

  /**
   * Monthly resources of an adult, mostly low (73 % of applicants are below the PLAI ceiling):
   * 25 % minimum benefits, 45 % low wages, 22 % medium, 8 % higher.
   */
  public static Gen<List<Ressource>> ressourcesMensuelles() {
    return Gen.frequency(
        weighted(25, Gen.ints(300, 700).map(e -> List.of(new Ressource(TypeRessource.RSA, Montant.euros(e))))),
        weighted(45, Gen.ints(600, 1_200).map(e -> List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(e))))),
        weighted(22, Gen.zip(Gen.ints(1_200, 2_000), Gen.ints(0, 300), (s, af) -> af == 0
            ? List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(s)))
            : List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(s)),
                new Ressource(TypeRessource.ALLOCATIONS_FAMILIALES, Montant.euros(af))))),
        weighted(8, Gen.ints(2_000, 4_500).map(e -> List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(e))))));
  }

  private static Gen<Adresse> adresse(List<CodeInsee> communes) {
    return Gen.zip(Gen.ints(1, 250), Gen.elements(VOIES), Gen.elements(communes), (n, voie, commune) ->
        Adresse.enFrance(Integer.toString(n), voie, commune.code().startsWith("97") ? commune.code()
            : commune.departement().codeSurTroisCaracteres().substring(1) + "000", commune, "Commune " + commune));
  }

  /**
   * The current housing, in the proportions of the previous housing of attributees (France 2022,
   * Hauts-de-Seine 2023): 27 % social tenants, 25 % private tenants, 27 % hosted, 11 % foyers and
   * temporary housing, 7 % shelters and hotels, 3 % precarious.
   */
  public static Gen<LogementActuel> logementActuel() {
    return Gen.frequency(
        weighted(27, Gen.constant(LogementActuel.de(ModeleLogement.LOCATAIRE_HLM))),
        weighted(25, Gen.constant(LogementActuel.de(ModeleLogement.LOCATAIRE_PRIVE))),
        weighted(20, Gen.constant(LogementActuel.de(ModeleLogement.CHEZ_PARENTS_OU_ENFANTS))),
        weighted(7, Gen.constant(LogementActuel.de(ModeleLogement.HEBERGE_PAR_PARTICULIER))),
        weighted(11, Gen.elements(ModeleLogement.RESIDENCE_SOCIALE, ModeleLogement.SOUS_LOCATAIRE,
            ModeleLogement.RESIDENCE_HOTELIERE_SOCIALE).map(LogementActuel::de)),
        weighted(7, Gen.elements(ModeleLogement.STRUCTURE_HEBERGEMENT, ModeleLogement.HOTEL).map(LogementActuel::de)),
        weighted(3, Gen.elements(ModeleLogement.SANS_ABRI, ModeleLogement.SQUAT, ModeleLogement.CAMPING_CARAVANE)
            .map(LogementActuel::de)));
  }

  /** The dwelling sought: typologies following the household's size, 1 to 10 communes. */
  public static Gen<LogementRecherche> logementRecherche(List<CodeInsee> communes, int personnes) {
    TypeLogement principale = switch (Math.min(personnes, 6)) {
      case 1 -> TypeLogement.T1;
      case 2 -> TypeLogement.T2;
      case 3 -> TypeLogement.T3;
      case 4 -> TypeLogement.T3;
      case 5 -> TypeLogement.T4;
      default -> TypeLogement.T5;
    };
    TypeLogement suivante = TypeLogement.values()[Math.min(principale.ordinal() + 1, TypeLogement.values().length - 1)];
    return Gen.zip(
        Gen.booleans(),
        Gen.booleans(),
        Gen.elements(communes).set(1, Math.min(10, communes.size())),
        Gen.enums(CategorieLogementRecherche.class).optional(),
        (elargie, deux, choisies, categorie) -> new LogementRecherche(
            elargie, deux ? EnumSet.of(principale, suivante) : EnumSet.of(principale),
            communes.stream().filter(choisies::contains).toList(), categorie));
  }
}
