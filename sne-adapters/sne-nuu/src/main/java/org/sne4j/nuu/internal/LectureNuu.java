package org.sne4j.nuu.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.commun.BooleenSne;
import org.sne4j.commun.CodeSne;
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
import org.sne4j.nuu.DocumentNuu;
import org.sne4j.nuu.ProblemeDocument;
import org.sne4j.nuu.VersionInterface;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.territoire.CodeInsee;

/**
 * XML records → model, tolerantly: a missing optional element is empty, blanks around values are
 * ignored, and every problem is collected (an unknown code names its element and the code) before
 * the reading fails.
 */
public final class LectureNuu {

  private final List<ProblemeDocument> problemes = new ArrayList<>();

  private LectureNuu() {}

  /** The document of {@code xml}, or the problems that forbid reading it. */
  public static EcritureNuu.Resultat<DocumentNuu> lire(XmlNuu.InterfaceNuu xml) {
    LectureNuu l = new LectureNuu();
    DocumentNuu document = null;
    try {
      document = l.document(xml);
    } catch (IllegalArgumentException | NullPointerException e) {
      if (l.problemes.isEmpty()) {
        l.probleme(ProblemeDocument.INCOHERENT, "interfaceNuu", e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
    return new EcritureNuu.Resultat<>(l.problemes.isEmpty() ? document : null, List.copyOf(l.problemes));
  }

  /** The answer of a web service, or the problems that forbid reading it. */
  public static EcritureNuu.Resultat<org.sne4j.nuu.ReponseNuu> lireReponse(XmlNuu.Reponse xml) {
    LectureNuu l = new LectureNuu();
    org.sne4j.nuu.ReponseNuu r = null;
    try {
      r = l.reponse(xml);
    } catch (IllegalArgumentException | NullPointerException e) {
      if (l.problemes.isEmpty()) {
        l.probleme(ProblemeDocument.INCOHERENT, "interfaceNuu", e.getMessage() == null ? e.toString() : e.getMessage());
      }
    }
    return new EcritureNuu.Resultat<>(l.problemes.isEmpty() ? r : null, List.copyOf(l.problemes));
  }

  private org.sne4j.nuu.ReponseNuu reponse(XmlNuu.Reponse xml) {
    XmlNuu.DemandeReponse d = xml.demande();
    if (d == null) {
      return new org.sne4j.nuu.ReponseNuu(Optional.empty(), List.of(), List.of(), List.of());
    }
    Optional<NumeroUnique> numero = Optional.ofNullable(d.demandeLogement())
        .map(dl -> parse(dl.numUnique(), "demande/demandeLogement/numUnique", NumeroUnique::parse, "numéro unique"));
    List<org.sne4j.spi.DoublonPotentiel> doublons = new ArrayList<>();
    List<XmlNuu.Doublon> dx = liste(d.doublons());
    for (int i = 0; i < dx.size(); i++) {
      String c = "demande/listeDoublons/doublon[" + (i + 1) + "]";
      XmlNuu.Doublon x = dx.get(i);
      NumeroUnique n = obligatoire(x.numUnique(), c + "/numUnique", NumeroUnique::parse, "numéro unique");
      CodeGuichet g = obligatoire(x.numGuichet(), c + "/numGuichet", CodeGuichet::new, "desk code");
      LocalDate creation = date(x.dateCreationDemande(), c + "/dateCreationDemande", true);
      String nom = obligatoire(x.nom(), c + "/nom", s -> s, "name");
      String prenom = obligatoire(x.prenom(), c + "/prenom", s -> s, "first name");
      LocalDate naissance = date(x.dateNaissance(), c + "/dateNaissance", true);
      org.sne4j.spi.DoublonPotentiel p = construire(c, () -> new org.sne4j.spi.DoublonPotentiel(n, g, creation, nom, prenom, naissance));
      if (p != null) {
        doublons.add(p);
      }
    }
    List<DecisionDalo> dalos = new ArrayList<>();
    List<XmlNuu.DaloNumerote> lx = liste(d.dalos());
    for (int i = 0; i < lx.size(); i++) {
      String c = "demande/listeDalo/dalo[" + (i + 1) + "]";
      XmlNuu.DaloNumerote x = lx.get(i);
      NumeroUnique n = obligatoire(x.numUnique(), c + "/numUnique", NumeroUnique::parse, "numéro unique");
      if (n != null) {
        dalo(new XmlNuu.Dalo(x.statutDalo(), x.typologieLogementDalo(), x.dateDecisionDalo()), n, c).ifPresent(dalos::add);
      }
    }
    List<RadiationNationale> radiations = new ArrayList<>();
    List<XmlNuu.RadiationNumerotee> rx = liste(d.radiations());
    for (int i = 0; i < rx.size(); i++) {
      String c = "demande/listeRadiation/radiation[" + (i + 1) + "]";
      XmlNuu.RadiationNumerotee x = rx.get(i);
      NumeroUnique n = obligatoire(x.numUnique(), c + "/numUnique", NumeroUnique::parse, "numéro unique");
      if (n != null) {
        radiation(new XmlNuu.Radiation(x.motifRadiation(), x.sousMotifRadiation(), x.dateRadiation(), x.donneesAttribution()), n, true, c)
            .ifPresent(radiations::add);
      }
    }
    return new org.sne4j.nuu.ReponseNuu(numero, doublons, dalos, radiations);
  }

  private DocumentNuu document(XmlNuu.InterfaceNuu xml) {
    VersionInterface version = null;
    String v = valeur(xml.versionInterface());
    if (v == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, "@versionInterface", "the interface version is mandatory");
    } else {
      version = VersionInterface.parCode(v).orElse(null);
      if (version == null) {
        probleme(ProblemeDocument.VALEUR_INVALIDE, "@versionInterface", "unknown interface version '" + v + "' (02.00 or 02.01)");
      }
    }
    XmlNuu.Entete entete = xml.entete();
    TypeFichier type = null;
    LocalDateTime dateFichier = null;
    if (entete == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, "entete", "the header is mandatory");
    } else {
      String t = valeur(entete.typeFichier());
      if (t == null) {
        probleme(ProblemeDocument.OBLIGATOIRE, "entete/typeFichier", "the file type is mandatory");
      } else {
        type = CodeSne.chercher(TypeFichier.class, t).orElse(null);
        if (type == null) {
          codeInconnu("entete/typeFichier", t, TypeFichier.class);
        }
      }
      dateFichier = dateHeure(entete.dateFichier(), "entete/dateFichier");
    }
    String racine = "demande/demandeLogement";
    XmlNuu.DemandeLogement dl = xml.demande() == null ? null : xml.demande().demandeLogement();
    if (dl == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, racine, "the demand is mandatory");
      return null;
    }
    Optional<NumeroUnique> numero = Optional.ofNullable(parse(dl.numUnique(), racine + "/numUnique", NumeroUnique::parse, "numéro unique"));
    CodeGuichet guichet = obligatoire(dl.numGuichet(), racine + "/numGuichet", CodeGuichet::new, "desk code");
    LocalDate creation = date(dl.dateCreationDemande(), racine + "/dateCreationDemande", true);
    ContenuDemande contenu = contenu(dl, racine);
    NumeroUnique n = numero.orElse(DocumentNuu.SANS_NUMERO);
    Optional<DecisionDalo> dalo = Optional.ofNullable(dl.dalo()).flatMap(d -> dalo(d, n, racine + "/dalo"));
    Optional<RadiationNationale> radiation =
        Optional.ofNullable(dl.radiation()).flatMap(r -> radiation(r, n, numero.isPresent(), racine + "/radiation"));
    if (!problemes.isEmpty()) {
      return null;
    }
    return new DocumentNuu(version, type, dateFichier, numero, new DemandeNationale(n, guichet, creation, contenu, radiation, dalo));
  }

  private ContenuDemande contenu(XmlNuu.DemandeLogement dl, String racine) {
    XmlNuu.PersonnePhysique pp = dl.personnePhysique();
    String cpp = racine + "/personnePhysique";
    Menage menage = null;
    LogementActuel actuel = null;
    if (pp == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, cpp, "the household is mandatory");
    } else {
      menage = menage(pp, cpp);
      if (pp.logementActuel() == null) {
        probleme(ProblemeDocument.OBLIGATOIRE, cpp + "/logementActuel", "the current housing is mandatory");
      } else {
        actuel = logementActuel(pp.logementActuel(), cpp + "/logementActuel");
      }
    }
    LogementRecherche recherche = logementRecherche(dl.logementRecherche(), racine + "/logementRecherche");
    Set<MotifDemande> motifs = codes(dl.motifs(), racine + "/listeMotifDemande/motifDemande", MotifDemande.class);
    Optional<String> precision = texte(dl.precisionMotif());
    Optional<BesoinsHandicap> handicap = Optional.ofNullable(dl.handicap()).map(h -> handicap(h, racine + "/handicap"));
    boolean avisPostal = booleen(dl.avisRenouvellementCourrier(), racine + "/avisRenouvellementCourrier");
    if (!problemes.isEmpty()) {
      return null;
    }
    Menage m = menage;
    LogementActuel a = actuel;
    return construire(racine, () -> new ContenuDemande(m, a, motifs, precision, recherche, handicap, avisPostal));
  }

  private Menage menage(XmlNuu.PersonnePhysique pp, String chemin) {
    Titulaire demandeur = null;
    if (pp.demandeur() == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, chemin + "/demandeur", "the applicant is mandatory");
    } else {
      demandeur = titulaire(pp.demandeur(), chemin + "/demandeur");
    }
    List<Cotitulaire> cotitulaires = new ArrayList<>();
    List<XmlNuu.Titulaire> cx = liste(pp.cotitulaires());
    for (int i = 0; i < cx.size(); i++) {
      String c = chemin + "/listeCotitulaire/cotitulaire[" + (i + 1) + "]";
      Titulaire t = titulaire(cx.get(i), c);
      LienDemandeur lien = codeObligatoire(cx.get(i).lienDemandeur(), c + "/lienDemandeur", LienDemandeur.class);
      if (t != null && lien != null) {
        cotitulaires.add(new Cotitulaire(t, lien));
      }
    }
    List<PersonneACharge> charges = new ArrayList<>();
    List<XmlNuu.PersonneACharge> px = liste(pp.personnesACharge());
    for (int i = 0; i < px.size(); i++) {
      String c = chemin + "/listePersonneACharge/personneACharge[" + (i + 1) + "]";
      XmlNuu.PersonneACharge p = px.get(i);
      String nom = obligatoire(p.nom(), c + "/nom", s -> s, "name");
      String prenom = obligatoire(p.prenom(), c + "/prenom", s -> s, "first name");
      LocalDate naissance = date(p.dateNaissance(), c + "/dateNaissance", true);
      Sexe sexe = codeObligatoire(p.sexe(), c + "/sexe", Sexe.class);
      LienParente lien = codeObligatoire(p.lienParente(), c + "/lienParente", LienParente.class);
      List<Ressource> ressources = ressources(p.listeRessourceRecue(), c + "/listeRessourceRecue");
      boolean handicap = booleen(p.situationHandicap(), c + "/situationHandicap");
      PersonneACharge pac = construire(c, () -> new PersonneACharge(nom, prenom, naissance, sexe, lien, ressources, handicap));
      if (pac != null) {
        charges.add(pac);
      }
    }
    Optional<NaissanceAttendue> naissance = Optional.empty();
    if (pp.personneANaitre() != null) {
      String c = chemin + "/personneANaitre";
      Integer nombre = entier(pp.personneANaitre().nombre(), c + "/nombre", true);
      LocalDate prevue = date(pp.personneANaitre().dateNaissancePrevue(), c + "/dateNaissancePrevue", true);
      naissance = Optional.ofNullable(construire(c, () -> new NaissanceAttendue(nombre, prevue)));
    }
    List<EnfantEnGarde> garde = new ArrayList<>();
    List<XmlNuu.PersonneEnGarde> gx = liste(pp.personnesEnGarde());
    for (int i = 0; i < gx.size(); i++) {
      String c = chemin + "/listePersonneEnGarde/personneEnGarde[" + (i + 1) + "]";
      XmlNuu.PersonneEnGarde g = gx.get(i);
      String prenom = obligatoire(g.prenom(), c + "/prenom", s -> s, "first name");
      LocalDate nee = date(g.dateNaissance(), c + "/dateNaissance", true);
      Coparentalite modalite = codeObligatoire(g.coParentalite(), c + "/coParentalite", Coparentalite.class);
      EnfantEnGarde e = construire(c, () -> new EnfantEnGarde(prenom, nee, modalite));
      if (e != null) {
        garde.add(e);
      }
    }
    if (!problemes.isEmpty()) {
      return null;
    }
    Titulaire d = demandeur;
    Optional<NaissanceAttendue> na = naissance;
    return construire(chemin, () -> new Menage(d, cotitulaires, charges, na, garde));
  }

  private Titulaire titulaire(XmlNuu.Titulaire t, String c) {
    int avant = problemes.size();
    Civilite civilite = codeObligatoire(t.civilite(), c + "/civilite", Civilite.class);
    String nom = obligatoire(t.nom(), c + "/nom", s -> s, "name");
    Optional<String> nomUsage = texte(t.nomUsage());
    String prenom = obligatoire(t.prenom(), c + "/prenom", s -> s, "first name");
    LocalDate naissance = date(t.dateNaissance(), c + "/dateNaissance", true);
    Nationalite nationalite = codeObligatoire(t.nationalite(), c + "/nationalite", Nationalite.class);
    SituationFamiliale situation = codeObligatoire(t.situationFamiliale(), c + "/situationFamiliale", SituationFamiliale.class);
    Contact contact = new Contact(texte(t.telephone()), texte(t.telephoneSecondaire()), texte(t.email()));
    Optional<Adresse> adresse = Optional.ofNullable(t.adressePostale()).map(a -> adresse(a, c + "/adressePostale"));
    Optional<SituationProfessionnelle> pro =
        Optional.ofNullable(t.situationProfessionnelle()).map(s -> situationProfessionnelle(s, c + "/situationProfessionnelle"));
    List<RevenuFiscal> revenus = revenus(t.revenuFiscal(), c + "/revenuFiscal");
    List<Ressource> ressources = ressources(t.listeRessourceRecue(), c + "/listeRessourceRecue");
    List<RessourceVersee> versees = ressourcesVersees(t.listeRessourceVersee(), c + "/listeRessourceVersee");
    boolean handicap = booleen(t.situationHandicap(), c + "/situationHandicap");
    if (problemes.size() > avant) {
      return null;
    }
    return construire(c, () -> new Titulaire(civilite, nom, nomUsage, prenom, naissance, nationalite, situation,
        Optional.empty(), contact, adresse, pro, revenus, ressources, versees, handicap));
  }

  private Adresse adresse(XmlNuu.AdressePostale a, String c) {
    boolean etranger = booleen(a.etranger(), c + "/etranger");
    Optional<CodeInsee> commune = Optional.ofNullable(commune(a.commune(), c + "/commune"));
    String voie = obligatoire(a.voie(), c + "/voie", s -> s, "street");
    String codePostal = obligatoire(a.codePostal(), c + "/codePostal", s -> s, "postal code");
    String localite = valeur(a.localite());
    if (localite == null) {
      // Documents from other software may carry the commune's code only: the town is then its code.
      localite = commune.map(CodeInsee::code).orElse(null);
      if (localite == null) {
        probleme(ProblemeDocument.OBLIGATOIRE, c + "/localite", "the town (localite or commune@code) is mandatory");
      }
    }
    String l = localite;
    return construire(c, () -> new Adresse(etranger, texte(a.numero()), voie, texte(a.complementAdresse()), codePostal, commune, l,
        texte(a.pays())));
  }

  private SituationProfessionnelle situationProfessionnelle(XmlNuu.SituationProfessionnelle s, String c) {
    TypeContratTravail contrat = codeObligatoire(s.typeContratTravail(), c + "/typeContratTravail", TypeContratTravail.class);
    Optional<CodeInsee> commune = Optional.ofNullable(commune(s.commune(), c + "/commune"));
    boolean etranger = booleen(s.etranger(), c + "/etranger");
    return construire(c, () -> new SituationProfessionnelle(contrat, texte(s.profession()), texte(s.nomEmployeurPrincipal()), commune, etranger));
  }

  private List<RevenuFiscal> revenus(XmlNuu.RevenuFiscal r, String c) {
    List<RevenuFiscal> revenus = new ArrayList<>();
    if (r == null) {
      return revenus;
    }
    revenu(r.anneeMoins1(), r.montantMoins1(), c, "Moins1").ifPresent(revenus::add);
    revenu(r.anneeMoins2(), r.montantMoins2(), c, "Moins2").ifPresent(revenus::add);
    // Oldest first, as the applicant declares them.
    revenus.sort(java.util.Comparator.comparingInt(RevenuFiscal::annee));
    return revenus;
  }

  private Optional<RevenuFiscal> revenu(String annee, String montant, String c, String suffixe) {
    if (valeur(annee) == null && valeur(montant) == null) {
      return Optional.empty();
    }
    Integer a = entier(annee, c + "/annee" + suffixe, true);
    Montant m = montant(montant, c + "/montant" + suffixe, true);
    return Optional.ofNullable(construire(c, () -> new RevenuFiscal(a, m)));
  }

  private List<Ressource> ressources(XmlNuu.ListeRessource liste, String c) {
    List<Ressource> ressources = new ArrayList<>();
    List<XmlNuu.DetailRessource> details = liste == null ? List.of() : liste(liste.details());
    for (int i = 0; i < details.size(); i++) {
      String ci = c + "/detailRessource[" + (i + 1) + "]";
      TypeRessource type = codeObligatoire(details.get(i).ressource(), ci + "/ressource", TypeRessource.class);
      Montant m = montant(details.get(i).montant(), ci + "/montant", true);
      Ressource r = construire(ci, () -> new Ressource(type, m));
      if (r != null) {
        ressources.add(r);
      }
    }
    return ressources;
  }

  private List<RessourceVersee> ressourcesVersees(XmlNuu.ListeRessource liste, String c) {
    List<RessourceVersee> ressources = new ArrayList<>();
    List<XmlNuu.DetailRessource> details = liste == null ? List.of() : liste(liste.details());
    for (int i = 0; i < details.size(); i++) {
      String ci = c + "/detailRessource[" + (i + 1) + "]";
      TypeRessourceVersee type = codeObligatoire(details.get(i).ressource(), ci + "/ressource", TypeRessourceVersee.class);
      Montant m = montant(details.get(i).montant(), ci + "/montant", true);
      RessourceVersee r = construire(ci, () -> new RessourceVersee(type, m));
      if (r != null) {
        ressources.add(r);
      }
    }
    return ressources;
  }

  private LogementActuel logementActuel(XmlNuu.LogementActuel l, String c) {
    Set<ModeleLogement> modeles = codes(l.modeles(), c + "/listeModeleLogement/modeleLogement", ModeleLogement.class);
    if (modeles.isEmpty() && liste(l.modeles()).isEmpty()) {
      probleme(ProblemeDocument.OBLIGATOIRE, c + "/listeModeleLogement/modeleLogement", "at least one kind of current housing");
    }
    Optional<Montant> loyer = Optional.ofNullable(montant(l.montantMensuelLoyer(), c + "/montantMensuelLoyer", false));
    Integer occupants = entier(l.nombreHabitant(), c + "/nombreHabitant", false);
    Integer surface = entier(l.surface(), c + "/surface", false);
    Optional<CategorieLogementActuel> categorie = Optional.ofNullable(code(l.categorieLogement(), c + "/categorieLogement", CategorieLogementActuel.class));
    Optional<TypeLogement> typologie = Optional.ofNullable(code(l.typeLogementActuel(), c + "/typeLogementActuel", TypeLogement.class));
    return construire(c, () -> new LogementActuel(modeles, loyer,
        occupants == null ? OptionalInt.empty() : OptionalInt.of(occupants),
        surface == null ? OptionalInt.empty() : OptionalInt.of(surface),
        texte(l.proprietaire()), categorie, typologie));
  }

  private LogementRecherche logementRecherche(XmlNuu.LogementRecherche r, String c) {
    if (r == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, c, "the dwelling sought is mandatory");
      return null;
    }
    Boolean elargie = null;
    String e = valeur(r.demandeElargie());
    if (e == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, c + "/demandeElargie", "demandeElargie (true or false) is mandatory");
    } else if (e.equals("true") || e.equals("false")) {
      elargie = Boolean.valueOf(e);
    } else {
      probleme(ProblemeDocument.VALEUR_INVALIDE, c + "/demandeElargie", "demandeElargie is true or false, not '" + e + "'");
    }
    Set<TypeLogement> types = codes(r.typesLogement(), c + "/listeTypeLogement/typeLogement", TypeLogement.class);
    if (liste(r.typesLogement()).isEmpty()) {
      probleme(ProblemeDocument.OBLIGATOIRE, c + "/listeTypeLogement/typeLogement", "at least one type of dwelling sought");
    }
    List<CodeInsee> communes = new ArrayList<>();
    List<XmlNuu.LocalisationSouhaite> ls = liste(r.localisations());
    if (ls.isEmpty()) {
      probleme(ProblemeDocument.OBLIGATOIRE, c + "/listeLocalisationSouhaite/localisationSouhaite", "at least one commune sought");
    }
    for (int i = 0; i < ls.size(); i++) {
      String ci = c + "/listeLocalisationSouhaite/localisationSouhaite[" + (i + 1) + "]/commune";
      CodeInsee commune = ls.get(i) == null || ls.get(i).commune() == null ? null : commune(ls.get(i).commune(), ci);
      if (commune == null && (ls.get(i) == null || ls.get(i).commune() == null)) {
        probleme(ProblemeDocument.OBLIGATOIRE, ci, "a localisationSouhaite names its commune");
      }
      if (commune != null) {
        communes.add(commune);
      }
    }
    Optional<CategorieLogementRecherche> categorie =
        Optional.ofNullable(code(r.categorieLogementRecherche(), c + "/categorieLogementRecherche", CategorieLogementRecherche.class));
    Boolean el = elargie;
    return construire(c, () -> new LogementRecherche(el, types, communes, categorie));
  }

  private BesoinsHandicap handicap(XmlNuu.Handicap h, String c) {
    Integer nombre = entier(h.nombrePersonneHandicap(), c + "/nombrePersonneHandicap", false);
    Optional<EtatHandicap> etat = Optional.ofNullable(code(h.etatHandicap(), c + "/etatHandicap", EtatHandicap.class));
    Set<NatureHandicapMoteur> moteur = codes(h.naturesMoteur(), c + "/listeNatureHandicapMoteur/natureHandicapMoteur", NatureHandicapMoteur.class);
    Set<NatureHandicapSensoriel> sensoriel =
        codes(h.naturesSensoriel(), c + "/listeNatureHandicapSensoriel/natureHandicapSensoriel", NatureHandicapSensoriel.class);
    Optional<CapaciteMarche> marche = Optional.ofNullable(code(h.capaciteMarcheHandicap(), c + "/capaciteMarcheHandicap", CapaciteMarche.class));
    Set<AideTechnique> aides = codes(h.aidesTechniques(), c + "/listeAideTechniqueHandicap/aideTechniqueHandicap", AideTechnique.class);
    Set<EquipementHandicap> equipements = codes(h.equipements(), c + "/listeEquipementHandicap/equipementHandicap", EquipementHandicap.class);
    return construire(c, () -> new BesoinsHandicap(nombre == null ? 1 : nombre, etat, moteur, sensoriel, marche, aides, equipements,
        texte(h.precisionHandicap())));
  }

  private Optional<DecisionDalo> dalo(XmlNuu.Dalo d, NumeroUnique numero, String c) {
    StatutDalo statut = codeObligatoire(d.statutDalo(), c + "/statutDalo", StatutDalo.class);
    Optional<TypologieLogementDalo> typologie =
        Optional.ofNullable(code(d.typologieLogementDalo(), c + "/typologieLogementDalo", TypologieLogementDalo.class));
    LocalDate date = date(d.dateDecisionDalo(), c + "/dateDecisionDalo", true);
    return Optional.ofNullable(construire(c, () -> new DecisionDalo(numero, statut, typologie, date)));
  }

  private Optional<RadiationNationale> radiation(XmlNuu.Radiation r, NumeroUnique numero, boolean numerotee, String c) {
    String motifCode = r.motifRadiation() == null ? null : r.motifRadiation().code();
    if (motifCode != null && motifCode.strip().isEmpty()) {
      return Optional.empty(); // « Déradiation »: the radiation is undone
    }
    MotifRadiation motif = codeObligatoire(r.motifRadiation(), c + "/motifRadiation", MotifRadiation.class);
    if (motif == MotifRadiation.FUSION) {
      codeInconnu(c + "/motifRadiation", motif.code(), MotifRadiation.class);
      return Optional.empty();
    }
    if (!numerotee) {
      probleme(ProblemeDocument.OBLIGATOIRE, "demande/demandeLogement/numUnique", "a radiation names its demand: numUnique is mandatory");
    }
    Optional<SousMotifIrrecevabilite> sousMotif =
        Optional.ofNullable(code(r.sousMotifRadiation(), c + "/sousMotifRadiation", SousMotifIrrecevabilite.class));
    LocalDate date = date(r.dateRadiation(), c + "/dateRadiation", true);
    Optional<DonneesAttribution> attribution = Optional.ofNullable(r.donneesAttribution()).map(a -> attribution(a, c + "/donneesAttribution"));
    return Optional.ofNullable(construire(c, () -> new RadiationNationale(numero, motif, sousMotif, date, attribution)));
  }

  private DonneesAttribution attribution(XmlNuu.DonneesAttribution a, String c) {
    IdentifiantRpls logement = obligatoire(a.identifiantRpls(), c + "/identifiantRpls", IdentifiantRpls::parse, "RPLS identifier");
    AccordCollectif accord = codeObligatoire(a.accordCollectif(), c + "/accordCollectif", AccordCollectif.class);
    boolean dalo = booleen(a.attributionDalo(), c + "/attributionDalo");
    TypeReservataire contingent = codeObligatoire(a.typeReservataire(), c + "/typeReservataire", TypeReservataire.class);
    return construire(c, () -> new DonneesAttribution(logement, accord, dalo, contingent));
  }

  // ---------------------------------------------------------------------------------------------

  private static String valeur(String texte) {
    if (texte == null) {
      return null;
    }
    String t = texte.strip();
    return t.isEmpty() ? null : t;
  }

  private static Optional<String> texte(String texte) {
    return Optional.ofNullable(valeur(texte));
  }

  private static <T> List<T> liste(List<T> l) {
    return l == null ? List.of() : l.stream().filter(java.util.Objects::nonNull).toList();
  }

  private <T> T obligatoire(String texte, String chemin, java.util.function.Function<String, T> parse, String quoi) {
    if (valeur(texte) == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the " + quoi + " is mandatory");
      return null;
    }
    return parse(texte, chemin, parse, quoi);
  }

  private <T> T parse(String texte, String chemin, java.util.function.Function<String, T> parse, String quoi) {
    String v = valeur(texte);
    if (v == null) {
      return null;
    }
    try {
      return parse.apply(v);
    } catch (IllegalArgumentException | DateTimeException e) {
      probleme(ProblemeDocument.VALEUR_INVALIDE, chemin, "invalid " + quoi + " '" + v + "': " + e.getMessage());
      return null;
    }
  }

  private LocalDate date(String texte, String chemin, boolean obligatoire) {
    if (valeur(texte) == null) {
      if (obligatoire) {
        probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the date is mandatory");
      }
      return null;
    }
    // yyyy-MM-dd; a date-time or a date with an offset (xs:date) is read as its date.
    return parse(texte, chemin, v -> v.length() > 10 ? LocalDate.parse(v.substring(0, 10)) : LocalDate.parse(v), "date (yyyy-MM-dd)");
  }

  private LocalDateTime dateHeure(String texte, String chemin) {
    if (valeur(texte) == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the file date is mandatory");
      return null;
    }
    return parse(texte, chemin, v -> {
      if (v.length() == 10) {
        return LocalDate.parse(v).atStartOfDay();
      }
      try {
        return LocalDateTime.parse(v);
      } catch (DateTimeException e) {
        return OffsetDateTime.parse(v).toLocalDateTime();
      }
    }, "date-time (yyyy-MM-ddTHH:mm:ss)");
  }

  private Integer entier(String texte, String chemin, boolean obligatoire) {
    if (valeur(texte) == null) {
      if (obligatoire) {
        probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the number is mandatory");
      }
      return null;
    }
    return parse(texte, chemin, Integer::valueOf, "whole number");
  }

  private Montant montant(String texte, String chemin, boolean obligatoire) {
    if (valeur(texte) == null) {
      if (obligatoire) {
        probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the amount is mandatory");
      }
      return null;
    }
    return parse(texte, chemin, Montant::parse, "amount (euros, e.g. 1234.50)");
  }

  private CodeInsee commune(XmlNuu.Code code, String chemin) {
    if (code == null || valeur(code.code()) == null) {
      return null;
    }
    // Corsican codes (2A…, 2B…) are accepted: CodeInsee knows them.
    return parse(code.code(), chemin + "/@code", CodeInsee::parse, "INSEE commune code");
  }

  private boolean booleen(XmlNuu.Code code, String chemin) {
    BooleenSne b = code(code, chemin, BooleenSne.class);
    return b == BooleenSne.OUI;
  }

  private <E extends Enum<E> & CodeSne> E codeObligatoire(XmlNuu.Code code, String chemin, Class<E> liste) {
    if (code == null || valeur(code.code()) == null) {
      probleme(ProblemeDocument.OBLIGATOIRE, chemin, "the coded element " + chemin.substring(chemin.lastIndexOf('/') + 1)
          + " (list " + liste.getSimpleName() + ") is mandatory");
      return null;
    }
    return code(code, chemin, liste);
  }

  private <E extends Enum<E> & CodeSne> E code(XmlNuu.Code code, String chemin, Class<E> liste) {
    if (code == null || valeur(code.code()) == null) {
      return null;
    }
    String v = code.code().strip();
    Optional<E> e = CodeSne.chercher(liste, v);
    if (e.isEmpty()) {
      codeInconnu(chemin, v, liste);
      return null;
    }
    return e.get();
  }

  private <E extends Enum<E> & CodeSne> Set<E> codes(List<XmlNuu.Code> codes, String chemin, Class<E> liste) {
    Set<E> resultat = new LinkedHashSet<>();
    List<XmlNuu.Code> l = liste(codes);
    for (int i = 0; i < l.size(); i++) {
      E e = code(l.get(i), chemin + "[" + (i + 1) + "]", liste);
      if (e != null) {
        resultat.add(e);
      }
    }
    return resultat;
  }

  private <E extends Enum<E> & CodeSne> void codeInconnu(String chemin, String code, Class<E> liste) {
    StringBuilder connus = new StringBuilder();
    for (E e : liste.getEnumConstants()) {
      if (e == MotifRadiation.FUSION) {
        continue;
      }
      connus.append(connus.length() == 0 ? "" : ", ").append(e.code());
    }
    String element = chemin.contains("/") ? chemin.substring(chemin.lastIndexOf('/') + 1) : chemin;
    probleme(ProblemeDocument.CODE_INCONNU, chemin, "unknown code '" + code + "' in element <" + element.replaceAll("\\[\\d+]$", "")
        + "> (" + chemin + "), list " + liste.getSimpleName() + "; known codes: " + connus);
  }

  private <T> T construire(String chemin, Supplier<T> constructeur) {
    try {
      return constructeur.get();
    } catch (NullPointerException e) {
      // A part is missing: its own problem was recorded where it was read.
      if (problemes.isEmpty()) {
        probleme(ProblemeDocument.OBLIGATOIRE, chemin, "incomplete: " + e.getMessage());
      }
      return null;
    } catch (IllegalArgumentException e) {
      probleme(ProblemeDocument.INCOHERENT, chemin, e.getMessage());
      return null;
    }
  }

  private void probleme(String code, String chemin, String message) {
    problemes.add(new ProblemeDocument(code, chemin, message));
  }
}
