package org.sne4j.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.LinkedHashSet;
import java.util.Set;
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
import org.sne4j.eligibilite.AdequationTaille;
import org.sne4j.eligibilite.ControlePlafonds;
import org.sne4j.eligibilite.ResteAVivre;
import org.sne4j.eligibilite.TauxEffort;
import org.sne4j.spi.StreamAppend;
import org.sne4j.territoire.TerritoireEnregistrement;
import org.sne4j.acteur.Acteur;
import org.sne4j.demande.OrigineModification;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Decision;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.ContexteDecision;
import org.sne4j.demande.DecisionsDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.evenement.Chronologie;
import org.sne4j.information.Attestation;
import org.sne4j.information.AvisRenouvellement;
import org.sne4j.information.InformationsLocales;
import org.sne4j.information.VueDemandeur;
import org.sne4j.memoire.IdentifiantsAleatoires;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryRegistreNational;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.EventMetadata;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.GenerateurIdentifiants;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;

/**
 * The entry point of the library: every use case on demands, as commands and queries that name
 * the acting actor and take the day from the injected {@link Clock}.
 *
 * <p>A command reads the demand's history, folds it, decides (pure, {@link
 * DecisionsDemande#decider}) and appends the new events expecting the version it read: two writers
 * on one demand never lose an event — the second gets a {@link ConflictException} (retryable:
 * run the command again, or use {@link #executerAvecReprise}). A refused command throws {@link
 * RefusException} and writes nothing.
 *
 * <p>Thread-safe. Build it with {@link #builder()}; what is not wired explicitly is discovered
 * with {@link ServiceLoader} or else is the in-memory default ({@link #implementations()} says
 * which).
 */
public final class Sne {

  /** The category of the demands' streams in the event store. */
  public static final String CATEGORIE_DEMANDE = "demande";

  /** The category of the vacancies' streams in the event store. */
  public static final String CATEGORIE_VACANCE = "vacance";

  private final Clock horloge;
  private final EventStore store;
  private final IndexDemandes index;
  private final RegistreNational registre;
  private final GenerateurIdentifiants identifiants;
  private final DelaisReglementaires delais;
  private final PolitiqueDiffusion diffusion;
  private final ReglesLocalesAttribution reglesAttribution;
  private final ControlePlafonds plafonds;
  private final AdequationTaille adequation;
  private final TauxEffort tauxEffort;
  private final ResteAVivre resteAVivre;
  private final Map<String, String> implementations;
  private final ValidateurFormulaire validateur = new ValidateurFormulaire();

  private Sne(Builder b) {
    Map<String, String> origines = new LinkedHashMap<>();
    this.horloge = b.horloge;
    this.store = resoudre(EventStore.class, b.store, InMemoryEventStore::new, origines);
    this.index = resoudre(IndexDemandes.class, b.index, InMemoryIndexDemandes::new, origines);
    this.registre = resoudre(RegistreNational.class, b.registre, InMemoryRegistreNational::new, origines);
    this.identifiants = resoudre(GenerateurIdentifiants.class, b.identifiants, IdentifiantsAleatoires::new, origines);
    this.delais = b.delais;
    this.diffusion = b.diffusion;
    this.reglesAttribution = b.reglesAttribution;
    this.plafonds = b.plafonds;
    this.adequation = b.adequation;
    this.tauxEffort = b.tauxEffort;
    this.resteAVivre = b.resteAVivre;
    this.implementations = Map.copyOf(origines);
  }

  /** A builder, with the system clock in Europe/Paris and the default timers and diffusion rule. */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // Commands

  /**
   * Registers a demand received today from its form (CCH L441-2-1, R441-2-2): validates the form
   * (every violation reported), allocates the number through the national registry, records the
   * registration.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is allocated or written)
   * @throws RefusException when a rule is not met (nothing is allocated or written)
   */
  public Demande enregistrer(Acteur auteur, CodeGuichet guichet, FormulaireDemande formulaire) {
    return enregistrer(auteur, guichet, aujourdhui(), formulaire);
  }

  /**
   * Registers a demand received on {@code dateDepot} (at most today) from its form.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is allocated or written)
   * @throws RefusException when a rule is not met (nothing is allocated or written)
   */
  public Demande enregistrer(Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, FormulaireDemande formulaire) {
    Objects.requireNonNull(dateDepot, "dateDepot");
    return enregistrerContenu(auteur, guichet, dateDepot, validateur.valide(formulaire, dateDepot));
  }

  /**
   * Records a modification of the demand from its updated form, at the applicant's request or from
   * third-party data he validated (arrêté du 23 mars 2015 §4).
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande modifier(Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire, OrigineModification origine) {
    return executer(new CommandeDemande.Modifier(numero, auteur, validateur.valide(formulaire, aujourdhui()), origine));
  }

  /**
   * Renews the demand with its updated form (R441-2-7). {@link FormulaireDemande#depuis} pre-fills
   * the form from the current content.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande renouveler(Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire) {
    return executer(new CommandeDemande.Renouveler(numero, auteur, validateur.valide(formulaire, aujourdhui())));
  }

  /**
   * Corrects the demand from the supporting documents the applicant supplied (R441-2-15 I).
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande rectifier(
      Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire, Set<PieceJustificative> pieces, Optional<String> commentaire) {
    return executer(new CommandeDemande.Rectifier(numero, auteur, validateur.valide(formulaire, aujourdhui()), pieces, commentaire));
  }

  /**
   * Registers a demand whose content is already a validated {@link ContenuDemande} (e.g. read
   * from another system): allocates its number through the national registry, then records the
   * registration (CCH L441-2-1, R441-2-4). Applications that take input from people use {@link
   * #enregistrer(Acteur, CodeGuichet, FormulaireDemande)}.
   *
   * @param dateDepot the date the demand was received (at most today)
   * @throws RefusException when a rule is not met (nothing is recorded)
   */
  public Demande enregistrerContenu(Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, ContenuDemande contenu) {
    Objects.requireNonNull(auteur, "auteur");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(dateDepot, "dateDepot");
    Objects.requireNonNull(contenu, "contenu");
    ContexteDecision ctx = contexte();
    // Checked before the number is allocated, so that a refused registration allocates none.
    Optional<org.sne4j.commun.Refus> refus = DecisionsDemande.refusEnregistrement(auteur, dateDepot, ctx);
    if (refus.isPresent()) {
      throw new RefusException(refus.get());
    }
    String correlation = identifiants.nouvelIdentifiant();
    NumeroUnique numero =
        registre.attribuerNumero(new DemandeAEnregistrer(contenu.territoire(), guichet, dateDepot, contenu, correlation));
    return appliquer(
        new CommandeDemande.Enregistrer(numero, auteur, guichet, dateDepot, contenu), Optional.empty(), 0, ctx, correlation);
  }

  /**
   * Runs a command on an existing demand.
   *
   * @return the demand's new state
   * @throws RefusException when a rule is not met (nothing is recorded)
   * @throws ConflictException when another writer changed the demand meanwhile (retryable)
   */
  public Demande executer(CommandeDemande commande) {
    Objects.requireNonNull(commande, "commande");
    checkArgument(
        !(commande instanceof CommandeDemande.Enregistrer),
        "Register a demand with enregistrer(…): the number comes from the national registry");
    checkArgument(
        !(commande instanceof CommandeDemande.ActeDAttribution),
        "%s is a step of the attribution process: run it through its vacancy, executer(CommandeVacance),"
            + " so that the dwelling's rules (three candidates, one lease) hold",
        commande.getClass().getSimpleName());
    List<StoredEvent> historique = store.readStream(flux(commande.numero()));
    Optional<Demande> etat = rejouer(historique);
    return appliquer(commande, etat, historique.size(), contexte(), identifiants.nouvelIdentifiant());
  }

  /**
   * Runs a command, and on a {@link ConflictException} reads the demand again and decides again,
   * at most {@code tentatives} times in all.
   */
  public Demande executerAvecReprise(CommandeDemande commande, int tentatives) {
    checkArgument(tentatives >= 1, "At least one attempt: %s", tentatives);
    ConflictException derniere = null;
    for (int i = 0; i < tentatives; i++) {
      try {
        return executer(commande);
      } catch (ConflictException e) {
        derniere = e;
      }
    }
    throw derniere;
  }

  /**
   * Sends the renewal notices due today (R441-2-7), as the registration system's gestionnaire:
   * records a notice on each demand whose notice is due (or overdue) and returns what to send.
   */
  public List<AvisRenouvellement> envoyerAvisDus() {
    List<AvisRenouvellement> avis = new ArrayList<>();
    for (FicheDemande f : index.avisDus(aujourdhui())) {
      Demande d = executerAvecReprise(new CommandeDemande.EnvoyerAvisRenouvellement(f.numero(), Acteur.gestionnaire()), 3);
      avis.add(AvisRenouvellement.de(d));
    }
    return avis;
  }

  /**
   * Radiates, as the registration system's gestionnaire, every demand not renewed in time
   * (R441-2-8 e) as of today; returns their numbers.
   */
  public List<NumeroUnique> radierDemandesNonRenouvelees() {
    List<NumeroUnique> radiees = new ArrayList<>();
    for (FicheDemande f : index.radiationsNonRenouvellementDues(aujourdhui())) {
      executerAvecReprise(
          CommandeDemande.Radier.pour(f.numero(), Acteur.gestionnaire(), org.sne4j.demande.MotifRadiation.NON_RENOUVELLEMENT),
          3);
      radiees.add(f.numero());
    }
    return radiees;
  }


  // ---------------------------------------------------------------------------------------------
  // Vacancies: from a vacant dwelling to a signed lease

  /**
   * Runs a command on a vacancy: decides it with the vacancy's state and its candidates' demands
   * ({@link DecisionsVacance#decider}) and appends the vacancy's events and every demand's events
   * in one atomic step, each stream at the version read.
   *
   * @return the vacancy's new state
   * @throws RefusException when a rule of the vacancy or of a demand is not met (nothing written)
   * @throws ConflictException when the vacancy or a demand changed meanwhile (retryable)
   */
  public Vacance executer(CommandeVacance commande) {
    Objects.requireNonNull(commande, "commande");
    StreamId fluxVacance = fluxVacance(commande.vacance());
    List<StoredEvent> historique = store.readStream(fluxVacance);
    Optional<Vacance> etat = Vacance.rejouer(historique.stream().map(e -> (EvenementVacance) e.event()).toList());
    Set<NumeroUnique> concernees = new LinkedHashSet<>();
    etat.ifPresent(v -> v.candidats().forEach(c -> concernees.add(c.numero())));
    candidatDeLaCommande(commande).ifPresent(concernees::add);
    Map<NumeroUnique, Demande> demandes = new LinkedHashMap<>();
    Map<NumeroUnique, Long> versions = new LinkedHashMap<>();
    for (NumeroUnique n : concernees) {
      List<StoredEvent> h = store.readStream(flux(n));
      rejouer(h).ifPresent(d -> demandes.put(n, d));
      versions.put(n, (long) h.size());
    }
    ContexteAttribution ctx = new ContexteAttribution(contexte(), reglesAttribution, plafonds);
    EffetsAttribution effets = DecisionsVacance.decider(commande, etat, demandes, ctx);
    if (effets instanceof EffetsAttribution.Refuses r) {
      throw new RefusException(r.refus());
    }
    EffetsAttribution.Acceptes a = (EffetsAttribution.Acceptes) effets;
    Vacance apres = etat.orElse(null);
    for (EvenementVacance e : a.vacance()) {
      apres = Vacance.evolve(apres, e);
    }
    String correlation = identifiants.nouvelIdentifiant();
    String partition = TerritoireEnregistrement.de(apres.logement().commune()).code();
    EventMetadata meta = new EventMetadata(horloge.instant(), correlation, partition);
    List<StreamAppend> ajouts = new ArrayList<>();
    ajouts.add(new StreamAppend(fluxVacance, historique.size(), List.copyOf(a.vacance()), meta));
    Map<NumeroUnique, Demande> nouveauxEtats = new LinkedHashMap<>();
    a.demandes().forEach((n, evenements) -> {
      Demande d = demandes.get(n);
      for (EvenementDemande e : evenements) {
        d = Demande.evolve(d, e);
      }
      nouveauxEtats.put(n, d);
      ajouts.add(new StreamAppend(flux(n), versions.getOrDefault(n, 0L), List.copyOf(evenements),
          new EventMetadata(horloge.instant(), correlation, d.territoire().code())));
    });
    store.appendAll(ajouts);
    nouveauxEtats.values().forEach(d -> index.indexer(FicheDemande.de(d, delais)));
    return apres;
  }

  private static Optional<NumeroUnique> candidatDeLaCommande(CommandeVacance c) {
    if (c instanceof CommandeVacance.Designer d) {
      return Optional.of(d.candidat());
    } else if (c instanceof CommandeVacance.RetirerCandidat r) {
      return Optional.of(r.candidat());
    } else if (c instanceof CommandeVacance.RepondreOffre r) {
      return Optional.of(r.candidat());
    } else if (c instanceof CommandeVacance.StatuerCondition s) {
      return Optional.of(s.candidat());
    } else if (c instanceof CommandeVacance.SignerBail s) {
      return Optional.of(s.candidat());
    }
    return Optional.empty();
  }

  /** The state of a vacancy, folded from its history. */
  public Optional<Vacance> vacance(Acteur lecteur, IdentifiantVacance id) {
    Objects.requireNonNull(lecteur, "lecteur");
    return Vacance.rejouer(store.readStream(fluxVacance(id)).stream().map(e -> (EvenementVacance) e.event()).toList());
  }

  /**
   * The CAL's file of a vacancy: each candidate with the eligibility checks and their figures
   * (resource ceiling, size adequacy, effort rate, reste à vivre), as of today.
   *
   * @throws RefusException when the vacancy is unknown
   */
  public DossierCommission dossierCommission(Acteur lecteur, IdentifiantVacance id) {
    Vacance v = vacance(lecteur, id).orElseThrow(() -> new RefusException(org.sne4j.commun.Refus.de(
        RegleAttribution.VACANCE_INCONNUE, "Aucune vacance n'est déclarée sous l'identifiant " + id + ".")));
    List<Demande> demandes = v.candidats().stream()
        .map(c -> demande(lecteur, c.numero()).orElseThrow())
        .toList();
    return DossierCommission.de(v, demandes, aujourdhui(), plafonds, adequation, tauxEffort, resteAVivre);
  }

  /**
   * The attribution records of the leases signed from {@code du} to {@code au} inclusive: a query
   * over the events (the vacancy's lease and the signer's demand as it stood then).
   */
  public List<EnregistrementAttribution> enregistrementsAttribution(Acteur lecteur, LocalDate du, LocalDate au) {
    Objects.requireNonNull(lecteur, "lecteur");
    List<EnregistrementAttribution> resultat = new ArrayList<>();
    long position = 0;
    List<StoredEvent> lot;
    do {
      lot = store.readAll(position, 1_000);
      for (StoredEvent s : lot) {
        position = s.position();
        if (s.event() instanceof EvenementVacance.BailSigne b && !b.date().isBefore(du) && !b.date().isAfter(au)) {
          Vacance v = vacance(lecteur, b.vacance()).orElseThrow();
          List<EvenementDemande> jusquAuBail = new ArrayList<>();
          for (StoredEvent e : store.readStream(flux(b.candidat()))) {
            jusquAuBail.add((EvenementDemande) e.event());
            if (e.event() instanceof EvenementDemande.BailSigne) {
              break;
            }
          }
          resultat.add(EnregistrementAttribution.de(v, Demande.rejouer(jusquAuBail).orElseThrow()));
        }
      }
    } while (!lot.isEmpty());
    return resultat;
  }

  private static StreamId fluxVacance(IdentifiantVacance id) {
    return new StreamId(CATEGORIE_VACANCE, id.valeur());
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /**
   * The state of a demand, folded from its history.
   *
   * @param lecteur who reads (access rules to nominative data come with their own issue; today
   *     every identified actor may read)
   */
  public Optional<Demande> demande(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    return rejouer(store.readStream(flux(numero)));
  }

  /** The demand's timeline: every event, described, with who recorded it and when. */
  public Chronologie chronologie(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    return Chronologie.de(numero, store.readStream(flux(numero)));
  }

  /**
   * What the applicant sees of his demand today (R441-2-17).
   *
   * @throws RefusException when no demand has this number
   */
  public VueDemandeur vueDemandeur(Acteur lecteur, NumeroUnique numero) {
    Objects.requireNonNull(lecteur, "lecteur");
    List<StoredEvent> historique = store.readStream(flux(numero));
    Demande d = rejouer(historique).orElseThrow(() -> inconnue(numero));
    return VueDemandeur.de(d, Chronologie.de(numero, historique), aujourdhui());
  }

  /**
   * The registration certificate of a demand (R441-2-4), as of its last registration or renewal.
   *
   * @throws RefusException when no demand has this number
   */
  public Attestation attestation(Acteur lecteur, NumeroUnique numero, InformationsLocales infos) {
    Objects.requireNonNull(lecteur, "lecteur");
    List<StoredEvent> historique = store.readStream(flux(numero));
    Demande d = rejouer(historique).orElseThrow(() -> inconnue(numero));
    Acteur service =
        historique.stream()
            .map(s -> (EvenementDemande) s.event())
            .filter(e -> e instanceof EvenementDemande.DemandeEnregistree || e instanceof EvenementDemande.DemandeRenouvelee)
            .map(EvenementDemande::auteur)
            .reduce((premier, second) -> second)
            .orElseThrow();
    return Attestation.de(d, service, infos, delais);
  }

  /** The demands whose renewal notice is due on {@code jour} (or overdue). */
  public List<FicheDemande> avisDus(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return index.avisDus(jour);
  }

  /** The demands that may be radiated for non-renewal on {@code jour}. */
  public List<FicheDemande> radiationsNonRenouvellementDues(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return index.radiationsNonRenouvellementDues(jour);
  }

  /** The radiated demands whose data must be erased on {@code jour} (end of retention). */
  public List<FicheDemande> conservationsEchues(Acteur lecteur, LocalDate jour) {
    Objects.requireNonNull(lecteur, "lecteur");
    return index.conservationsEchues(jour);
  }

  /** The demands matching {@code critere}. */
  public List<FicheDemande> rechercher(Acteur lecteur, CritereRecherche critere) {
    Objects.requireNonNull(lecteur, "lecteur");
    return index.rechercher(critere);
  }

  /** Rebuilds the index from the events (after a crash, or when the timers change). */
  public void reconstruireIndex() {
    index.vider();
    Map<StreamId, Demande> etats = new LinkedHashMap<>();
    long position = 0;
    List<StoredEvent> lot;
    do {
      lot = store.readAll(position, 1_000);
      for (StoredEvent s : lot) {
        position = s.position();
        if (s.stream().category().equals(CATEGORIE_DEMANDE)) {
          etats.put(s.stream(), Demande.evolve(etats.get(s.stream()), (EvenementDemande) s.event()));
        }
      }
    } while (!lot.isEmpty());
    etats.values().forEach(d -> index.indexer(FicheDemande.de(d, delais)));
  }

  /**
   * Which implementation serves each port and where it came from (explicit wiring, {@link
   * ServiceLoader}, or the in-memory default).
   */
  public Map<String, String> implementations() {
    return implementations;
  }

  /** Today, from the injected clock. */
  public LocalDate aujourdhui() {
    return LocalDate.ofInstant(horloge.instant(), horloge.getZone());
  }

  /** The timers in use. */
  public DelaisReglementaires delais() {
    return delais;
  }

  // ---------------------------------------------------------------------------------------------

  private Demande appliquer(
      CommandeDemande commande, Optional<Demande> etat, long version, ContexteDecision ctx, String correlation) {
    Decision<EvenementDemande> decision = DecisionsDemande.decider(commande, etat, ctx);
    if (decision instanceof Decision.Refusee<EvenementDemande> r) {
      throw new RefusException(r.refus());
    }
    List<EvenementDemande> evenements = ((Decision.Acceptee<EvenementDemande>) decision).evenements();
    Demande apres = etat.orElse(null);
    for (EvenementDemande e : evenements) {
      apres = Demande.evolve(apres, e);
    }
    store.append(
        flux(commande.numero()),
        version,
        evenements,
        new EventMetadata(horloge.instant(), correlation, apres.territoire().code()));
    index.indexer(FicheDemande.de(apres, delais));
    return apres;
  }

  private static Optional<Demande> rejouer(List<StoredEvent> historique) {
    return Demande.rejouer(historique.stream().map(s -> (EvenementDemande) s.event()).toList());
  }

  private ContexteDecision contexte() {
    return new ContexteDecision(aujourdhui(), delais, diffusion);
  }

  private static StreamId flux(NumeroUnique numero) {
    return new StreamId(CATEGORIE_DEMANDE, numero.valeur());
  }

  private static RefusException inconnue(NumeroUnique numero) {
    return new RefusException(
        org.sne4j.commun.Refus.de(
            org.sne4j.demande.RegleDemande.DEMANDE_INCONNUE,
            "Aucune demande n'est enregistrée sous le numéro " + numero + ".",
            Map.of("numero", numero.valeur())));
  }

  private static <T> T resoudre(Class<T> port, T explicite, Supplier<T> defaut, Map<String, String> origines) {
    if (explicite != null) {
      origines.put(port.getSimpleName(), explicite.getClass().getName() + " (fourni explicitement)");
      return explicite;
    }
    List<T> trouves = ServiceLoader.load(port).stream().map(ServiceLoader.Provider::get).toList();
    if (trouves.size() > 1) {
      throw new IllegalStateException(
          "Several implementations of " + port.getName() + " found with ServiceLoader: "
              + trouves.stream().map(t -> t.getClass().getName()).collect(Collectors.joining(", "))
              + "; wire one explicitly with Sne.builder()");
    }
    if (trouves.size() == 1) {
      origines.put(port.getSimpleName(), trouves.get(0).getClass().getName() + " (ServiceLoader)");
      return trouves.get(0);
    }
    T d = defaut.get();
    origines.put(port.getSimpleName(), d.getClass().getName() + " (défaut embarqué en mémoire : aucun fournisseur trouvé)");
    return d;
  }

  /** Wires the façade. */
  public static final class Builder {
    private Clock horloge = Clock.system(ZoneId.of("Europe/Paris"));
    private EventStore store;
    private IndexDemandes index;
    private RegistreNational registre;
    private GenerateurIdentifiants identifiants;
    private DelaisReglementaires delais = DelaisReglementaires.parDefaut();
    private PolitiqueDiffusion diffusion = PolitiqueDiffusion.parDefaut();
    private ReglesLocalesAttribution reglesAttribution = ReglesLocalesAttribution.parDefaut();
    private ControlePlafonds plafonds = ControlePlafonds.parDefaut();
    private AdequationTaille adequation = AdequationTaille.parDefaut();
    private TauxEffort tauxEffort = TauxEffort.parDefaut();
    private ResteAVivre resteAVivre = ResteAVivre.parDefaut();

    private Builder() {}

    /** The local rules of the attribution process (time to answer an offer, consequences of a refusal…). */
    public Builder reglesAttribution(ReglesLocalesAttribution regles) {
      this.reglesAttribution = Objects.requireNonNull(regles, "regles");
      return this;
    }

    /** The resource ceilings and zones (to load newer years than those bundled). */
    public Builder plafonds(ControlePlafonds plafonds) {
      this.plafonds = Objects.requireNonNull(plafonds, "plafonds");
      return this;
    }

    /** The local rule of household size against dwelling size. */
    public Builder adequation(AdequationTaille adequation) {
      this.adequation = Objects.requireNonNull(adequation, "adequation");
      return this;
    }

    /** The local effort-rate rule. */
    public Builder tauxEffort(TauxEffort tauxEffort) {
      this.tauxEffort = Objects.requireNonNull(tauxEffort, "tauxEffort");
      return this;
    }

    /** The local reste-à-vivre rule. */
    public Builder resteAVivre(ResteAVivre resteAVivre) {
      this.resteAVivre = Objects.requireNonNull(resteAVivre, "resteAVivre");
      return this;
    }

    /** The clock every command and query takes its day from (its zone gives the local date). */
    public Builder horloge(Clock horloge) {
      this.horloge = Objects.requireNonNull(horloge, "horloge");
      return this;
    }

    public Builder eventStore(EventStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    public Builder index(IndexDemandes index) {
      this.index = Objects.requireNonNull(index, "index");
      return this;
    }

    public Builder registreNational(RegistreNational registre) {
      this.registre = Objects.requireNonNull(registre, "registre");
      return this;
    }

    public Builder identifiants(GenerateurIdentifiants identifiants) {
      this.identifiants = Objects.requireNonNull(identifiants, "identifiants");
      return this;
    }

    public Builder delais(DelaisReglementaires delais) {
      this.delais = Objects.requireNonNull(delais, "delais");
      return this;
    }

    public Builder diffusion(PolitiqueDiffusion diffusion) {
      this.diffusion = Objects.requireNonNull(diffusion, "diffusion");
      return this;
    }

    public Sne build() {
      return new Sne(this);
    }
  }
}
