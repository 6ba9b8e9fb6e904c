package org.sne4j.information;

import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.demande.CanalAvis;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.menage.Adresse;
import org.sne4j.menage.Titulaire;

/**
 * A renewal notice to send (CCH R441-2-7): to whom, by which channels, and its text, which states
 * the date the demand stops being valid and that failing to renew leads to radiation.
 *
 * @param numero the demand
 * @param destinataire the applicant's name
 * @param adressePostale his postal address, when the notice goes by post
 * @param email his e-mail, when it goes by e-mail
 * @param canaux the channels R441-2-7 requires for him
 * @param dateFinValidite the last day of validity
 * @param texte the text of the notice, in French
 */
public record AvisRenouvellement(
    NumeroUnique numero,
    String destinataire,
    Optional<String> adressePostale,
    Optional<String> email,
    Set<CanalAvis> canaux,
    LocalDate dateFinValidite,
    String texte) {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public AvisRenouvellement {
    Objects.requireNonNull(numero, "numero");
    canaux = ImmutableSet.copyOf(canaux);
  }

  /** The notice for {@code demande}. */
  public static AvisRenouvellement de(Demande demande) {
    Titulaire d = demande.contenu().menage().demandeur();
    Set<CanalAvis> canaux = demande.canauxAvis();
    return new AvisRenouvellement(
        demande.numero(),
        d.nomComplet(),
        canaux.contains(CanalAvis.COURRIER) ? d.adresse().map(Adresse::surUneLigne) : Optional.empty(),
        canaux.contains(CanalAvis.COURRIEL) ? d.contact().email() : Optional.empty(),
        canaux,
        demande.dateFinValidite(),
        "Votre demande de logement social n° " + demande.numero() + " cessera d'être valide après le "
            + JOUR.format(demande.dateFinValidite()) + " si vous ne la renouvelez pas. Sans"
            + " renouvellement dans ce délai, elle sera radiée. Vous pouvez la renouveler en ligne ou"
            + " auprès de tout guichet enregistreur, en mettant à jour votre situation.");
  }
}
