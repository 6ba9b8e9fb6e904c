package org.sne4j.echanges;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.application.ConsultationDemandes;
import org.sne4j.demande.application.ServiceDemandes;
import org.sne4j.echanges.BilanSynchronisation.Element;
import org.sne4j.echanges.BilanSynchronisation.Issue;
import org.sne4j.echanges.BilanSynchronisation.Nature;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.RadiationNationale;

/**
 * Inbound synchronisation: pulls what the national registry recorded since the last run and
 * applies it to the local demands, through the demand service (so every rule holds and a conflict
 * is retried). How a national fact becomes a local one is the domain's rule:
 *
 * <ul>
 *   <li>an active DALO decision ({@code ACTIF}, {@code ACTREL}) → a DALO priority label recognised
 *       by the commission de médiation ({@link CommandeDemande.ReconnaitrePriorite}, CCH L441-2-3),
 *       unless the demand already has a DALO label of that date; a lapsed decision ({@code
 *       CADUC}) → the DALO label withdrawn ({@link CommandeDemande.RetirerPriorite});
 *   <li>a radiation another service pronounced in the national system (an attribution by another
 *       bailleur, a renunciation received at another desk…) → recorded on the local demand as it
 *       was pronounced ({@link CommandeDemande.ConstaterRadiationNationale}, by the system's
 *       gestionnaire, R441-2-5), and not sent back; a radiation this application made and
 *       transmitted comes back too: the local demand is already radiated and it is skipped.
 * </ul>
 *
 * <p>The caller keeps {@link BilanSynchronisation#prochainDepuis()} and passes it to the next run:
 * the registry's "since" is inclusive, so nothing recorded during a run is missed.
 */
public final class SynchronisationRegistreNational {

  /** The actor the DALO labels are recorded under. */
  public static final Acteur COMMISSION_DE_MEDIATION =
      Acteur.commission("COMED-SNE", "Commission de médiation (décision reçue du SNE)");

  private static final int TENTATIVES = 3;

  private final ServiceDemandes demandes;
  private final ConsultationDemandes consultation;
  private final EchangesRegistreNational registre;
  private final Clock horloge;

  public SynchronisationRegistreNational(
      ServiceDemandes demandes, ConsultationDemandes consultation, EchangesRegistreNational registre, Clock horloge) {
    this.demandes = Objects.requireNonNull(demandes, "demandes");
    this.consultation = Objects.requireNonNull(consultation, "consultation");
    this.registre = Objects.requireNonNull(registre, "registre");
    this.horloge = Objects.requireNonNull(horloge, "horloge");
  }

  /** Pulls and applies what the registry recorded since {@code depuis}. */
  public BilanSynchronisation synchroniser(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    Instant debut = horloge.instant();
    List<Element> elements = new ArrayList<>();
    for (DecisionDalo d : registre.nouveauxDaloDepuis(depuis)) {
      elements.add(appliquer(d));
    }
    for (RadiationNationale r : registre.radiationsDepuis(depuis)) {
      elements.add(appliquer(r));
    }
    boolean conflit = elements.stream().anyMatch(e -> e.issue() == Issue.CONFLIT);
    return new BilanSynchronisation(conflit ? depuis : debut, elements);
  }

  private Element appliquer(DecisionDalo d) {
    Optional<Demande> locale = consultation.demande(COMMISSION_DE_MEDIATION, d.numero());
    if (locale.isEmpty() || locale.get().estRadiee()) {
      return element(Nature.DECISION_DALO, d.numero(), Issue.DEMANDE_ABSENTE);
    }
    boolean active = d.statut() == StatutDalo.ACTIF || d.statut() == StatutDalo.ACTIF_RELOGE;
    if (active) {
      boolean dejaVue = locale.get().labels().stream()
          .anyMatch(l -> l.publicPrioritaire() == PublicPrioritaire.DALO && l.date().equals(d.dateDecision()));
      return dejaVue
          ? element(Nature.DECISION_DALO, d.numero(), Issue.DEJA_APPLIQUE)
          : executer(Nature.DECISION_DALO, new CommandeDemande.ReconnaitrePriorite(d.numero(), COMMISSION_DE_MEDIATION,
              PublicPrioritaire.DALO, SourcePriorite.DECISION_DALO, d.dateDecision(), Optional.of("SNE " + d.statut().code())),
              Issue.LABEL_RECONNU);
    }
    boolean labellisee = locale.get().labels().stream().anyMatch(l -> l.publicPrioritaire() == PublicPrioritaire.DALO);
    if (d.statut() == StatutDalo.CADUC && labellisee) {
      return executer(Nature.DECISION_DALO, new CommandeDemande.RetirerPriorite(d.numero(), COMMISSION_DE_MEDIATION,
          PublicPrioritaire.DALO, SourcePriorite.DECISION_DALO, "Décision DALO caduque (SNE)"), Issue.LABEL_RETIRE);
    }
    return element(Nature.DECISION_DALO, d.numero(), Issue.DEJA_APPLIQUE);
  }

  private Element appliquer(RadiationNationale r) {
    Optional<Demande> locale = consultation.demande(Acteur.gestionnaire(), r.numero());
    if (locale.isEmpty()) {
      return element(Nature.RADIATION, r.numero(), Issue.DEMANDE_ABSENTE);
    }
    if (locale.get().estRadiee()) {
      return element(Nature.RADIATION, r.numero(), Issue.DEJA_APPLIQUE);
    }
    return executer(Nature.RADIATION, new CommandeDemande.ConstaterRadiationNationale(r.numero(), Acteur.gestionnaire(),
        r.motif(), r.sousMotif(), r.date(), r.attribution()), Issue.RADIATION_APPLIQUEE);
  }

  private Element executer(Nature nature, CommandeDemande commande, Issue succes) {
    try {
      demandes.executerAvecReprise(commande, TENTATIVES);
      return element(nature, commande.numero(), succes);
    } catch (RefusException e) {
      return new Element(nature, commande.numero(), Issue.REFUSE, Optional.of(e.code()));
    } catch (ConflictException e) {
      return element(nature, commande.numero(), Issue.CONFLIT);
    }
  }

  private static Element element(Nature nature, NumeroUnique numero, Issue issue) {
    return new Element(nature, numero, issue, Optional.empty());
  }
}
