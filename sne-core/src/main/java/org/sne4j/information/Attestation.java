package org.sne4j.information;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.TypeLogement;
import org.sne4j.menage.Titulaire;
import org.sne4j.piece.ExigencePiece;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.territoire.CodeInsee;

/**
 * The registration certificate (attestation d'enregistrement) sent to the applicant within one
 * month of filing and after each renewal, with every item of CCH R441-2-4 and its annexes.
 *
 * @param demandeur a) name and first name of the applicant
 * @param adresseDemandeur a) his address
 * @param serviceEnregistreur b) name of the service that registered the demand
 * @param adresseService b) its address, when known
 * @param numero c) the numéro unique
 * @param dateReception d) the date the demand was received
 * @param dateDernierRenouvellement d) the date of its last renewal, if any
 * @param bailleursParCommune e) the bailleurs with social housing in each commune sought
 * @param casSaisineComed f) the cases in which the COMED may be seized
 * @param saisineComedPossibleLe g) the date from which the COMED may be seized (filing + délai
 *     anormalement long), when the territory's délai is known
 * @param adresseComed g) the COMED's address, when known
 * @param validiteEtRenouvellement h) validity, update and renewal rules, radiation conditions
 * @param suivi i) how to get information on the demand's progress
 * @param resume annex: summary of the demand
 * @param etapesAVenir annex: the next steps
 * @param piecesInstruction annex: the documents to produce at instruction
 * @param piecesComplementaires annex: the documents the instructing service may ask for
 */
public record Attestation(
    String demandeur,
    String adresseDemandeur,
    String serviceEnregistreur,
    Optional<String> adresseService,
    NumeroUnique numero,
    LocalDate dateReception,
    Optional<LocalDate> dateDernierRenouvellement,
    Map<CodeInsee, List<String>> bailleursParCommune,
    String casSaisineComed,
    Optional<LocalDate> saisineComedPossibleLe,
    Optional<String> adresseComed,
    String validiteEtRenouvellement,
    String suivi,
    String resume,
    String etapesAVenir,
    List<PieceJustificative> piecesInstruction,
    List<PieceJustificative> piecesComplementaires) {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * The cases of CCH L441-2-3 in which the COMED may be seized (docs/reglementation.md §5.2, secondary source
   * for the list of direct referrals).
   */
  public static final String CAS_SAISINE_COMED =
      "Vous pouvez saisir la commission de médiation si vous n'avez reçu aucune proposition adaptée"
          + " à votre demande dans le délai anormalement long fixé par le préfet. Vous pouvez la saisir"
          + " sans condition de délai si vous êtes dépourvu de logement, menacé d'expulsion sans"
          + " relogement, hébergé ou logé temporairement dans un établissement ou un logement de"
          + " transition, logé dans des locaux impropres à l'habitation, insalubres ou dangereux, ou"
          + " logé dans des locaux manifestement suroccupés ou non décents avec au moins un enfant"
          + " mineur ou une personne handicapée.";

  /**
   * Who registers a demand filed or renewed online: the national system (R441-2-4: « si la
   * demande a été faite par voie électronique, le système national d'enregistrement »).
   */
  public static final String SERVICE_EN_LIGNE = "Système national d'enregistrement (demande en ligne)";

  private static final String ADRESSE_EN_LIGNE = "https://www.demande-logement-social.gouv.fr";

  public Attestation {
    bailleursParCommune = ImmutableMap.copyOf(bailleursParCommune);
    piecesInstruction = ImmutableList.copyOf(piecesInstruction);
    piecesComplementaires = ImmutableList.copyOf(piecesComplementaires);
  }

  /**
   * The service that issues the certificate of a demand with this history: the author of its last
   * registration or renewal (R441-2-4: the certificate follows each of them).
   *
   * @throws IllegalArgumentException when the history has no registration
   */
  public static Acteur serviceEnregistreur(List<EvenementDemande> historique) {
    Acteur service = null;
    for (EvenementDemande e : historique) {
      if (e instanceof EvenementDemande.DemandeEnregistree || e instanceof EvenementDemande.DemandeRenouvelee) {
        service = e.auteur();
      }
    }
    if (service == null) {
      throw new IllegalArgumentException("A demand's history starts with its registration");
    }
    return service;
  }

  /**
   * The certificate of {@code demande}.
   *
   * @param serviceEnregistreur the actor that registered (or last renewed) the demand; when it is
   *     the applicant himself (online), the certificate names the national system
   * @param infos what the territory's partners provide
   * @param delais the lifecycle's timers
   */
  public static Attestation de(
      Demande demande, Acteur serviceEnregistreur, InformationsLocales infos, DelaisReglementaires delais) {
    ContenuDemande c = demande.contenu();
    Titulaire d = c.menage().demandeur();
    Map<CodeInsee, List<String>> bailleurs = new LinkedHashMap<>();
    for (CodeInsee commune : c.logementRecherche().communes()) {
      bailleurs.put(commune, infos.bailleursParCommune().getOrDefault(commune, List.of()));
    }
    Optional<LocalDate> saisine =
        infos.delaiAnormalementLong(demande.territoire(), demande.dateDepot())
            .map(dal -> demande.dateDepot().plus(dal.delai()));
    return new Attestation(
        d.civilite().libelle() + " " + d.prenom() + " " + d.nomUsage().orElse(d.nom()),
        d.adresse().map(org.sne4j.menage.Adresse::surUneLigne).orElse("adresse non communiquée"),
        serviceEnregistreur.type() == TypeActeur.DEMANDEUR ? SERVICE_EN_LIGNE : serviceEnregistreur.nom(),
        serviceEnregistreur.type() == TypeActeur.DEMANDEUR
            ? Optional.of(ADRESSE_EN_LIGNE)
            : Optional.ofNullable(infos.adressesServices().get(demande.guichet())),
        demande.numero(),
        demande.dateDepot(),
        demande.dateDernierRenouvellement(),
        bailleurs,
        CAS_SAISINE_COMED,
        saisine,
        Optional.ofNullable(infos.adressesComed().get(demande.territoire())),
        validite(demande, delais),
        infos.modalitesSuivi(),
        resume(c),
        "Votre demande va être instruite : un service instructeur pourra vous demander des pièces"
            + " justificatives. Elle pourra être présentée à la commission d'attribution d'un bailleur"
            + " lorsqu'un logement correspondant à votre demande se libère ; la commission examine au"
            + " moins trois demandes pour un même logement, sauf exceptions prévues par la loi.",
        Arrays.stream(PieceJustificative.values()).filter(p -> p.exigence() != ExigencePiece.COMPLEMENTAIRE).toList(),
        Arrays.stream(PieceJustificative.values()).filter(p -> p.exigence() == ExigencePiece.COMPLEMENTAIRE).toList());
  }

  private static String validite(Demande demande, DelaisReglementaires delais) {
    return "Votre demande est valable un an à compter de son dépôt ou de son dernier renouvellement,"
        + " soit jusqu'au " + JOUR.format(demande.dateFinValidite()) + ". Un avis vous sera adressé au"
        + " moins un mois avant cette date. Si vous ne la renouvelez pas, elle sera radiée à partir du "
        + JOUR.format(demande.dateReference().plus(delais.radiationNonRenouvellement()))
        + " ; elle peut alors encore être réactivée auprès d'un guichet jusqu'au "
        + JOUR.format(demande.dateReference().plus(delais.reactivationNonRenouvellement()))
        + ", avec son numéro et son ancienneté. Vous devez signaler tout changement de situation ; vous"
        + " pouvez mettre votre demande à jour à tout moment. Votre demande ne peut être radiée que pour"
        + " l'un des motifs suivants : attribution d'un logement suivie de la signature d'un bail ;"
        + " renonciation écrite de votre part ; absence de réponse à un courrier envoyé à votre dernière"
        + " adresse, après un avertissement ; rejet pour irrecevabilité prononcé par la commission"
        + " d'attribution d'un bailleur, après un avertissement ; absence de renouvellement.";
  }

  private static String resume(ContenuDemande c) {
    int personnes = c.menage().personnesALoger();
    return "Ménage de " + personnes + (personnes > 1 ? " personnes" : " personne")
        + " ; logement recherché : "
        + c.logementRecherche().typologies().stream().map(TypeLogement::libelle).collect(Collectors.joining(", "))
        + " ; communes souhaitées : "
        + c.logementRecherche().communes().stream().map(CodeInsee::code).collect(Collectors.joining(", "))
        + (c.logementRecherche().demandeElargie() ? " (demande élargie)" : "") + ".";
  }
}
