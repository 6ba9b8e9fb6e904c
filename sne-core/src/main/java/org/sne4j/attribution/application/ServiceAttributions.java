package org.sne4j.attribution.application;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.attribution.CommandeVacance;
import org.sne4j.attribution.ContexteAttribution;
import org.sne4j.attribution.DecisionsVacance;
import org.sne4j.attribution.DossierCommission;
import org.sne4j.attribution.EffetsAttribution;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.RegleAttribution;
import org.sne4j.attribution.ReglesLocalesAttribution;
import org.sne4j.attribution.Vacance;
import org.sne4j.commun.IdentifiantCommande;
import org.sne4j.commun.IdentifiantCommandeReutiliseException;
import org.sne4j.commun.Refus;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.ContexteDecision;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.eligibilite.AdequationTaille;
import org.sne4j.eligibilite.ControlePlafonds;
import org.sne4j.eligibilite.ResteAVivre;
import org.sne4j.eligibilite.TauxEffort;
import org.sne4j.internal.Abonne;
import org.sne4j.internal.Empreintes;
import org.sne4j.internal.Journal;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The attribution service: from a vacant dwelling to a signed lease (designation, CAL listing and
 * decisions, offers, answers, suspensive conditions, lease), the CAL's file of a vacancy, and the
 * attribution records. Obtained from {@code sne.attributions()}.
 *
 * <p>A command reads the vacancy and every demand it concerns, decides with the vacancy's rules
 * and each demand's own ({@link DecisionsVacance#decider}), and appends the vacancy's events and
 * every demand's events in one atomic step, each stream at the version read, together with the
 * demands' new summaries and, at a lease, its attribution record: a second writer gets a {@link
 * ConflictException} (retryable), a refusal writes nothing. Thread-safe.
 */
public final class ServiceAttributions {

  private final Journal journal;
  private final DelaisReglementaires delais;
  private final PolitiqueDiffusion diffusion;
  private final ReglesLocalesAttribution regles;
  private final ControlePlafonds plafonds;
  private final AdequationTaille adequation;
  private final TauxEffort tauxEffort;
  private final ResteAVivre resteAVivre;

  /** Built by {@code Sne}; applications call {@code sne.attributions()}. */
  public ServiceAttributions(
      Journal journal,
      DelaisReglementaires delais,
      PolitiqueDiffusion diffusion,
      ReglesLocalesAttribution regles,
      ControlePlafonds plafonds,
      AdequationTaille adequation,
      TauxEffort tauxEffort,
      ResteAVivre resteAVivre) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.delais = Objects.requireNonNull(delais, "delais");
    this.diffusion = Objects.requireNonNull(diffusion, "diffusion");
    this.regles = Objects.requireNonNull(regles, "regles");
    this.plafonds = Objects.requireNonNull(plafonds, "plafonds");
    this.adequation = Objects.requireNonNull(adequation, "adequation");
    this.tauxEffort = Objects.requireNonNull(tauxEffort, "tauxEffort");
    this.resteAVivre = Objects.requireNonNull(resteAVivre, "resteAVivre");
  }

  /**
   * Runs a command on a vacancy.
   *
   * @return the vacancy's new state
   * @throws RefusException when a rule of the vacancy or of a demand is not met (nothing written)
   * @throws ConflictException when the vacancy or a demand changed meanwhile (retryable)
   */
  public Vacance executer(CommandeVacance commande) {
    return executer(new IdentifiantCommande(journal.nouvelIdentifiant()), commande);
  }

  /**
   * Runs a command on a vacancy under the caller's command identifier: sent again with the same
   * command, it gives back the vacancy as the first run left it and records nothing more.
   *
   * @throws RefusException when a rule of the vacancy or of a demand is not met (nothing written)
   * @throws ConflictException when the vacancy or a demand changed meanwhile (retryable)
   * @throws IdentifiantCommandeReutiliseException when {@code id} already served another command
   */
  public Vacance executer(IdentifiantCommande id, CommandeVacance commande) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(commande, "commande");
    Ecriture.Commande trace = new Ecriture.Commande(id.valeur(), Empreintes.de("vacance", commande));
    Optional<Vacance> deja = premierResultat(trace);
    if (deja.isPresent()) {
      return deja.get();
    }
    Journal.Lecture<Vacance> lue = journal.vacance(commande.vacance());
    Set<NumeroUnique> concernees = new LinkedHashSet<>();
    lue.etat().ifPresent(v -> v.candidats().forEach(c -> concernees.add(c.numero())));
    if (commande instanceof CommandeVacance.SurUnCandidat c) {
      concernees.add(c.candidat());
    }
    Map<NumeroUnique, Demande> demandes = new LinkedHashMap<>();
    Map<NumeroUnique, Long> versions = new LinkedHashMap<>();
    for (NumeroUnique n : concernees) {
      Journal.Lecture<Demande> lu = journal.demande(n);
      lu.etat().ifPresent(d -> demandes.put(n, d));
      versions.put(n, lu.version());
    }
    ContexteAttribution ctx =
        new ContexteAttribution(new ContexteDecision(journal.aujourdhui(), delais, diffusion), regles, plafonds);
    EffetsAttribution effets = DecisionsVacance.decider(commande, lue.etat(), demandes, ctx);
    if (effets instanceof EffetsAttribution.Refuses r) {
      throw new RefusException(r.refus());
    }
    EffetsAttribution.Acceptes a = (EffetsAttribution.Acceptes) effets;
    Vacance apres = lue.etat().orElse(null);
    for (EvenementVacance e : a.vacance()) {
      apres = Vacance.evolve(apres, e);
    }
    String correlation = trace.identifiant();
    List<StreamAppend> ajouts = new ArrayList<>();
    ajouts.add(StreamAppend.of(StreamId.vacance(commande.vacance()), lue.version(), a.vacance(),
        journal.metadata(correlation, TerritoireEnregistrement.de(apres.logement().commune()).code())));
    List<FicheDemande> fiches = new ArrayList<>();
    List<Demande> etats = new ArrayList<>();
    List<EnregistrementAttribution> baux = new ArrayList<>();
    for (Map.Entry<NumeroUnique, List<EvenementDemande>> e : a.demandes().entrySet()) {
      Demande d = demandes.get(e.getKey());
      for (EvenementDemande evenement : e.getValue()) {
        d = Demande.evolve(d, evenement);
        if (evenement instanceof EvenementDemande.BailSigne) {
          // The record keeps the household as it stood at the lease.
          baux.add(EnregistrementAttribution.de(apres, d));
        }
      }
      fiches.add(FicheDemande.de(d, delais));
      etats.add(d);
      ajouts.add(StreamAppend.of(StreamId.demande(e.getKey()), versions.getOrDefault(e.getKey(), 0L), e.getValue(),
          journal.metadata(correlation, d.territoire().code())));
    }
    try {
      journal.ecrire(ajouts, new MiseAJourProjections(fiches, baux), Optional.of(trace),
          new Abonne.Changements(etats, List.of(apres), baux));
    } catch (ConflictException e) {
      // The same command may have been recorded meanwhile (a concurrent retry): its result, then.
      return premierResultat(trace).orElseThrow(() -> e);
    }
    return apres;
  }

  /** The vacancy as the command recorded under the same identifier left it; refused if it was another. */
  private Optional<Vacance> premierResultat(Ecriture.Commande trace) {
    return journal.commande(trace.identifiant()).map(c -> {
      if (!c.empreinte().equals(trace.empreinte())) {
        throw new IdentifiantCommandeReutiliseException(new IdentifiantCommande(trace.identifiant()));
      }
      CommandeEnregistree.Version v = c.flux().get(0);
      return journal.vacance(new IdentifiantVacance(v.stream().id()), v.version()).orElseThrow();
    });
  }

  /**
   * Runs a command, and on a {@link ConflictException} reads again and decides again, at most
   * {@code tentatives} times in all.
   */
  public Vacance executerAvecReprise(CommandeVacance commande, int tentatives) {
    checkArgument(tentatives >= 1, "At least one attempt: %s", tentatives);
    IdentifiantCommande id = new IdentifiantCommande(journal.nouvelIdentifiant());
    ConflictException derniere = null;
    for (int i = 0; i < tentatives; i++) {
      try {
        return executer(id, commande);
      } catch (ConflictException e) {
        derniere = e;
      }
    }
    throw derniere;
  }

  /** The state of a vacancy, folded from its history. */
  public Optional<Vacance> vacance(Acteur lecteur, IdentifiantVacance id) {
    Objects.requireNonNull(lecteur, "lecteur");
    return journal.vacance(id).etat();
  }

  /**
   * The CAL's file of a vacancy: each candidate with the eligibility checks and their figures
   * (resource ceiling, size adequacy, effort rate, reste à vivre), as of today.
   *
   * @throws RefusException when the vacancy is unknown
   */
  public DossierCommission dossierCommission(Acteur lecteur, IdentifiantVacance id) {
    Vacance v = vacance(lecteur, id).orElseThrow(() -> new RefusException(Refus.de(
        RegleAttribution.VACANCE_INCONNUE, "Aucune vacance n'est déclarée sous l'identifiant " + id + ".")));
    List<Demande> candidats = v.candidats().stream()
        .map(c -> journal.demande(c.numero()).etat().orElseThrow())
        .toList();
    return DossierCommission.de(v, candidats, journal.aujourdhui(), plafonds, adequation, tauxEffort, resteAVivre);
  }

  /**
   * The attribution records of the leases signed from {@code du} to {@code au} inclusive, from the
   * read model kept up to date at each lease (never a replay of the store).
   */
  public List<EnregistrementAttribution> enregistrementsAttribution(Acteur lecteur, LocalDate du, LocalDate au) {
    Objects.requireNonNull(lecteur, "lecteur");
    Objects.requireNonNull(du, "du");
    Objects.requireNonNull(au, "au");
    checkArgument(!au.isBefore(du), "The period ends before it starts: %s > %s", du, au);
    return journal.attributions().signesEntre(du, au);
  }
}
