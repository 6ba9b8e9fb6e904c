package org.sne4j.nuu.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sne4j.cal.DonneesAttribution;
import org.sne4j.commun.BooleenSne;
import org.sne4j.commun.CodeSne;
import org.sne4j.commun.Montant;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.TypeFichier;
import org.sne4j.handicap.BesoinsHandicap;
import org.sne4j.logement.LogementActuel;
import org.sne4j.logement.LogementRecherche;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.EnfantEnGarde;
import org.sne4j.menage.Menage;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RessourceVersee;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.SituationProfessionnelle;
import org.sne4j.menage.Titulaire;
import org.sne4j.nuu.DocumentNuu;
import org.sne4j.nuu.ProblemeDocument;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;

/**
 * Model → XML records, strictly: collects every reason why the SNE would refuse the document (a
 * missing mandatory element, a value the format cannot carry, a line break in a text) instead of
 * writing it. Deterministic: sets are written in the order of their codes.
 */
public final class EcritureNuu {

  static final DateTimeFormatter DATE_FICHIER = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

  private final List<ProblemeDocument> problemes = new ArrayList<>();

  private EcritureNuu() {}

  /** The records of {@code document}, or the problems that forbid writing it. */
  public static Resultat<XmlNuu.InterfaceNuu> ecrire(DocumentNuu document) {
    EcritureNuu e = new EcritureNuu();
    XmlNuu.InterfaceNuu xml = e.document(document);
    return new Resultat<>(xml, List.copyOf(e.problemes));
  }

  /** A value and the problems met while producing it (the value is unusable when there are any). */
  public record Resultat<T>(T valeur, List<ProblemeDocument> problemes) {}

  private XmlNuu.InterfaceNuu document(DocumentNuu d) {
    String racine = "demande/demandeLogement";
    DemandeNationale dn = d.demande();
    if (d.numero().isEmpty() && d.typeFichier() != TypeFichier.CREATION && d.typeFichier() != TypeFichier.CREATION_SUITE_SEPARATION) {
      probleme(ProblemeDocument.OBLIGATOIRE, racine + "/numUnique",
          "a " + d.typeFichier().code() + " file names its demand: numUnique is mandatory");
    }
    if (d.typeFichier() != TypeFichier.RADIATION && dn.radiation().isPresent()) {
      probleme(ProblemeDocument.INCOHERENT, racine + "/radiation",
          "only a RAD file carries a radiation, not a " + d.typeFichier().code() + " file");
    }
    XmlNuu.Entete entete = new XmlNuu.Entete(d.typeFichier().code(), DATE_FICHIER.format(d.dateFichier().withNano(0)));
    ContenuDemande c = dn.contenu();
    XmlNuu.DemandeLogement dl = new XmlNuu.DemandeLogement(
        d.numero().map(n -> n.valeur()).orElse(null),
        dn.guichet().code(),
        date(dn.dateCreation()),
        personnePhysique(c.menage(), c.logementActuel(), racine + "/personnePhysique"),
        logementRecherche(c.logementRecherche()),
        codes(c.motifs()),
        texte(c.precisionMotif(), racine + "/precisionMotif"),
        c.handicap().map(h -> handicap(h, racine + "/handicap")).orElse(null),
        c.avisPostalSouhaite() ? code(BooleenSne.OUI) : null,
        dn.dalo().map(this::dalo).orElse(null),
        d.typeFichier() == TypeFichier.RADIATION ? radiation(dn.radiation(), racine + "/radiation") : null);
    return new XmlNuu.InterfaceNuu(d.version().code(), entete, new XmlNuu.Demande(dl));
  }

  private XmlNuu.PersonnePhysique personnePhysique(Menage m, LogementActuel actuel, String chemin) {
    List<XmlNuu.Titulaire> cotitulaires = new ArrayList<>();
    for (int i = 0; i < m.cotitulaires().size(); i++) {
      Cotitulaire c = m.cotitulaires().get(i);
      cotitulaires.add(titulaire(c.personne(), Optional.of(c), chemin + "/listeCotitulaire/cotitulaire[" + (i + 1) + "]"));
    }
    List<XmlNuu.PersonneACharge> charges = new ArrayList<>();
    for (int i = 0; i < m.personnesACharge().size(); i++) {
      charges.add(personneACharge(m.personnesACharge().get(i), chemin + "/listePersonneACharge/personneACharge[" + (i + 1) + "]"));
    }
    List<XmlNuu.PersonneEnGarde> garde = new ArrayList<>();
    for (int i = 0; i < m.enfantsEnGarde().size(); i++) {
      EnfantEnGarde e = m.enfantsEnGarde().get(i);
      garde.add(new XmlNuu.PersonneEnGarde(
          texte(e.prenom(), chemin + "/listePersonneEnGarde/personneEnGarde[" + (i + 1) + "]/prenom"),
          date(e.dateNaissance()), code(e.modalite())));
    }
    return new XmlNuu.PersonnePhysique(
        titulaire(m.demandeur(), Optional.empty(), chemin + "/demandeur"),
        cotitulaires,
        charges,
        m.naissanceAttendue().map(n -> new XmlNuu.PersonneANaitre(Integer.toString(n.nombre()), date(n.dateNaissancePrevue()))).orElse(null),
        garde,
        logementActuel(actuel, chemin + "/logementActuel"));
  }

  private XmlNuu.Titulaire titulaire(Titulaire t, Optional<Cotitulaire> cotitulaire, String chemin) {
    return new XmlNuu.Titulaire(
        code(t.civilite()),
        texte(t.nom(), chemin + "/nom"),
        texte(t.nomUsage(), chemin + "/nomUsage"),
        texte(t.prenom(), chemin + "/prenom"),
        date(t.dateNaissance()),
        code(t.nationalite()),
        code(t.situationFamiliale()),
        texte(t.contact().telephone(), chemin + "/telephone"),
        texte(t.contact().telephoneSecondaire(), chemin + "/telephoneSecondaire"),
        texte(t.contact().email(), chemin + "/email"),
        t.adresse().map(a -> adresse(a, chemin + "/adressePostale")).orElse(null),
        t.situationProfessionnelle().map(s -> situationProfessionnelle(s, chemin + "/situationProfessionnelle")).orElse(null),
        revenuFiscal(t.revenusFiscaux(), chemin + "/revenuFiscal"),
        ressources(t.ressources()),
        ressourcesVersees(t.ressourcesVersees()),
        t.enSituationDeHandicap() ? code(BooleenSne.OUI) : null,
        cotitulaire.map(c -> code(c.lien())).orElse(null));
  }

  private XmlNuu.AdressePostale adresse(Adresse a, String chemin) {
    return new XmlNuu.AdressePostale(
        a.etranger() ? code(BooleenSne.OUI) : code(BooleenSne.NON),
        texte(a.numero(), chemin + "/numero"),
        texte(a.voie(), chemin + "/voie"),
        texte(a.complement(), chemin + "/complementAdresse"),
        texte(a.codePostal(), chemin + "/codePostal"),
        a.commune().map(c -> new XmlNuu.Code(c.code())).orElse(null),
        texte(a.localite(), chemin + "/localite"),
        texte(a.pays(), chemin + "/pays"));
  }

  private XmlNuu.SituationProfessionnelle situationProfessionnelle(SituationProfessionnelle s, String chemin) {
    return new XmlNuu.SituationProfessionnelle(
        texte(s.profession(), chemin + "/profession"),
        code(s.contrat()),
        texte(s.employeur(), chemin + "/nomEmployeurPrincipal"),
        s.travailALEtranger() ? code(BooleenSne.OUI) : null,
        null,
        s.communeTravail().map(c -> new XmlNuu.Code(c.code())).orElse(null));
  }

  private XmlNuu.RevenuFiscal revenuFiscal(List<RevenuFiscal> revenus, String chemin) {
    if (revenus.isEmpty()) {
      return null;
    }
    if (revenus.size() > 2) {
      probleme(ProblemeDocument.NON_TRANSPORTABLE, chemin,
          "the format carries the tax income of two years (N-1, N-2), not " + revenus.size() + ": " + revenus);
      return null;
    }
    List<RevenuFiscal> tries = revenus.stream().sorted(Comparator.comparingInt(RevenuFiscal::annee).reversed()).toList();
    RevenuFiscal recent = tries.get(0);
    Optional<RevenuFiscal> ancien = tries.size() > 1 ? Optional.of(tries.get(1)) : Optional.empty();
    return new XmlNuu.RevenuFiscal(
        Integer.toString(recent.annee()), montant(recent.montant()),
        ancien.map(r -> Integer.toString(r.annee())).orElse(null), ancien.map(r -> montant(r.montant())).orElse(null));
  }

  private static XmlNuu.ListeRessource ressources(List<Ressource> ressources) {
    return ressources.isEmpty()
        ? null
        : new XmlNuu.ListeRessource(ressources.stream().map(r -> new XmlNuu.DetailRessource(code(r.type()), montant(r.mensuel()))).toList());
  }

  private static XmlNuu.ListeRessource ressourcesVersees(List<RessourceVersee> ressources) {
    return ressources.isEmpty()
        ? null
        : new XmlNuu.ListeRessource(ressources.stream().map(r -> new XmlNuu.DetailRessource(code(r.type()), montant(r.mensuel()))).toList());
  }

  private XmlNuu.PersonneACharge personneACharge(PersonneACharge p, String chemin) {
    return new XmlNuu.PersonneACharge(
        texte(p.nom(), chemin + "/nom"),
        texte(p.prenom(), chemin + "/prenom"),
        date(p.dateNaissance()),
        code(p.sexe()),
        code(p.lien()),
        p.enSituationDeHandicap() ? code(BooleenSne.OUI) : null,
        ressources(p.ressources()));
  }

  private XmlNuu.LogementActuel logementActuel(LogementActuel l, String chemin) {
    return new XmlNuu.LogementActuel(
        codes(l.modeles()),
        l.loyerMensuel().map(EcritureNuu::montant).orElse(null),
        l.nombreOccupants().isPresent() ? Integer.toString(l.nombreOccupants().getAsInt()) : null,
        l.surface().isPresent() ? Integer.toString(l.surface().getAsInt()) : null,
        texte(l.proprietaire(), chemin + "/proprietaire"),
        l.categorie().map(EcritureNuu::code).orElse(null),
        l.typologie().map(EcritureNuu::code).orElse(null));
  }

  private static XmlNuu.LogementRecherche logementRecherche(LogementRecherche r) {
    return new XmlNuu.LogementRecherche(
        Boolean.toString(r.demandeElargie()),
        codes(r.typologies()),
        r.communes().stream().map(c -> new XmlNuu.LocalisationSouhaite(new XmlNuu.Code(c.code()))).toList(),
        r.categorie().map(EcritureNuu::code).orElse(null));
  }

  private XmlNuu.Handicap handicap(BesoinsHandicap h, String chemin) {
    return new XmlNuu.Handicap(
        Integer.toString(h.nombrePersonnes()),
        h.etat().map(EcritureNuu::code).orElse(null),
        codes(h.moteur()),
        codes(h.sensoriel()),
        h.capaciteMarche().map(EcritureNuu::code).orElse(null),
        codes(h.aidesTechniques()),
        codes(h.equipementsNecessaires()),
        texte(h.precisions(), chemin + "/precisionHandicap"));
  }

  private XmlNuu.Dalo dalo(DecisionDalo d) {
    return new XmlNuu.Dalo(code(d.statut()), d.typologie().map(EcritureNuu::code).orElse(null), date(d.dateDecision()));
  }

  private XmlNuu.Radiation radiation(Optional<RadiationNationale> radiation, String chemin) {
    if (radiation.isEmpty()) {
      // ListeMotifsRadiation "" : « Déradiation », the radiation is undone.
      return new XmlNuu.Radiation(new XmlNuu.Code(""), null, null, null);
    }
    RadiationNationale r = radiation.get();
    if (r.motif() == MotifRadiation.FUSION) {
      probleme(ProblemeDocument.NON_TRANSPORTABLE, chemin + "/motifRadiation", "the SNE has no code for a merger (FUSION)");
    }
    return new XmlNuu.Radiation(
        code(r.motif()),
        r.sousMotif().map(EcritureNuu::code).orElse(null),
        date(r.date()),
        r.attribution().map(this::donneesAttribution).orElse(null));
  }

  private XmlNuu.DonneesAttribution donneesAttribution(DonneesAttribution a) {
    return new XmlNuu.DonneesAttribution(
        a.logement().valeur(), code(a.accordCollectif()), code(a.dalo() ? BooleenSne.OUI : BooleenSne.NON), code(a.contingent()));
  }

  // ---------------------------------------------------------------------------------------------

  static XmlNuu.Code code(CodeSne valeur) {
    return new XmlNuu.Code(valeur.code());
  }

  static <E extends Enum<E> & CodeSne> List<XmlNuu.Code> codes(Collection<E> valeurs) {
    return valeurs.stream().sorted(Comparator.comparing(CodeSne::code)).map(EcritureNuu::code).toList();
  }

  static String date(LocalDate date) {
    return date.toString();
  }

  /** Decimal euros with two decimals and a dot, e.g. {@code 1234.50} (format ASSUMED). */
  static String montant(Montant montant) {
    return montant.euros().toPlainString();
  }

  private String texte(Optional<String> texte, String chemin) {
    return texte.map(t -> texte(t, chemin)).orElse(null);
  }

  private String texte(String texte, String chemin) {
    for (int i = 0; i < texte.length(); i++) {
      char c = texte.charAt(i);
      if (Character.isISOControl(c)) {
        probleme(ProblemeDocument.VALEUR_INVALIDE, chemin,
            "a text sent to the SNE holds no line break or control character (the server rejects them): U+"
                + String.format("%04X", (int) c) + " at index " + i);
        break;
      }
    }
    return texte;
  }

  private void probleme(String code, String chemin, String message) {
    problemes.add(new ProblemeDocument(code, chemin, message));
  }

  static String dateFichier(LocalDateTime d) {
    return DATE_FICHIER.format(d);
  }
}
