package org.sne4j.api;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.ServiceLoader;
import org.sne4j.attribution.ReglesLocalesAttribution;
import org.sne4j.attribution.application.ServiceAttributions;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.demande.application.ConsultationDemandes;
import org.sne4j.demande.application.ServiceDemandes;
import org.sne4j.echanges.RelaisRegistreNational;
import org.sne4j.echanges.ServiceEchanges;
import org.sne4j.echanges.SynchronisationRegistreNational;
import org.sne4j.eligibilite.AdequationTaille;
import org.sne4j.eligibilite.ControlePlafonds;
import org.sne4j.eligibilite.ResteAVivre;
import org.sne4j.eligibilite.TauxEffort;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.internal.Journal;
import org.sne4j.memoire.IdentifiantsAleatoires;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryOutbox;
import org.sne4j.memoire.InMemoryRegistreAttributions;
import org.sne4j.memoire.InMemoryRegistreNational;
import org.sne4j.projection.ServiceProjections;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.GenerateurIdentifiants;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.RegistreAttributions;
import org.sne4j.spi.RegistreNational;

/**
 * The entry point of the library: a thin composition of the application services, one accessor
 * per capability, each taking the day from the injected {@link Clock}:
 *
 * <ul>
 *   <li>{@link #demandes()}: registration, the commands of a demand's life, the daily runs;
 *   <li>{@link #consultation()}: one demand, its timeline, what the applicant sees, the
 *       certificate, the searches and daily lists;
 *   <li>{@link #attributions()}: from a vacant dwelling to a signed lease, the CAL's file, the
 *       attribution records;
 *   <li>{@link #echanges()}: the outbox relay to the national system and the inbound
 *       synchronisation;
 *   <li>{@link #projections()}: the rebuild of the read models.
 * </ul>
 *
 * <p>Thread-safe. Build it with {@link #builder()}: every port is wired explicitly, else found
 * with {@link ServiceLoader} (an implementation with a public no-argument constructor, declared in
 * {@code META-INF/services}), else the in-memory default; {@link #implementations()} says which.
 * The parameters (timers, local rules, ceilings) are given here once, and every service and read
 * model uses them.
 */
public final class Sne {

  private final ServiceDemandes demandes;
  private final ConsultationDemandes consultation;
  private final ServiceAttributions attributions;
  private final ServiceEchanges echanges;
  private final ServiceProjections projections;
  private final Map<String, String> implementations;
  private final String registreSansEchanges;

  private Sne(Builder b) {
    Cablage cablage = new Cablage(b.chargeur);
    EventStore store = cablage.resoudre(EventStore.class, b.store, InMemoryEventStore::new);
    IndexDemandes index = cablage.projection(IndexDemandes.class, store, b.index, InMemoryIndexDemandes::new);
    RegistreAttributions registreAttributions =
        cablage.projection(RegistreAttributions.class, store, b.attributions, InMemoryRegistreAttributions::new);
    RegistreNational registre =
        cablage.resoudre(RegistreNational.class, b.registre, () -> new InMemoryRegistreNational(b.horloge));
    GenerateurIdentifiants identifiants =
        cablage.resoudre(GenerateurIdentifiants.class, b.identifiants, IdentifiantsAleatoires::new);
    Journal journal = new Journal(store, index, registreAttributions, b.horloge, identifiants);
    this.demandes = new ServiceDemandes(journal, registre, b.delais, b.diffusion, new ValidateurFormulaire());
    this.consultation = new ConsultationDemandes(journal, b.delais);
    this.attributions = new ServiceAttributions(
        journal, b.delais, b.diffusion, b.reglesAttribution, b.plafonds, b.adequation, b.tauxEffort, b.resteAVivre);
    this.projections = new ServiceProjections(journal, b.delais);
    this.echanges = Cablage.echanges(registre).map(national -> {
      Outbox outbox = b.outbox != null
          ? cablage.noter(Outbox.class, b.outbox, "fourni explicitement")
          : cablage.noter(Outbox.class, InMemoryOutbox.registreNational(store), "défaut embarqué en mémoire, sur le store");
      return new ServiceEchanges(outbox, national,
          new RelaisRegistreNational(outbox, store, national, b.taillePageRelais),
          new SynchronisationRegistreNational(demandes, consultation, national, b.horloge));
    }).orElse(null);
    this.registreSansEchanges = registre.getClass().getName();
    this.implementations = cablage.origines();
    projections.reconstruireSiVides();
  }

  /** A builder, with the system clock in Europe/Paris and the documented default parameters. */
  public static Builder builder() {
    return new Builder();
  }

  /** Registration, the commands of a demand's life, and the registration system's daily runs. */
  public ServiceDemandes demandes() {
    return demandes;
  }

  /** The read side of the demands. */
  public ConsultationDemandes consultation() {
    return consultation;
  }

  /** The attribution process, from a vacant dwelling to a signed lease, and its records. */
  public ServiceAttributions attributions() {
    return attributions;
  }

  /**
   * The exchanges with the national system (relay and inbound synchronisation).
   *
   * @throws IllegalStateException when the registry wired only allocates numbers (it is not an
   *     {@link EchangesRegistreNational})
   */
  public ServiceEchanges echanges() {
    if (echanges == null) {
      throw new IllegalStateException(
          "The national registry wired (" + registreSansEchanges + ") only allocates numbers: wire an"
              + " EchangesRegistreNational (e.g. sne-nuu's SneConnector) to relay and synchronise");
    }
    return echanges;
  }

  /** The rebuild of the read models from the events. */
  public ServiceProjections projections() {
    return projections;
  }

  /**
   * Which implementation serves each port and where it came from (explicit wiring, the store
   * itself, {@link ServiceLoader}, or the in-memory default).
   */
  public Map<String, String> implementations() {
    return implementations;
  }

  /** Wires the library: its ports and its parameters, each given once. */
  public static final class Builder {
    private Clock horloge = Clock.system(ZoneId.of("Europe/Paris"));
    private EventStore store;
    private IndexDemandes index;
    private RegistreAttributions attributions;
    private RegistreNational registre;
    private GenerateurIdentifiants identifiants;
    private Outbox outbox;
    private int taillePageRelais = 100;
    private ClassLoader chargeur = Sne.class.getClassLoader();
    private DelaisReglementaires delais = DelaisReglementaires.parDefaut();
    private PolitiqueDiffusion diffusion = PolitiqueDiffusion.parDefaut();
    private ReglesLocalesAttribution reglesAttribution = ReglesLocalesAttribution.parDefaut();
    private ControlePlafonds plafonds = ControlePlafonds.parDefaut();
    private AdequationTaille adequation = AdequationTaille.parDefaut();
    private TauxEffort tauxEffort = TauxEffort.parDefaut();
    private ResteAVivre resteAVivre = ResteAVivre.parDefaut();

    private Builder() {}

    /** The clock every command and query takes its day from (its zone gives the local date). */
    public Builder horloge(Clock horloge) {
      this.horloge = Objects.requireNonNull(horloge, "horloge");
      return this;
    }

    /** The event store: the truth. */
    public Builder eventStore(EventStore store) {
      this.store = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * The index of demand summaries. Leave it unwired when the store keeps it in its transaction
     * (e.g. {@code sne-jdbc}'s): wiring another one is refused.
     */
    public Builder index(IndexDemandes index) {
      this.index = Objects.requireNonNull(index, "index");
      return this;
    }

    /** The attribution records. Leave it unwired when the store keeps them in its transaction. */
    public Builder attributions(RegistreAttributions attributions) {
      this.attributions = Objects.requireNonNull(attributions, "attributions");
      return this;
    }

    /** The national registry: numbers, and (if it implements {@link EchangesRegistreNational}) the exchanges. */
    public Builder registreNational(RegistreNational registre) {
      this.registre = Objects.requireNonNull(registre, "registre");
      return this;
    }

    /** The identifiers of commands (correlation, idempotency keys). */
    public Builder identifiants(GenerateurIdentifiants identifiants) {
      this.identifiants = Objects.requireNonNull(identifiants, "identifiants");
      return this;
    }

    /**
     * The outbox the relay reads (e.g. {@code sne-jdbc}'s, written in the append transaction);
     * default: an in-memory outbox over the store, with the default policy.
     */
    public Builder outbox(Outbox outbox) {
      this.outbox = Objects.requireNonNull(outbox, "outbox");
      return this;
    }

    /** How many outbox entries the relay reads at a time (default 100). */
    public Builder taillePageRelais(int taille) {
      if (taille < 1) {
        throw new IllegalArgumentException("A page holds at least one entry: " + taille);
      }
      this.taillePageRelais = taille;
      return this;
    }

    /** The class loader {@link ServiceLoader} looks for implementations in (default: the library's). */
    public Builder chargeurDeClasses(ClassLoader chargeur) {
      this.chargeur = Objects.requireNonNull(chargeur, "chargeur");
      return this;
    }

    /** The timers of a demand's life, used by every service and read model. */
    public Builder delais(DelaisReglementaires delais) {
      this.delais = Objects.requireNonNull(delais, "delais");
      return this;
    }

    /** Which events the applicant sees. */
    public Builder diffusion(PolitiqueDiffusion diffusion) {
      this.diffusion = Objects.requireNonNull(diffusion, "diffusion");
      return this;
    }

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

    /**
     * Builds the library, and rebuilds from the store the read models it does not keep that are
     * empty (an in-memory index beside a persistent store).
     *
     * @throws IllegalStateException when the wiring is inconsistent (a read model wired beside a
     *     store that keeps it, several implementations found by {@link ServiceLoader})
     */
    public Sne build() {
      return new Sne(this);
    }
  }
}
