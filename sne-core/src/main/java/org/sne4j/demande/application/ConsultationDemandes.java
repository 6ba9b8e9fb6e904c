package org.sne4j.demande.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.DecisionsDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.evenement.Chronologie;
import org.sne4j.information.Attestation;
import org.sne4j.information.InformationsLocales;
import org.sne4j.information.VueDemandeur;
import org.sne4j.internal.Journal;
import org.sne4j.spi.CritereRecherche;

/**
 * The read side of the demands: one demand (folded from its own stream), its timeline, what its
 * applicant sees, its certificate, and the searches and daily lists answered by the index of
 * summaries (a read model kept up to date with every append, never a replay of the store).
 * Obtained from {@code sne.consultation()}. Thread-safe.
 *
 * <p>Every query names its reader ({@code lecteur}); the access rules to nominative data (R441-2-6)
 * are not enforced yet: today every identified actor may read.
 */
public final class ConsultationDemandes {

  private final Journal journal;
  private final DelaisReglementaires delais;

  /** Built by {@code Sne}; applications call {@code sne.consultation()}. */
  public ConsultationDemandes(Journal journal, DelaisReglementaires delais) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.delais = Objects.requireNonNull(delais, "delais");
  }

  /** The state of a demand, folded from its history. */
  public Optional<Demande> demande(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.demande(numero).etat();
  }

  /** The demand's timeline: every event, described, with who recorded it and when. */
  public Chronologie chronologie(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    return Chronologie.de(numero, journal.demande(numero).historique());
  }

  /**
   * What the applicant sees of his demand today (R441-2-17).
   *
   * @throws RefusException when no demand has this number
   */
  public VueDemandeur vueDemandeur(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    Journal.Lecture<Demande> lu = journal.demande(numero);
    Demande d = lu.etat().orElseThrow(() -> new RefusException(DecisionsDemande.demandeInconnue(numero)));
    return VueDemandeur.de(d, Chronologie.de(numero, lu.historique()), journal.aujourdhui());
  }

  /**
   * The registration certificate of a demand (R441-2-4), as of its last registration or renewal.
   *
   * @throws RefusException when no demand has this number
   */
  public Attestation attestation(Acteur lecteur, NumeroUnique numero, InformationsLocales infos) {
    Objects.requireNonNull(lecteur, "lecteur");
    Journal.Lecture<Demande> lu = journal.demande(numero);
    Demande d = lu.etat().orElseThrow(() -> new RefusException(DecisionsDemande.demandeInconnue(numero)));
    return Attestation.de(d, Attestation.serviceEnregistreur(Journal.evenementsDemande(lu.historique())), infos, delais);
  }

  /** The summary of one demand, from the index. */
  public Optional<FicheDemande> fiche(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.index().fiche(numero);
  }

  /** The demands whose renewal notice is due on {@code jour} (or overdue). */
  public List<FicheDemande> avisDus(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.index().avisDus(jour);
  }

  /** The demands that may be radiated for non-renewal on {@code jour}. */
  public List<FicheDemande> radiationsNonRenouvellementDues(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.index().radiationsNonRenouvellementDues(jour);
  }

  /** The radiated demands whose data must be erased on {@code jour} (end of retention). */
  public List<FicheDemande> conservationsEchues(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.index().conservationsEchues(jour);
  }

  /** The demands matching {@code critere}. */
  public List<FicheDemande> rechercher(Acteur lecteur, CritereRecherche critere) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.index().rechercher(critere);
  }

  /** Today, from the application's clock. */
  public LocalDate aujourdhui() {
    return journal.aujourdhui();
  }
}
