package org.sne4j.nuu.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import tools.jackson.dataformat.xml.annotation.JacksonXmlElementWrapper;
import tools.jackson.dataformat.xml.annotation.JacksonXmlProperty;
import tools.jackson.dataformat.xml.annotation.JacksonXmlRootElement;

/**
 * The interfaceNuu document as a tree of records that Jackson reads and writes: <b>the one place
 * where element names live</b>. Names documented by docs/reglementation.md §11.4 and libsne are plain; those
 * marked {@code // ASSUMED} are the library's choice, to verify against the SNE's XSD {@code
 * InterfaceNuu_v0201.xsd} (the module README lists them in one table). Property order is the
 * order of the elements in the document (written deterministically in that order; read in any).
 *
 * <p>Every scalar is a {@code String} here: the mapping ({@link LectureNuu}, {@link
 * EcritureNuu}) parses and formats, so that an error names its element.
 */
public final class XmlNuu {

  private XmlNuu() {}

  /** The document namespace. */
  public static final String NAMESPACE = "http://nuu.application.i2/";

  /** A coded value: an empty element with a {@code code} attribute, {@code <civilite code="1"/>}. */
  public record Code(@JacksonXmlProperty(isAttribute = true, localName = "code") String code) {}

  @JacksonXmlRootElement(localName = "interfaceNuu")
  @JsonPropertyOrder({"versionInterface", "entete", "demande"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record InterfaceNuu(
      @JacksonXmlProperty(isAttribute = true, localName = "versionInterface") String versionInterface,
      Entete entete,
      Demande demande) {}

  @JsonPropertyOrder({"typeFichier", "dateFichier"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Entete(
      String typeFichier, // element text (libsne), not @code
      String dateFichier) {}

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Demande(DemandeLogement demandeLogement) {}

  @JsonPropertyOrder({
    "numUnique", "numGuichet", "dateCreationDemande", "personnePhysique", "logementRecherche",
    "motifs", "precisionMotif", "handicap", "avisRenouvellementCourrier", "dalo", "radiation"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DemandeLogement(
      String numUnique,
      String numGuichet,
      String dateCreationDemande,
      PersonnePhysique personnePhysique,
      LogementRecherche logementRecherche,
      @JacksonXmlElementWrapper(localName = "listeMotifDemande") // ASSUMED
          @JacksonXmlProperty(localName = "motifDemande") // ASSUMED
          List<Code> motifs,
      String precisionMotif, // ASSUMED
      Handicap handicap, // ASSUMED
      Code avisRenouvellementCourrier, // ASSUMED (ListeBooleen OUI/NON)
      Dalo dalo, // ASSUMED
      Radiation radiation) {} // ASSUMED

  @JsonPropertyOrder({"demandeur", "cotitulaires", "personnesACharge", "personneANaitre", "personnesEnGarde", "logementActuel"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonnePhysique(
      Titulaire demandeur,
      @JacksonXmlElementWrapper(localName = "listeCotitulaire") @JacksonXmlProperty(localName = "cotitulaire")
          List<Titulaire> cotitulaires,
      @JacksonXmlElementWrapper(localName = "listePersonneACharge") @JacksonXmlProperty(localName = "personneACharge")
          List<PersonneACharge> personnesACharge,
      PersonneANaitre personneANaitre,
      @JacksonXmlElementWrapper(localName = "listePersonneEnGarde") @JacksonXmlProperty(localName = "personneEnGarde")
          List<PersonneEnGarde> personnesEnGarde,
      LogementActuel logementActuel) {}

  /** Block D: the applicant ({@code demandeur}) or a co-holder ({@code cotitulaire}, with its link). */
  @JsonPropertyOrder({
    "civilite", "nom", "nomUsage", "prenom", "dateNaissance", "nationalite", "situationFamiliale",
    "telephone", "telephoneSecondaire", "email", "adressePostale", "situationProfessionnelle",
    "revenuFiscal", "listeRessourceRecue", "listeRessourceVersee", "situationHandicap", "lienDemandeur"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Titulaire(
      Code civilite,
      String nom,
      String nomUsage, // ASSUMED
      String prenom,
      String dateNaissance,
      Code nationalite,
      Code situationFamiliale,
      String telephone, // ASSUMED
      String telephoneSecondaire, // ASSUMED
      String email, // ASSUMED
      AdressePostale adressePostale,
      SituationProfessionnelle situationProfessionnelle,
      RevenuFiscal revenuFiscal,
      ListeRessource listeRessourceRecue,
      ListeRessource listeRessourceVersee, // shape ASSUMED as listeRessourceRecue's
      Code situationHandicap, // ASSUMED (ListeBooleen OUI/NON)
      Code lienDemandeur) {}

  @JsonPropertyOrder({"etranger", "numero", "voie", "complementAdresse", "codePostal", "commune", "localite", "pays"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record AdressePostale(
      Code etranger, // ASSUMED coded ListeBooleen OUI/NON
      String numero,
      String voie,
      String complementAdresse, // ASSUMED
      String codePostal,
      Code commune,
      String localite, // ASSUMED
      String pays) {} // ASSUMED

  @JsonPropertyOrder({"profession", "typeContratTravail", "nomEmployeurPrincipal", "etranger", "codePostal", "commune"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SituationProfessionnelle(
      String profession,
      Code typeContratTravail,
      String nomEmployeurPrincipal,
      Code etranger, // ASSUMED coded ListeBooleen OUI/NON
      String codePostal,
      Code commune) {}

  @JsonPropertyOrder({"anneeMoins1", "montantMoins1", "anneeMoins2", "montantMoins2"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record RevenuFiscal(String anneeMoins1, String montantMoins1, String anneeMoins2, String montantMoins2) {}

  /** {@code listeRessourceRecue} or {@code listeRessourceVersee}: {@code detailRessource} entries. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ListeRessource(
      @JacksonXmlElementWrapper(useWrapping = false) @JacksonXmlProperty(localName = "detailRessource")
          List<DetailRessource> details) {}

  @JsonPropertyOrder({"ressource", "montant"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DetailRessource(Code ressource, String montant) {}

  @JsonPropertyOrder({"nom", "prenom", "dateNaissance", "sexe", "lienParente", "situationHandicap", "listeRessourceRecue"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonneACharge(
      String nom,
      String prenom,
      String dateNaissance,
      Code sexe,
      Code lienParente,
      Code situationHandicap, // ASSUMED (ListeBooleen OUI/NON)
      ListeRessource listeRessourceRecue) {} // ASSUMED for dependants

  @JsonPropertyOrder({"nombre", "dateNaissancePrevue"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonneANaitre(String nombre, String dateNaissancePrevue) {}

  @JsonPropertyOrder({"prenom", "dateNaissance", "coParentalite"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record PersonneEnGarde(
      String prenom, // ASSUMED
      String dateNaissance, // ASSUMED
      Code coParentalite) {}

  @JsonPropertyOrder({
    "modeles", "montantMensuelLoyer", "nombreHabitant", "surface", "proprietaire", "categorieLogement", "typeLogementActuel"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LogementActuel(
      @JacksonXmlElementWrapper(localName = "listeModeleLogement") @JacksonXmlProperty(localName = "modeleLogement")
          List<Code> modeles,
      String montantMensuelLoyer,
      String nombreHabitant,
      String surface,
      String proprietaire,
      Code categorieLogement,
      Code typeLogementActuel) {}

  @JsonPropertyOrder({"demandeElargie", "typesLogement", "localisations", "categorieLogementRecherche"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LogementRecherche(
      String demandeElargie,
      @JacksonXmlElementWrapper(localName = "listeTypeLogement") @JacksonXmlProperty(localName = "typeLogement")
          List<Code> typesLogement,
      @JacksonXmlElementWrapper(localName = "listeLocalisationSouhaite")
          @JacksonXmlProperty(localName = "localisationSouhaite")
          List<LocalisationSouhaite> localisations,
      Code categorieLogementRecherche) {} // ASSUMED

  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LocalisationSouhaite(Code commune) {}

  /** ASSUMED, the whole block. */
  @JsonPropertyOrder({
    "nombrePersonneHandicap", "etatHandicap", "naturesMoteur", "naturesSensoriel", "capaciteMarcheHandicap",
    "aidesTechniques", "equipements", "precisionHandicap"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Handicap(
      String nombrePersonneHandicap,
      Code etatHandicap,
      @JacksonXmlElementWrapper(localName = "listeNatureHandicapMoteur") @JacksonXmlProperty(localName = "natureHandicapMoteur")
          List<Code> naturesMoteur,
      @JacksonXmlElementWrapper(localName = "listeNatureHandicapSensoriel")
          @JacksonXmlProperty(localName = "natureHandicapSensoriel")
          List<Code> naturesSensoriel,
      Code capaciteMarcheHandicap,
      @JacksonXmlElementWrapper(localName = "listeAideTechniqueHandicap") @JacksonXmlProperty(localName = "aideTechniqueHandicap")
          List<Code> aidesTechniques,
      @JacksonXmlElementWrapper(localName = "listeEquipementHandicap") @JacksonXmlProperty(localName = "equipementHandicap")
          List<Code> equipements,
      String precisionHandicap) {}

  /** ASSUMED, the whole block. */
  @JsonPropertyOrder({"statutDalo", "typologieLogementDalo", "dateDecisionDalo"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Dalo(Code statutDalo, Code typologieLogementDalo, String dateDecisionDalo) {}

  /** ASSUMED, the whole block. */
  @JsonPropertyOrder({"motifRadiation", "sousMotifRadiation", "dateRadiation", "donneesAttribution"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record Radiation(Code motifRadiation, Code sousMotifRadiation, String dateRadiation, DonneesAttribution donneesAttribution) {}

  /** ASSUMED, the whole block. */
  @JsonPropertyOrder({"identifiantRpls", "accordCollectif", "attributionDalo", "typeReservataire"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record DonneesAttribution(String identifiantRpls, Code accordCollectif, Code attributionDalo, Code typeReservataire) {}

  // ---------------------------------------------------------------------------------------------
  // Answers of the web services (the attachment of ws:<service>Reponse/fichierReponse). The list
  // shapes (listeDoublons, listeDalo, listeRadiation) are ASSUMED.

  @JacksonXmlRootElement(localName = "interfaceNuu")
  public record Reponse(Entete entete, DemandeReponse demande) {}

  public record DemandeReponse(
      DemandeLogementReponse demandeLogement,
      @JacksonXmlElementWrapper(localName = "listeDoublons") @JacksonXmlProperty(localName = "doublon") // ASSUMED
          List<Doublon> doublons,
      @JacksonXmlElementWrapper(localName = "listeDalo") @JacksonXmlProperty(localName = "dalo") // ASSUMED
          List<DaloNumerote> dalos,
      @JacksonXmlElementWrapper(localName = "listeRadiation") @JacksonXmlProperty(localName = "radiation") // ASSUMED
          List<RadiationNumerotee> radiations) {}

  public record DemandeLogementReponse(String numUnique) {}

  public record Doublon(
      String numUnique, String numGuichet, String dateCreationDemande, String nom, String prenom, String dateNaissance) {}

  public record DaloNumerote(String numUnique, Code statutDalo, Code typologieLogementDalo, String dateDecisionDalo) {}

  public record RadiationNumerotee(
      String numUnique, Code motifRadiation, Code sousMotifRadiation, String dateRadiation, DonneesAttribution donneesAttribution) {}
}
