package org.sne4j.testkit.generateurs;

import static org.sne4j.testkit.property.Gen.weighted;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.ExceptionTroisCandidats;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.TitulaireDesignation;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CanalAvis;
import org.sne4j.demande.CanalDepot;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.MotifAvertissement;
import org.sne4j.demande.MotifDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.handicap.NatureHandicapSensoriel;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.Financement;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.logement.Logement;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Nir;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeRessourceVersee;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.testkit.property.Gen;

/**
 * Generators of arbitrary valid events of a demand ({@link EvenementDemande}, all 28 kinds), of
 * a vacancy ({@link EvenementVacance}, all 11 kinds) and of CAL decisions ({@link DecisionCal}), for the properties that must hold of every event:
 * round trips through a serialization, folds, stores.
 *
 * <p>Unlike {@link GenerateursDemande}, which is realistic in its proportions, these are
 * <em>arbitrary</em>: any value the domain accepts may come, including texts in any script
 * (accents, CJK, emoji outside the BMP, quotes, backslashes, line breaks), long texts (a few
 * thousand characters), amounts with cents, the optional parts present or absent, communes in
 * Corsica, overseas and Île-de-France. Everything shrinks toward short ASCII texts and the first
 * constant of each list.
 */
public final class GenerateursEvenements {

  /** Pieces of text, from the simplest: ASCII first, then what tends to break serializers. */
  private static final List<String> FRAGMENTS =
      List.of("a", "B", "z", "0", " ", "é", "ç", "Œ", "ß", "’", "«", "»", "-", "'", "\"", "\\", "/",
          "\n", "\t", "€", "漢", "字", "😀", "𝄞", "ⓐ", "Ω", "ж", "ع", "\u00a0", "<", ">", "&", "{", "}");

  private static final String MAJUSCULES_CHIFFRES = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** Territories with their communes: mainland, Île-de-France (a région), Corsica, overseas. */
  private static final List<List<CodeInsee>> TERRITOIRES =
      List.of(
          GenerateursDemande.METROPOLE_LILLOISE,
          communes("75056", "75113", "92012", "93066", "94081", "77288", "95127"),
          communes("2A004", "2A247"),
          communes("2B033", "2B096"),
          communes("97411", "97415", "97422"),
          communes("69123", "69266"));

  private static final LocalDate DEBUT = LocalDate.of(2010, 1, 1);
  private static final LocalDate FIN = LocalDate.of(2035, 12, 31);

  private GenerateursEvenements() {}

  private static List<CodeInsee> communes(String... codes) {
    return List.of(codes).stream().map(CodeInsee::parse).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Texts and identifiers

  /**
   * A text that is never blank: a letter followed by 0 to {@code maxFragments} fragments of any
   * script; one time in twenty, such a text repeated to a few thousand characters.
   */
  public static Gen<String> texte(int maxFragments) {
    Gen<String> court =
        Gen.zip(
            Gen.elements("A", "é", "漢", "😀", "Ж"),
            Gen.elements(FRAGMENTS).list(0, maxFragments),
            (debut, suite) -> debut + String.join("", suite));
    return Gen.frequency(
        weighted(19, court),
        weighted(1, Gen.zip(court, Gen.ints(100, 400), (t, n) -> t.repeat(n))));
  }

  /** A short text: 0 to 20 fragments after its first letter. */
  public static Gen<String> texte() {
    return texte(20);
  }

  /** Any numéro unique: 18 upper-case letters or digits. */
  public static Gen<NumeroUnique> numeroUnique() {
    return Gen.strings(MAJUSCULES_CHIFFRES, 18, 18).map(NumeroUnique::new);
  }

  /** Any desk code: 5 upper-case letters or digits. */
  public static Gen<CodeGuichet> guichet() {
    return Gen.strings(MAJUSCULES_CHIFFRES, 5, 5).map(CodeGuichet::new);
  }

  /** Any RPLS identifier: 1 to 30 letters, digits, dashes or underscores. */
  public static Gen<IdentifiantRpls> identifiantRpls() {
    return Gen.strings(MAJUSCULES_CHIFFRES + "abcxyz-_", 1, 30).map(IdentifiantRpls::new);
  }

  /** Any actor: any kind, an identifier and a name in any script. */
  public static Gen<Acteur> acteur() {
    return Gen.zip(Gen.enums(TypeActeur.class), texte(6), texte(), Acteur::new);
  }

  /** A date between 2010 and 2035. */
  public static Gen<LocalDate> date() {
    return Gen.dates(DEBUT, FIN);
  }

  /** An amount of 0 to 100 000 €, with cents. */
  public static Gen<Montant> montant() {
    return Gen.longs(0, 10_000_000L).map(Montant::centimes);
  }

  /** A valid NIR: a man or woman born in a mainland or Corsican département, with its key. */
  public static Gen<Nir> nir() {
    return Gen.zip(
        Gen.elements("1", "2"),
        Gen.ints(0, 99),
        Gen.ints(1, 12),
        Gen.elements("01", "13", "2A", "2B", "59", "75", "93", "95"),
        Gen.ints(1, 999),
        Gen.ints(1, 999),
        (sexe, annee, mois, departement, commune, ordre) -> {
          String corps = sexe + String.format("%02d%02d", annee, mois) + departement
              + String.format("%03d%03d", commune, ordre);
          String chiffres = corps.replace("2A", "19").replace("2B", "18");
          int cle = 97 - new BigInteger(chiffres).mod(BigInteger.valueOf(97)).intValue();
          return new Nir(corps + String.format("%02d", cle));
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Demand contents

  /**
   * A valid demand content in any territory, from {@link GenerateursDemande#contenu(List,
   * LocalDate)}, with its optional parts varied: names in use, NIRs and contacts in any script,
   * maintenance paid, a full current housing with a rent in cents, any reasons (reason 23 with
   * its text), any disability block.
   */
  public static Gen<ContenuDemande> contenu() {
    return Gen.zip(Gen.elements(TERRITOIRES), date(), (communes, jour) -> GenerateursDemande.contenu(communes, jour))
        .flatMap(g -> g)
        .flatMap(GenerateursEvenements::varier);
  }

  private static Gen<ContenuDemande> varier(ContenuDemande c) {
    return Gen.zip(
        demandeurVarie(c.menage().demandeur()),
        logementActuel().optional(),
        Gen.enums(MotifDemande.class).set(0, 4),
        texte(40),
        besoinsHandicap().optional(),
        Gen.booleans(),
        (demandeur, actuel, motifs, precision, handicap, varierMotifs) -> {
          Menage m = c.menage();
          Menage menage = new Menage(demandeur, m.cotitulaires(), m.personnesACharge(), m.naissanceAttendue(),
              m.enfantsEnGarde());
          Set<MotifDemande> lesMotifs = varierMotifs ? motifs : c.motifs();
          Optional<String> laPrecision = lesMotifs.contains(MotifDemande.AUTRE) ? Optional.of(precision)
              : varierMotifs ? Optional.empty() : c.precisionMotif();
          return new ContenuDemande(menage, actuel.orElse(c.logementActuel()), lesMotifs, laPrecision,
              c.logementRecherche(), handicap.isPresent() ? handicap : c.handicap(), c.avisPostalSouhaite());
        });
  }

  private static Gen<Titulaire> demandeurVarie(Titulaire t) {
    return Gen.zip(
        texte().optional(),
        nir().optional(),
        Gen.zip(texte(8).optional(), texte(8).optional(), texte(12).optional(), Contact::new),
        montant().map(m -> new RessourceVersee(TypeRessourceVersee.PENSION_ALIMENTAIRE_VERSEE, m)).list(0, 2),
        Gen.booleans(),
        (nomUsage, nir, contact, versees, handicap) ->
            new Titulaire(t.civilite(), t.nom(), nomUsage, t.prenom(), t.dateNaissance(), t.nationalite(),
                t.situationFamiliale(), nir, contact, t.adresse(), t.situationProfessionnelle(), t.revenusFiscaux(),
                t.ressources(), versees, handicap));
  }

  /** Any current housing: 1 to 3 kinds and every optional part present or absent. */
  public static Gen<LogementActuel> logementActuel() {
    return Gen.zip(
        Gen.enums(ModeleLogement.class).set(1, 3),
        montant().optional(),
        Gen.ints(1, 20).optional(),
        Gen.ints(1, 300).optional(),
        texte().optional(),
        Gen.enums(CategorieLogementActuel.class).optional(),
        Gen.enums(TypeLogement.class).optional(),
        (modeles, loyer, occupants, surface, proprietaire, categorie, typologie) ->
            new LogementActuel(modeles, loyer, entier(occupants), entier(surface), proprietaire, categorie,
                typologie));
  }

  private static OptionalInt entier(Optional<Integer> valeur) {
    return valeur.map(OptionalInt::of).orElse(OptionalInt.empty());
  }

  /** Any disability block (« aucune » technical aid alone, as the domain requires). */
  public static Gen<BesoinsHandicap> besoinsHandicap() {
    return Gen.zip(
        Gen.ints(1, 5),
        Gen.enums(EtatHandicap.class).optional(),
        Gen.enums(NatureHandicapMoteur.class).set(0, 2),
        Gen.enums(NatureHandicapSensoriel.class).set(0, 2),
        Gen.enums(CapaciteMarche.class).optional(),
        Gen.enums(AideTechnique.class).set(0, 3),
        Gen.enums(EquipementHandicap.class).set(0, 6),
        texte(60).optional(),
        (n, etat, moteur, sensoriel, marche, aides, equipements, precisions) -> {
          Set<AideTechnique> lesAides = aides.contains(AideTechnique.AUCUNE) ? Set.of(AideTechnique.AUCUNE) : aides;
          return new BesoinsHandicap(n, etat, moteur, sensoriel, marche, lesAides, equipements, precisions);
        });
  }

  // ---------------------------------------------------------------------------------------------
  // CAL decisions and attribution data

  /** Any of the five CAL decisions with an arbitrary valid payload. */
  public static Gen<DecisionCal> decisionCal() {
    return Gen.oneOf(
        Gen.constant(new DecisionCal.Attribution()),
        Gen.ints(1, 50).map(DecisionCal.AttributionEnRang::new),
        Gen.zip(Gen.enums(PieceJustificative.class).set(1, 4), date(), Gen.ints(1, 50).optional(),
            DecisionCal.AttributionSousCondition::new),
        Gen.zip(Gen.enums(MotifNonAttribution.class).set(1, 3), texte(40).optional(), (motifs, precision) ->
            new DecisionCal.NonAttribution(motifs,
                motifs.contains(MotifNonAttribution.AUTRE) && precision.isEmpty() ? Optional.of("Autre") : precision)),
        Gen.enums(SousMotifIrrecevabilite.class).map(DecisionCal.Irrecevabilite::new));
  }

  /** Any attribution data of R441-2-9. */
  public static Gen<DonneesAttribution> donneesAttribution() {
    return Gen.zip(identifiantRpls(), Gen.enums(AccordCollectif.class), Gen.booleans(),
        Gen.enums(TypeReservataire.class), DonneesAttribution::new);
  }

  // ---------------------------------------------------------------------------------------------
  // Events

  /** What every event carries. */
  private record Communs(NumeroUnique numero, LocalDate date, Acteur auteur, boolean visible) {}

  private static Gen<Communs> communs() {
    return Gen.zip(numeroUnique(), date(), acteur(), Gen.booleans(), Communs::new);
  }

  /** Any event of a demand, each of the 28 kinds equally likely, with an arbitrary valid payload. */
  public static Gen<EvenementDemande> evenement() {
    return Gen.oneOf(parNature());
  }

  /** One generator per kind of event, in the order of their declaration in {@code EvenementDemande}. */
  public static List<Gen<? extends EvenementDemande>> parNature() {
    List<Gen<? extends EvenementDemande>> gens = new ArrayList<>();
    gens.add(Gen.zip(communs(), guichet(), Gen.enums(CanalDepot.class), date(), contenu(), (c, g, canal, depot, contenu) ->
        new EvenementDemande.DemandeEnregistree(c.numero(), c.date(), c.auteur(), c.visible(), contenu.territoire(), g,
            canal, depot, contenu)));
    gens.add(Gen.zip(communs(), contenu(), Gen.enums(OrigineModification.class), (c, contenu, origine) ->
        new EvenementDemande.DemandeModifiee(c.numero(), c.date(), c.auteur(), c.visible(), contenu, origine)));
    gens.add(Gen.zip(communs(), contenu(), Gen.enums(PieceJustificative.class).set(1, 5), texte(80).optional(),
        (c, contenu, pieces, commentaire) -> new EvenementDemande.DemandeCorrigee(c.numero(), c.date(), c.auteur(),
            c.visible(), contenu, pieces, commentaire)));
    gens.add(Gen.zip(communs(), Gen.enums(CanalDepot.class), contenu(), (c, canal, contenu) ->
        new EvenementDemande.DemandeRenouvelee(c.numero(), c.date(), c.auteur(), c.visible(), canal, contenu)));
    gens.add(Gen.zip(communs(), date(), Gen.enums(CanalAvis.class).set(1, 2), (c, fin, canaux) ->
        new EvenementDemande.AvisRenouvellementEnvoye(c.numero(), c.date(), c.auteur(), c.visible(), fin, canaux)));
    gens.add(Gen.zip(communs(), Gen.enums(MotifAvertissement.class), date(), Gen.enums(SousMotifIrrecevabilite.class),
        texte(3).optional(),
        (c, motif, le, sousMotif, preuve) -> new EvenementDemande.AvertissementEnvoye(c.numero(), c.date(), c.auteur(),
            c.visible(), motif, le,
            motif == MotifAvertissement.IRRECEVABILITE ? Optional.of(sousMotif) : Optional.empty(), preuve)));
    gens.add(Gen.zip(communs(), Gen.enums(MotifAvertissement.class), (c, motif) ->
        new EvenementDemande.AvertissementLeve(c.numero(), c.date(), c.auteur(), c.visible(), motif)));
    gens.add(Gen.zip(communs(), Gen.enums(MotifRadiation.class), Gen.enums(SousMotifIrrecevabilite.class),
        donneesAttribution(), numeroUnique(), (c, motif, sousMotif, attribution, national) ->
            new EvenementDemande.DemandeRadiee(c.numero(), c.date(), c.auteur(), c.visible(), motif,
                motif == MotifRadiation.IRRECEVABILITE ? Optional.of(sousMotif) : Optional.empty(),
                motif == MotifRadiation.ATTRIBUTION ? Optional.of(attribution) : Optional.empty(),
                motif == MotifRadiation.FUSION ? Optional.of(national) : Optional.empty())));
    gens.add(Gen.zip(communs(), Gen.enums(MotifRadiation.class).filter(m -> m != MotifRadiation.FUSION),
        Gen.enums(SousMotifIrrecevabilite.class), donneesAttribution().optional(), date(), (c, motif, sousMotif, attribution, le) ->
            new EvenementDemande.RadiationNationaleConstatee(c.numero(), c.date(), c.auteur(), c.visible(), motif,
                motif == MotifRadiation.IRRECEVABILITE ? Optional.of(sousMotif) : Optional.empty(), le,
                motif == MotifRadiation.ATTRIBUTION ? attribution : Optional.empty())));
    gens.add(Gen.zip(communs(), Gen.enums(MotifRadiation.class), (c, motif) ->
        new EvenementDemande.DemandeReactivee(c.numero(), c.date(), c.auteur(), c.visible(), motif)));
    gens.add(Gen.zip(communs(), Gen.enums(PublicPrioritaire.class), Gen.enums(SourcePriorite.class), date(),
        texte(10).optional(), (c, pub, source, le, reference) -> new EvenementDemande.PrioriteReconnue(c.numero(),
            c.date(), c.auteur(), c.visible(), pub, source, le, reference)));
    gens.add(Gen.zip(communs(), Gen.enums(PublicPrioritaire.class), Gen.enums(SourcePriorite.class), texte(40),
        (c, pub, source, motif) -> new EvenementDemande.PrioriteRetiree(c.numero(), c.date(), c.auteur(), c.visible(),
            pub, source, motif)));
    gens.add(Gen.zip(communs(), Gen.enums(TypeReservataire.class), texte(10), (c, type, reservataire) ->
        new EvenementDemande.ContingentDeclare(c.numero(), c.date(), c.auteur(), c.visible(),
            new ContingentEligible(type, reservataire))));
    gens.add(Gen.zip(communs(), Gen.enums(PieceJustificative.class).set(1, 6), date().optional(), texte(40).optional(),
        (c, pieces, limite, precision) -> new EvenementDemande.PiecesDemandees(c.numero(), c.date(), c.auteur(),
            c.visible(), pieces, limite, precision)));
    gens.add(Gen.zip(communs(), Gen.enums(PieceJustificative.class).set(1, 6), (c, pieces) ->
        new EvenementDemande.PiecesFournies(c.numero(), c.date(), c.auteur(), c.visible(), pieces)));
    gens.add(Gen.zip(communs(), identifiantRpls(), Gen.enums(TypeReservataire.class).optional(), (c, logement, contingent) ->
        new EvenementDemande.DemandeDesignee(c.numero(), c.date(), c.auteur(), c.visible(), logement, contingent)));
    gens.add(Gen.zip(communs(), identifiantRpls(), date(), (c, logement, seance) ->
        new EvenementDemande.DemandeInscriteEnCal(c.numero(), c.date(), c.auteur(), c.visible(), logement, seance)));
    gens.add(Gen.zip(communs(), identifiantRpls(), date(), (c, logement, visite) ->
        new EvenementDemande.VisiteProposee(c.numero(), c.date(), c.auteur(), c.visible(), logement, visite)));
    gens.add(Gen.zip(communs(), identifiantRpls(), (c, logement) ->
        new EvenementDemande.VisiteEffectuee(c.numero(), c.date(), c.auteur(), c.visible(), logement)));
    gens.add(Gen.zip(communs(), identifiantRpls(), decisionCal(), (c, logement, decision) ->
        new EvenementDemande.DecisionCalRendue(c.numero(), c.date(), c.auteur(), c.visible(), logement, decision)));
    gens.add(Gen.zip(communs(), identifiantRpls(), texte(40), Gen.booleans(), (c, logement, motif, defaut) ->
        new EvenementDemande.RefusDuDemandeur(c.numero(), c.date(), c.auteur(), c.visible(), logement, motif, defaut)));
    gens.add(Gen.zip(communs(), donneesAttribution(), (c, attribution) ->
        new EvenementDemande.BailSigne(c.numero(), c.date(), c.auteur(), c.visible(), attribution)));
    gens.add(Gen.zip(communs(), Gen.longs(1, Long.MAX_VALUE), texte(40), (c, version, motif) ->
        new EvenementDemande.EvenementAnnule(c.numero(), c.date(), c.auteur(), c.visible(), version, motif)));
    gens.add(Gen.zip(communs(), Gen.zip(Gen.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
            Gen.strings("ABCXYZ0123456789_", 0, 49), (premier, suite) -> premier + suite), texte(40),
        (c, type, libelle) -> new EvenementDemande.EvenementLocal(c.numero(), c.date(), c.auteur(), c.visible(), type,
            libelle)));
    gens.add(Gen.zip(communs(), identifiantRpls(), Gen.ints(0, 60), texte(40), Gen.booleans(), texte(40),
        (c, logement, delai, description, dalo, consequences) -> new EvenementDemande.OffreEmise(c.numero(), c.date(),
            c.auteur(), c.visible(), logement, c.date().plusDays(delai), description, dalo, consequences)));
    gens.add(Gen.zip(communs(), identifiantRpls(), (c, logement) ->
        new EvenementDemande.OffreAcceptee(c.numero(), c.date(), c.auteur(), c.visible(), logement)));
    gens.add(Gen.zip(communs(), identifiantRpls(), (c, logement) ->
        new EvenementDemande.ConditionSuspensiveLevee(c.numero(), c.date(), c.auteur(), c.visible(), logement)));
    gens.add(Gen.zip(communs(), identifiantRpls(), (c, logement) ->
        new EvenementDemande.ConditionSuspensiveNonLevee(c.numero(), c.date(), c.auteur(), c.visible(), logement)));
    gens.add(Gen.zip(communs(), identifiantRpls(), Gen.enums(SousMotifIrrecevabilite.class), (c, logement, motif) ->
        new EvenementDemande.ConditionsAccesNonRemplies(c.numero(), c.date(), c.auteur(), c.visible(), logement, motif)));
    gens.add(Gen.zip(communs(), identifiantRpls(), Gen.ints(1, 50), (c, logement, rang) ->
        new EvenementDemande.AttributionSansSuite(c.numero(), c.date(), c.auteur(), c.visible(), logement, rang)));
    return List.copyOf(gens);
  }

  // ---------------------------------------------------------------------------------------------
  // Vacancies

  /** Any vacancy identifier: 1 to 60 letters, digits, dashes, underscores or dots. */
  public static Gen<IdentifiantVacance> identifiantVacance() {
    return Gen.strings(MAJUSCULES_CHIFFRES + "abz-_.", 1, 60).map(IdentifiantVacance::new);
  }

  /** Any social dwelling: any size, floor, financing, equipment, rent and charges with cents. */
  public static Gen<Logement> logement() {
    return Gen.zip(
        identifiantRpls(),
        Gen.zip(texte(6), texte(), (id, nom) -> Acteur.bailleur(id, nom)),
        Gen.elements(TERRITOIRES).flatMap(Gen::elements),
        Gen.zip(Gen.ints(1, 12), Gen.ints(900, 25_000), Gen.ints(-5, 150), (pieces, surface, etage) ->
            new int[] {pieces, surface, etage}),
        Gen.zip(Gen.booleans(), Gen.enums(EquipementHandicap.class).set(0, 6), (ascenseur, equipements) ->
            new Object[] {ascenseur || equipements.contains(EquipementHandicap.ASCENSEUR), equipements}),
        Gen.enums(Financement.class),
        Gen.zip(montant(), montant(), (loyer, charges) -> new Montant[] {loyer, charges}),
        Gen.enums(TypeHabitat.class),
        (id, bailleur, commune, tailles, acces, financement, montants, habitat) -> {
          @SuppressWarnings("unchecked")
          Set<EquipementHandicap> equipements = (Set<EquipementHandicap>) acces[1];
          return Logement.builder().identifiant(id).bailleur(bailleur).commune(commune).nombrePieces(tailles[0])
              .surface(BigDecimal.valueOf(tailles[1], 2)).etage(tailles[2]).ascenseur((Boolean) acces[0])
              .equipements(equipements).financement(financement).loyer(montants[0]).charges(montants[1])
              .typeHabitat(habitat).build();
        });
  }

  /** Who holds the right to designate on a vacancy, in the combinations the domain allows. */
  public static Gen<TitulaireDesignation> titulaireDesignation() {
    return Gen.oneOf(
        Gen.zip(texte(6), texte(), (id, nom) -> TitulaireDesignation.bailleur(Acteur.bailleur(id, nom))),
        Gen.zip(acteurDeType(TypeActeur.SERVICE_ETAT), Gen.elements(TypeReservataire.PREFET_PRIORITAIRES,
            TypeReservataire.PREFET_FONCTIONNAIRES, TypeReservataire.COLLECTIVITES, TypeReservataire.AUTRES),
            TitulaireDesignation::new),
        Gen.zip(Gen.elements(TypeActeur.RESERVATAIRE, TypeActeur.COLLECTIVITE).flatMap(GenerateursEvenements::acteurDeType),
            Gen.elements(TypeReservataire.COLLECTIVITES, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT,
                TypeReservataire.AUTRES), TitulaireDesignation::new));
  }

  private static Gen<Acteur> acteurDeType(TypeActeur type) {
    return Gen.zip(texte(6), texte(), (id, nom) -> new Acteur(type, id, nom));
  }

  /** What every vacancy event carries. */
  private record CommunsVacance(IdentifiantVacance vacance, LocalDate date, Acteur auteur) {}

  private static Gen<CommunsVacance> communsVacance() {
    return Gen.zip(identifiantVacance(), date(), acteur(), CommunsVacance::new);
  }

  /** Any event of a vacancy, each kind equally likely, with an arbitrary valid payload. */
  public static Gen<EvenementVacance> evenementVacance() {
    return Gen.oneOf(parNatureVacance());
  }

  /** One generator per kind of vacancy event, in the order of their declaration. */
  public static List<Gen<? extends EvenementVacance>> parNatureVacance() {
    List<Gen<? extends EvenementVacance>> gens = new ArrayList<>();
    gens.add(Gen.zip(communsVacance(), logement(), date(), titulaireDesignation(), (c, logement, liberation, titulaire) ->
        new EvenementVacance.VacanceDeclaree(c.vacance(), c.date(), c.auteur(), logement, liberation, titulaire)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), Gen.booleans(), (c, candidat, dalo) ->
        new EvenementVacance.CandidatDesigne(c.vacance(), c.date(), c.auteur(), candidat, dalo)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), texte(40), (c, candidat, motif) ->
        new EvenementVacance.CandidatRetire(c.vacance(), c.date(), c.auteur(), candidat, motif)));
    gens.add(Gen.zip(communsVacance(), texte(40), (c, motif) ->
        new EvenementVacance.DesignationReprise(c.vacance(), c.date(), c.auteur(), motif)));
    gens.add(Gen.zip(communsVacance(), date(), numeroUnique().list(1, 5), Gen.enums(ExceptionTroisCandidats.class).optional(),
        texte(40).optional(), (c, seance, candidats, exception, justification) ->
            new EvenementVacance.InscriptionEnCommission(c.vacance(), c.date(), c.auteur(), seance, candidats, exception,
                justification)));
    gens.add(Gen.zip(communsVacance(), Gen.zip(numeroUnique(), decisionCal(), EvenementVacance.DecisionCandidat::new).list(1, 4),
        (c, decisions) -> new EvenementVacance.DecisionsRendues(c.vacance(), c.date(), c.auteur(), decisions)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), date(), (c, candidat, limite) ->
        new EvenementVacance.OffreFaite(c.vacance(), c.date(), c.auteur(), candidat, limite)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), Gen.booleans(), Gen.booleans(), (c, candidat, acceptee, defaut) ->
        new EvenementVacance.ReponseOffre(c.vacance(), c.date(), c.auteur(), candidat, acceptee, defaut && !acceptee)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), Gen.booleans(), (c, candidat, levee) ->
        new EvenementVacance.ConditionStatuee(c.vacance(), c.date(), c.auteur(), candidat, levee)));
    gens.add(Gen.zip(communsVacance(), numeroUnique(), donneesAttribution(), (c, candidat, attribution) ->
        new EvenementVacance.BailSigne(c.vacance(), c.date(), c.auteur(), candidat, attribution)));
    gens.add(Gen.zip(communsVacance(), texte(40), (c, motif) ->
        new EvenementVacance.NouveauTour(c.vacance(), c.date(), c.auteur(), motif)));
    return List.copyOf(gens);
  }
}
