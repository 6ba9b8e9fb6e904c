package org.sne4j.nuu;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.Acteur;
import org.sne4j.api.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.RadiationNationale;

/**
 * Inbound sync: pulls what the national registry recorded since the last run and applies it to
 * the local demands. DALO decisions become priority labels (an active decision → {@code
 * ReconnaitrePriorite} DALO by the commission de médiation; a lapsed one → {@code
 * RetirerPriorite}). Radiations another service pronounced in the national system (an
 * attribution by another bailleur, a withdrawal received at another desk…) are recorded on the
 * local demand as they were pronounced ({@code ConstaterRadiationNationale}, by the system's
 * gestionnaire), and are not sent back. Items on demands this application does not hold, or
 * already applied (a radiation this application made and transmitted comes back: the local demand
 * is already radiated), are skipped.
 *
 * <p>The caller keeps {@link Bilan#prochainDepuis()} and passes it to the next run: the registry's
 * "since" is inclusive, so nothing recorded during a run is missed.
 */
public final class RegistreNationalSync {

  /** The actor the labels are recorded under. */
  public static final Acteur COMMISSION_DE_MEDIATION =
      Acteur.commission("COMED-SNE", "Commission de médiation (décision reçue du SNE)");

  /**
   * What a run did.
   *
   * @param prochainDepuis the instant to pass to the next run (the start of this one)
   * @param labelsReconnus DALO labels recorded
   * @param labelsRetires DALO labels ended
   * @param ignorees decisions skipped (unknown demand, already applied, refused by a rule)
   * @param radiationsAppliquees radiations pronounced elsewhere now recorded on local demands
   * @param radiationsIgnorees radiations skipped (unknown demand, already radiated locally, refused
   *     by a rule: see {@link #refus})
   * @param refus the radiations a local rule refused, with the refusal's code, for follow-up
   */
  public record Bilan(
      Instant prochainDepuis, int labelsReconnus, int labelsRetires, int ignorees, int radiationsAppliquees,
      int radiationsIgnorees, List<String> refus) {

    public Bilan {
      Objects.requireNonNull(prochainDepuis, "prochainDepuis");
      refus = List.copyOf(refus);
    }
  }

  private final Sne sne;
  private final EchangesRegistreNational registre;
  private final Clock horloge;

  public RegistreNationalSync(Sne sne, EchangesRegistreNational registre, Clock horloge) {
    this.sne = Objects.requireNonNull(sne, "sne");
    this.registre = Objects.requireNonNull(registre, "registre");
    this.horloge = Objects.requireNonNull(horloge, "horloge");
  }

  /** Pulls and applies what the registry recorded since {@code depuis}. */
  public Bilan synchroniser(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    Instant debut = horloge.instant();
    int reconnus = 0;
    int retires = 0;
    int ignorees = 0;
    for (DecisionDalo d : registre.nouveauxDaloDepuis(depuis)) {
      Optional<Demande> locale = sne.demande(COMMISSION_DE_MEDIATION, d.numero());
      if (locale.isEmpty() || locale.get().estRadiee()) {
        ignorees++;
        continue;
      }
      boolean labellisee = locale.get().labels().stream().anyMatch(l -> l.publicPrioritaire() == PublicPrioritaire.DALO);
      try {
        if ((d.statut() == StatutDalo.ACTIF || d.statut() == StatutDalo.ACTIF_RELOGE)
            && locale.get().labels().stream().noneMatch(l -> l.publicPrioritaire() == PublicPrioritaire.DALO
                && l.date().equals(d.dateDecision()))) {
          sne.executer(new CommandeDemande.ReconnaitrePriorite(d.numero(), COMMISSION_DE_MEDIATION, PublicPrioritaire.DALO,
              SourcePriorite.DECISION_DALO, d.dateDecision(), Optional.of("SNE " + d.statut().code())));
          reconnus++;
        } else if (d.statut() == StatutDalo.CADUC && labellisee) {
          sne.executer(new CommandeDemande.RetirerPriorite(d.numero(), COMMISSION_DE_MEDIATION, PublicPrioritaire.DALO,
              SourcePriorite.DECISION_DALO, "Décision DALO caduque (SNE)"));
          retires++;
        } else {
          ignorees++;
        }
      } catch (RefusException e) {
        ignorees++;
      }
    }
    int appliquees = 0;
    int radiationsIgnorees = 0;
    List<String> refus = new ArrayList<>();
    for (RadiationNationale r : registre.radiationsDepuis(depuis)) {
      if (sne.demande(Acteur.gestionnaire(), r.numero()).filter(x -> !x.estRadiee()).isEmpty()) {
        radiationsIgnorees++;
        continue;
      }
      try {
        sne.executer(new CommandeDemande.ConstaterRadiationNationale(r.numero(), Acteur.gestionnaire(), r.motif(),
            r.sousMotif(), r.date(), r.attribution()));
        appliquees++;
      } catch (RefusException e) {
        radiationsIgnorees++;
        refus.add(r.numero() + " " + e.code());
      }
    }
    return new Bilan(debut, reconnus, retires, ignorees, appliquees, radiationsIgnorees, refus);
  }
}
