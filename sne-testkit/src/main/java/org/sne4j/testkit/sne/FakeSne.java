package org.sne4j.testkit.sne;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A faithful fake of the SNE's web services, served over real HTTP(S) on a local port with the
 * same SOAP 1.2 / MTOM contract as the real one (docs/reglementation.md §11; the response shapes and a few
 * element names are the library's assumptions, listed in {@code sne-nuu}'s README): it allocates
 * numbers, keeps demands, finds duplicates, records radiations and DALO decisions, returns
 * anomalies for invalid documents, and injects faults — latency, time-outs, connection drops
 * before or after processing, HTTP 5xx, SNE anomalies — at chosen rates with a seeded random, or
 * scripted one by one.
 *
 * <p>It is written with the JDK only ({@code com.sun.net.httpserver}, DOM), independently of
 * {@code sne-nuu}, so that it is an oracle for the connector rather than its mirror. Start it with
 * {@link #builder()}, read what it received with {@link #demandes()}, {@link #numerosAttribues()}
 * and {@link #journal()}; {@link #close()} stops it. Thread-safe.
 *
 * <p>Like the real SNE as far as is known, it is <em>not</em> idempotent: every {@code
 * getNumUnique} creation without a number allocates a new one. A repeat of the last file accepted
 * for a demand (same type, date and bytes) is acknowledged without a new effect.
 */
public final class FakeSne implements AutoCloseable {

  /** The path of the service. */
  public static final String CHEMIN = "/services/DemandeLogementImplService/";
  /** The SOAP actions' and parameters' namespace. */
  public static final String NS_WS = "http://ws.metier.nuu.application.i2/";
  /** The documents' namespace. */
  public static final String NS_NUU = "http://nuu.application.i2/";
  static final String NS_SOAP = "http://www.w3.org/2003/05/soap-envelope";
  static final String NS_XOP = "http://www.w3.org/2004/08/xop/include";
  /** The text by which the SNE reports a server failure as an anomaly. */
  public static final String ERREUR_INATTENDUE = "Une erreur inattendue est survenue lors du traitement de la demande.";

  /** One call received: its service, the fault injected if any, and what it answered. */
  public record Appel(String service, Optional<Panne> panne, int statutHttp, Optional<String> numero, List<String> anomalies) {}

  /** One effect recorded on a demand: the file type and its date. */
  public record Effet(String typeFichier, String dateFichier) {}

  /**
   * A demand as the fake holds it.
   *
   * @param numero its number
   * @param guichet its desk
   * @param dateCreation its creation date
   * @param nom the applicant's name
   * @param prenom the applicant's first name
   * @param dateNaissance the applicant's birth date
   * @param motifRadiation its radiation ground, when radiated
   * @param effets every effect recorded, in order (repeats excluded)
   * @param repetitions how many repeats of an already recorded file were acknowledged
   * @param document the last document accepted for it
   */
  public record DemandeSne(
      String numero, String guichet, LocalDate dateCreation, String nom, String prenom, LocalDate dateNaissance,
      Optional<String> motifRadiation, List<Effet> effets, int repetitions, byte[] document) {}

  private static final class Etat {
    String guichet;
    LocalDate dateCreation;
    String nom;
    String prenom;
    LocalDate dateNaissance;
    String motifRadiation;
    Element radiation;
    Element dalo;
    final List<Effet> effets = new ArrayList<>();
    int repetitions;
    byte[] document;
    String empreinteDernier;
  }

  private record Horodate(Instant recuLe, String numero, Element element) {}

  private final HttpServer serveur;
  private final ExecutorService executeur;
  private final Clock horloge;
  private final Duration latence;
  private final Duration retenue;
  private final CountDownLatch arret = new CountDownLatch(1);
  private final Random aleatoire;
  private double taux;
  private List<Panne> pannesAleatoires;
  private final Deque<Panne> pannesScriptees = new ArrayDeque<>();
  private final Map<String, Etat> demandes = new LinkedHashMap<>();
  private final List<String> numeros = new ArrayList<>();
  private final Map<String, Integer> sequences = new HashMap<>();
  private final List<Horodate> dalos = new ArrayList<>();
  private final List<Horodate> radiations = new ArrayList<>();
  private final List<Appel> journal = new ArrayList<>();

  private FakeSne(Builder b) throws IOException {
    this.horloge = b.horloge;
    this.latence = b.latence;
    this.retenue = b.retenue;
    this.aleatoire = new Random(b.graine);
    this.taux = b.taux;
    this.pannesAleatoires = List.copyOf(b.pannes);
    InetSocketAddress adresse = new InetSocketAddress("127.0.0.1", 0);
    if (b.tls != null) {
      HttpsServer s = HttpsServer.create(adresse, 50);
      SSLContext ctx = b.tls;
      s.setHttpsConfigurator(new HttpsConfigurator(ctx) {
        @Override
        public void configure(HttpsParameters params) {
          SSLParameters p = ctx.getDefaultSSLParameters();
          p.setNeedClientAuth(true);
          // TLS 1.2: a refused client certificate then fails the handshake itself, where the client
          // sees it (with TLS 1.3 the refusal comes after the client's handshake and looks like a
          // dropped connection).
          p.setProtocols(new String[] {"TLSv1.2"});
          params.setSSLParameters(p);
        }
      });
      this.serveur = s;
    } else {
      this.serveur = HttpServer.create(adresse, 50);
    }
    this.executeur = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "faux-sne");
      t.setDaemon(true);
      return t;
    });
    serveur.setExecutor(executeur);
    serveur.createContext(CHEMIN, this::traiter);
    serveur.start();
  }

  /** A builder: plain HTTP, no faults, seed 0, system clock. */
  public static Builder builder() {
    return new Builder();
  }

  /** Configures and starts a fake SNE. */
  public static final class Builder {
    private SSLContext tls;
    private Clock horloge = Clock.systemUTC();
    private Duration latence = Duration.ofMillis(50);
    private Duration retenue = Duration.ofSeconds(2);
    private long graine;
    private double taux;
    private Set<Panne> pannes = EnumSet.noneOf(Panne.class);

    private Builder() {}

    /**
     * Serves HTTPS with this context and requires a client certificate the context trusts (as the
     * SNE does); e.g. {@code CertificatsDeTest.partages().contexteServeur()}.
     */
    public Builder tls(SSLContext contexte) {
      this.tls = Objects.requireNonNull(contexte, "contexte");
      return this;
    }

    /** The clock that dates what it receives (for the "since" services). */
    public Builder horloge(Clock horloge) {
      this.horloge = Objects.requireNonNull(horloge, "horloge");
      return this;
    }

    /** How late a {@link Panne#LATENCE} answer comes (50 ms by default). */
    public Builder latence(Duration latence) {
      this.latence = Objects.requireNonNull(latence, "latence");
      return this;
    }

    /**
     * How long a {@link Panne#DELAI_DEPASSE} answer is held (2 s by default): set it above the
     * client's time-out.
     */
    public Builder retenue(Duration retenue) {
      this.retenue = Objects.requireNonNull(retenue, "retenue");
      return this;
    }

    /** The seed of the random that draws the faults. */
    public Builder graine(long graine) {
      this.graine = graine;
      return this;
    }

    /** Injects one of {@code pannes}, drawn uniformly, into a share {@code taux} (0…1) of the calls. */
    public Builder pannes(double taux, Set<Panne> pannes) {
      if (taux < 0 || taux > 1) {
        throw new IllegalArgumentException("A rate is between 0 and 1: " + taux);
      }
      this.taux = taux;
      this.pannes = EnumSet.copyOf(pannes);
      return this;
    }

    /** Starts the server on a free local port. */
    public FakeSne demarrer() {
      try {
        return new FakeSne(this);
      } catch (IOException e) {
        throw new IllegalStateException("Cannot start the fake SNE", e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inspection and control

  /** The address of the service ({@code http[s]://127.0.0.1:port/services/DemandeLogementImplService/}). */
  public URI adresse() {
    String schema = serveur instanceof HttpsServer ? "https" : "http";
    return URI.create(schema + "://127.0.0.1:" + serveur.getAddress().getPort() + CHEMIN);
  }

  /** Every demand it holds, in the order they were created. */
  public synchronized List<DemandeSne> demandes() {
    return demandes.entrySet().stream().map(e -> vue(e.getKey(), e.getValue())).toList();
  }

  /** The demand it holds under {@code numero}, if any. */
  public synchronized Optional<DemandeSne> demande(String numero) {
    Etat e = demandes.get(numero);
    return e == null ? Optional.empty() : Optional.of(vue(numero, e));
  }

  /** Every number it allocated, in order. */
  public synchronized List<String> numerosAttribues() {
    return List.copyOf(numeros);
  }

  /** Every call it received, in order. */
  public synchronized List<Appel> journal() {
    return List.copyOf(journal);
  }

  /** The next calls fail with these faults, in order, before any random fault. */
  public synchronized FakeSne prochainesPannes(Panne... pannes) {
    pannesScriptees.addAll(List.of(pannes));
    return this;
  }

  /** Changes the random faults from now on. */
  public synchronized FakeSne pannes(double taux, Set<Panne> pannes) {
    this.taux = taux;
    this.pannesAleatoires = List.copyOf(pannes);
    return this;
  }

  /** No fault from now on (scripted faults forgotten). */
  public synchronized FakeSne sansPannes() {
    this.taux = 0;
    pannesScriptees.clear();
    return this;
  }

  /**
   * A commission records a DALO decision on a demand (as another party would, in the national
   * system): {@code getNouveauxDaloDepuisLe} reports it.
   */
  public synchronized void enregistrerDalo(String numero, String statut, Optional<String> typologie, LocalDate dateDecision) {
    Etat e = demandes.get(numero);
    if (e == null) {
      throw new IllegalArgumentException("Unknown demand " + numero);
    }
    Document d = nouveauDocument();
    Element dalo = d.createElementNS(NS_NUU, "dalo");
    ajouterCode(dalo, "statutDalo", statut);
    typologie.ifPresent(t -> ajouterCode(dalo, "typologieLogementDalo", t));
    ajouterTexte(dalo, "dateDecisionDalo", dateDecision.toString());
    e.dalo = dalo;
    dalos.add(new Horodate(horloge.instant(), numero, dalo));
  }

  /**
   * Another desk radiates a demand in the national system: {@code getDemandesRadieesDepuisLe}
   * reports it.
   */
  public synchronized void radier(String numero, String motif, Optional<String> sousMotif, LocalDate date) {
    Etat e = demandes.get(numero);
    if (e == null) {
      throw new IllegalArgumentException("Unknown demand " + numero);
    }
    Document d = nouveauDocument();
    Element r = d.createElementNS(NS_NUU, "radiation");
    ajouterCode(r, "motifRadiation", motif);
    sousMotif.ifPresent(s -> ajouterCode(r, "sousMotifRadiation", s));
    ajouterTexte(r, "dateRadiation", date.toString());
    e.motifRadiation = motif;
    e.radiation = r;
    e.effets.add(new Effet("RAD", date.toString()));
    radiations.add(new Horodate(horloge.instant(), numero, r));
  }

  /** Stops the server, releasing held answers. */
  @Override
  public void close() {
    arret.countDown();
    serveur.stop(0);
    executeur.shutdownNow();
  }

  private static DemandeSne vue(String numero, Etat e) {
    return new DemandeSne(numero, e.guichet, e.dateCreation, e.nom, e.prenom, e.dateNaissance,
        Optional.ofNullable(e.motifRadiation), List.copyOf(e.effets), e.repetitions, e.document.clone());
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP

  private record Reponse(int statut, String typeContenu, byte[] corps, String numero, List<String> anomalies) {}

  private void traiter(HttpExchange echange) throws IOException {
    String service = "?";
    Optional<Panne> panne = Optional.empty();
    try (echange) {
      byte[] corps;
      try (InputStream in = echange.getRequestBody()) {
        corps = in.readAllBytes();
      }
      String typeContenu = echange.getRequestHeaders().getFirst("Content-Type");
      service = Mime.parametre(typeContenu, "action").map(a -> a.substring(a.lastIndexOf('/') + 1)).orElse("?");
      panne = tirerPanne();
      if (panne.isPresent() && !panne.get().traite()) {
        Panne p = panne.get();
        switch (p) {
          case LATENCE -> attendre(latence);
          case COUPURE_AVANT_TRAITEMENT -> {
            noter(service, panne, 0, null, List.of());
            return; // closes the exchange without an answer
          }
          case HTTP_503 -> {
            envoyer(echange, new Reponse(503, "text/plain; charset=UTF-8", "Service Unavailable".getBytes(StandardCharsets.UTF_8), null, List.of()));
            noter(service, panne, 503, null, List.of());
            return;
          }
          case HTTP_500 -> {
            envoyer(echange, new Reponse(500, "application/soap+xml; charset=UTF-8", fauteSoap("Erreur interne du serveur"), null, List.of()));
            noter(service, panne, 500, null, List.of());
            return;
          }
          case ERREUR_INATTENDUE -> {
            Reponse r = reponse(service, documentAnomalies(List.<String[]>of(new String[] {"ERREUR", ERREUR_INATTENDUE})), null,
                List.of("ERREUR"));
            envoyer(echange, r);
            noter(service, panne, 200, null, r.anomalies());
            return;
          }
          case ANOMALIE -> {
            Reponse r = reponse(service, documentAnomalies(List.<String[]>of(new String[] {"CTRL_PANNE_INJECTEE", "Anomalie injectée par le faux SNE"})),
                null, List.of("CTRL_PANNE_INJECTEE"));
            envoyer(echange, r);
            noter(service, panne, 200, null, r.anomalies());
            return;
          }
          default -> throw new IllegalStateException(p.toString());
        }
      }
      Reponse r;
      try {
        r = repondre(service, typeContenu, corps);
      } catch (RuntimeException e) {
        r = reponse(service, documentAnomalies(List.<String[]>of(new String[] {"CTRL_FORMAT", "Message illisible : " + e.getMessage()})),
            null, List.of("CTRL_FORMAT"));
      }
      if (panne.isPresent()) {
        switch (panne.get()) {
          case COUPURE_APRES_TRAITEMENT -> {
            noter(service, panne, 0, r.numero(), r.anomalies());
            return;
          }
          case DELAI_DEPASSE -> {
            attendre(retenue);
            noter(service, panne, 0, r.numero(), r.anomalies());
            return; // the client gave up long ago
          }
          default -> { }
        }
      }
      envoyer(echange, r);
      noter(service, panne, r.statut(), r.numero(), r.anomalies());
    } catch (IOException e) {
      noter(service, panne, -1, null, List.of());
    }
  }

  private synchronized Optional<Panne> tirerPanne() {
    if (!pannesScriptees.isEmpty()) {
      return Optional.of(pannesScriptees.poll());
    }
    if (taux > 0 && !pannesAleatoires.isEmpty() && aleatoire.nextDouble() < taux) {
      return Optional.of(pannesAleatoires.get(aleatoire.nextInt(pannesAleatoires.size())));
    }
    return Optional.empty();
  }

  private synchronized void noter(String service, Optional<Panne> panne, int statut, String numero, List<String> anomalies) {
    journal.add(new Appel(service, panne, statut, Optional.ofNullable(numero), List.copyOf(anomalies)));
  }

  private void attendre(Duration d) {
    try {
      arret.await(d.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void envoyer(HttpExchange echange, Reponse r) throws IOException {
    echange.getResponseHeaders().set("Content-Type", r.typeContenu());
    echange.sendResponseHeaders(r.statut(), r.corps().length);
    try (OutputStream out = echange.getResponseBody()) {
      out.write(r.corps());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Protocol

  private Reponse repondre(String service, String typeContenu, byte[] corps) {
    if (!Mime.type(typeContenu).equals("multipart/related")
        || !"application/xop+xml".equals(Mime.parametre(typeContenu, "type").orElse(""))) {
      throw new IllegalArgumentException("expected multipart/related; type=\"application/xop+xml\", got " + typeContenu);
    }
    String boundary = Mime.parametre(typeContenu, "boundary").orElseThrow(() -> new IllegalArgumentException("no boundary"));
    List<Mime.Partie> parties = Mime.parties(corps, boundary);
    Optional<String> start = Mime.parametre(typeContenu, "start").map(Mime::sansChevrons);
    Mime.Partie racine = start.flatMap(s -> parties.stream().filter(p -> p.contentId().filter(s::equals).isPresent()).findFirst())
        .orElse(parties.get(0));
    Document enveloppe = lireXml(racine.corps());
    Element env = enveloppe.getDocumentElement();
    if (!NS_SOAP.equals(env.getNamespaceURI()) || !"Envelope".equals(env.getLocalName())) {
      throw new IllegalArgumentException("not a SOAP 1.2 envelope: {" + env.getNamespaceURI() + "}" + env.getLocalName());
    }
    Element body = enfant(env, NS_SOAP, "Body").orElseThrow(() -> new IllegalArgumentException("no SOAP Body"));
    Element parametres = premierEnfant(body).orElseThrow(() -> new IllegalArgumentException("empty SOAP Body"));
    if (!NS_WS.equals(parametres.getNamespaceURI())) {
      throw new IllegalArgumentException("parameters not in " + NS_WS);
    }
    String attendu = switch (parametres.getLocalName()) {
      case "numUniqueParametres" -> "getNumUnique";
      case "demandeLogementParametres" -> "getDemandeLogement";
      case "rechercheDoublonsParametres" -> "getDoublons";
      case "nouveauxDaloDepuisLeParametres" -> "getNouveauxDaloDepuisLe";
      case "demandesRadieesDepuisLeParametres" -> "getDemandesRadieesDepuisLe";
      case "declarationNouveauDaloParametres" -> "getDeclarationNouveauDalo";
      default -> throw new IllegalArgumentException("unknown service parameters " + parametres.getLocalName());
    };
    if (!attendu.equals(service)) {
      throw new IllegalArgumentException("action " + service + " does not match " + parametres.getLocalName());
    }
    return switch (attendu) {
      case "getNumUnique" -> numUnique(service, parametres, parties);
      case "getDemandeLogement" -> demandeLogement(service, parametres, parties);
      case "getDoublons" -> doublons(service, parametres, parties);
      case "getNouveauxDaloDepuisLe" -> depuis(service, parametres, parties, "dateNouveauDaloDepuisLe", "listeDalo", true);
      case "getDemandesRadieesDepuisLe" -> depuis(service, parametres, parties, "dateRadiationDepuisLe", "listeRadiation", false);
      default -> declarationDalo(service, parametres, parties);
    };
  }

  private Optional<Reponse> certificatManquant(String service, Element parametres, List<Mime.Partie> parties) {
    Optional<byte[]> pem = piece(parametres, "certificat", parties);
    String nom = texte(parametres, "nomCertificat").orElse("");
    if (pem.isEmpty() || !new String(pem.get(), StandardCharsets.US_ASCII).contains("-----BEGIN CERTIFICATE-----")
        || !nom.matches("CER[A-Z0-9]{5}-\\d{12}\\.pem")) {
      return Optional.of(reponse(service, documentAnomalies(List.<String[]>of(new String[] {"CTRL_CERTIFICAT",
          "Le nom du certificat associé [" + nom + "] n'est pas conforme."})), null, List.of("CTRL_CERTIFICAT")));
    }
    return Optional.empty();
  }

  private Reponse numUnique(String service, Element parametres, List<Mime.Partie> parties) {
    Optional<Reponse> certificat = certificatManquant(service, parametres, parties);
    if (certificat.isPresent()) {
      return certificat.get();
    }
    byte[] fichier = piece(parametres, "fichierDemande", parties).orElse(null);
    String nomFichier = texte(parametres, "nomFichierDemande").orElse("");
    List<String[]> anomalies = new ArrayList<>();
    if (!nomFichier.matches("DEM[A-Z0-9]{5}-\\d{12}-\\d{6}\\.xml")) {
      anomalies.add(new String[] {"CTRL_NOM_FICHIER", "Le nom du fichier de demande [" + nomFichier + "] n'est pas conforme."});
    }
    if (fichier == null) {
      anomalies.add(new String[] {"CTRL_OBLIGATOIRE", "Le fichier de la demande est absent."});
      return anomalies(service, anomalies);
    }
    Document doc;
    try {
      doc = lireXml(fichier);
    } catch (RuntimeException e) {
      anomalies.add(new String[] {"CTRL_FORMAT", "Le fichier de la demande n'est pas un XML valide."});
      return anomalies(service, anomalies);
    }
    anomalies.addAll(controler(doc));
    if (!anomalies.isEmpty()) {
      return anomalies(service, anomalies);
    }
    return enregistrer(service, doc, fichier);
  }

  private synchronized Reponse enregistrer(String service, Document doc, byte[] fichier) {
    Element dl = chemin(doc.getDocumentElement(), "demande", "demandeLogement").orElseThrow();
    String type = texte(chemin(doc.getDocumentElement(), "entete").orElseThrow(), "typeFichier").orElseThrow();
    String dateFichier = texte(chemin(doc.getDocumentElement(), "entete").orElseThrow(), "dateFichier").orElseThrow();
    Optional<String> numero = texte(dl, "numUnique");
    String empreinte = type + "|" + dateFichier + "|" + empreinte(fichier);
    if (numero.isEmpty()) {
      if (!type.equals("CRE") && !type.equals("CRS")) {
        return anomalies(service, List.<String[]>of(new String[] {"CTRL_OBLIGATOIRE", "Le numéro unique est obligatoire pour un fichier " + type + "."}));
      }
      String n = allouer(texte(dl, "numGuichet").orElseThrow(), LocalDate.parse(texte(dl, "dateCreationDemande").orElseThrow()), doc);
      Etat e = new Etat();
      demandes.put(n, e);
      appliquer(e, doc, fichier, type, dateFichier, empreinte);
      return reponse(service, documentNumero(n), n, List.of());
    }
    String n = numero.get();
    Etat e = demandes.get(n);
    if (e != null && empreinte.equals(e.empreinteDernier)) {
      e.repetitions++;
      return reponse(service, documentNumero(n), n, List.of());
    }
    if (e == null) {
      if (!type.equals("CRE") && !type.equals("CRS")) {
        return anomalies(service, List.<String[]>of(new String[] {"CTRL_DEMANDE_INCONNUE", "Aucune demande n'est enregistrée sous le numéro " + n + "."}));
      }
      e = new Etat();
      demandes.put(n, e);
      appliquer(e, doc, fichier, type, dateFichier, empreinte);
      return reponse(service, documentNumero(n), n, List.of());
    }
    if (type.equals("CRE") || type.equals("CRS")) {
      e.repetitions++; // a creation of a demand it holds changes nothing
      return reponse(service, documentNumero(n), n, List.of());
    }
    if (e.motifRadiation != null && !type.equals("RAD")) {
      return anomalies(service, List.<String[]>of(new String[] {"CTRL_DEMANDE_RADIEE", "La demande " + n + " est radiée."}));
    }
    appliquer(e, doc, fichier, type, dateFichier, empreinte);
    return reponse(service, documentNumero(n), n, List.of());
  }

  private void appliquer(Etat e, Document doc, byte[] fichier, String type, String dateFichier, String empreinte) {
    Element dl = chemin(doc.getDocumentElement(), "demande", "demandeLogement").orElseThrow();
    Element demandeur = chemin(dl, "personnePhysique", "demandeur").orElseThrow();
    e.guichet = texte(dl, "numGuichet").orElseThrow();
    e.dateCreation = LocalDate.parse(texte(dl, "dateCreationDemande").orElseThrow());
    e.nom = texte(demandeur, "nom").orElse("");
    e.prenom = texte(demandeur, "prenom").orElse("");
    e.dateNaissance = texte(demandeur, "dateNaissance").map(LocalDate::parse).orElse(null);
    e.document = fichier;
    e.empreinteDernier = empreinte;
    e.effets.add(new Effet(type, dateFichier));
    if (type.equals("RAD")) {
      Element rad = chemin(dl, "radiation").orElse(null);
      String motif = rad == null ? "" : code(rad, "motifRadiation").orElse("");
      if (motif.isEmpty()) {
        e.motifRadiation = null; // « Déradiation »
        e.radiation = null;
      } else {
        e.motifRadiation = motif;
        e.radiation = rad;
        radiations.add(new Horodate(horloge.instant(), numeroDe(dl).orElseGet(() -> dernierNumero(e)), rad));
      }
    }

  }

  private String dernierNumero(Etat e) {
    return demandes.entrySet().stream().filter(x -> x.getValue() == e).map(Map.Entry::getKey).findFirst().orElseThrow();
  }

  private static Optional<String> numeroDe(Element dl) {
    return texte(dl, "numUnique");
  }

  private String allouer(String guichet, LocalDate creation, Document doc) {
    Element commune = chemin(doc.getDocumentElement(), "demande", "demandeLogement", "logementRecherche",
        "listeLocalisationSouhaite", "localisationSouhaite", "commune").orElseThrow();
    String insee = commune.getAttribute("code");
    String territoire = insee.startsWith("97") ? insee.substring(0, 3)
        : Set.of("75", "77", "78", "91", "92", "93", "94", "95").contains(insee.substring(0, 2)) ? "111" : "0" + insee.substring(0, 2);
    YearMonth mois = YearMonth.from(creation);
    String cle = territoire + guichet + mois;
    int seq = sequences.merge(cle, 1, Integer::sum);
    String n = territoire + String.format("%02d%02d", mois.getMonthValue(), mois.getYear() % 100) + String.format("%06d", seq)
        + (guichet.length() == 5 ? guichet : String.format("%5s", guichet).replace(' ', 'X'));
    n = n.toUpperCase(Locale.ROOT);
    numeros.add(n);
    return n;
  }

  private Reponse demandeLogement(String service, Element parametres, List<Mime.Partie> parties) {
    Optional<Reponse> certificat = certificatManquant(service, parametres, parties);
    if (certificat.isPresent()) {
      return certificat.get();
    }
    String n = texte(parametres, "numUnique").orElse("");
    synchronized (this) {
      Etat e = demandes.get(n);
      if (e == null) {
        return anomalies(service, List.<String[]>of(new String[] {"CTRL_DEMANDE_INCONNUE", "Aucune demande n'est enregistrée sous le numéro " + n + "."}));
      }
      Document doc = lireXml(e.document);
      Element racine = doc.getDocumentElement();
      Element entete = chemin(racine, "entete").orElseThrow();
      Element type = enfant(entete, NS_NUU, "typeFichier").orElseThrow();
      type.setTextContent("RET");
      Element dl = chemin(racine, "demande", "demandeLogement").orElseThrow();
      enfant(dl, NS_NUU, "numUnique").ifPresentOrElse(x -> { }, () -> {
        Element num = doc.createElementNS(NS_NUU, "numUnique");
        num.setTextContent(n);
        dl.insertBefore(num, dl.getFirstChild());
      });
      enfant(dl, NS_NUU, "dalo").ifPresent(dl::removeChild);
      enfant(dl, NS_NUU, "radiation").ifPresent(dl::removeChild);
      if (e.dalo != null) {
        dl.appendChild(doc.importNode(e.dalo, true));
      }
      if (e.radiation != null) {
        dl.appendChild(doc.importNode(e.radiation, true));
      }
      return reponse(service, ecrireXml(doc), n, List.of());
    }
  }

  private Reponse doublons(String service, Element parametres, List<Mime.Partie> parties) {
    byte[] fichier = piece(parametres, "fichierDemande", parties).orElse(null);
    if (fichier == null) {
      return anomalies(service, List.<String[]>of(new String[] {"CTRL_OBLIGATOIRE", "Le fichier de la demande est absent."}));
    }
    Document doc = lireXml(fichier);
    Element demandeur = chemin(doc.getDocumentElement(), "demande", "demandeLogement", "personnePhysique", "demandeur")
        .orElse(null);
    if (demandeur == null) {
      return anomalies(service, List.<String[]>of(new String[] {"CTRL_OBLIGATOIRE", "Le demandeur est obligatoire pour rechercher des doublons."}));
    }
    String nom = cle(texte(demandeur, "nom").orElse(""));
    String prenom = cle(texte(demandeur, "prenom").orElse(""));
    String naissance = texte(demandeur, "dateNaissance").orElse("");
    Document reponse = nouveauDocumentNuu();
    Element liste = reponse.createElementNS(NS_NUU, "listeDoublons");
    chemin(reponse.getDocumentElement(), "demande").orElseThrow().appendChild(liste);
    synchronized (this) {
      demandes.entrySet().stream()
          .filter(x -> cle(x.getValue().nom).equals(nom) && cle(x.getValue().prenom).equals(prenom)
              && naissance.equals(String.valueOf(x.getValue().dateNaissance)))
          .forEach(x -> {
            Element d = reponse.createElementNS(NS_NUU, "doublon");
            ajouterTexte(d, "numUnique", x.getKey());
            ajouterTexte(d, "numGuichet", x.getValue().guichet);
            ajouterTexte(d, "dateCreationDemande", x.getValue().dateCreation.toString());
            ajouterTexte(d, "nom", x.getValue().nom);
            ajouterTexte(d, "prenom", x.getValue().prenom);
            ajouterTexte(d, "dateNaissance", x.getValue().dateNaissance.toString());
            liste.appendChild(d);
          });
    }
    return reponse(service, ecrireXml(reponse), null, List.of());
  }

  private Reponse depuis(String service, Element parametres, List<Mime.Partie> parties, String parametre, String nomListe, boolean dalo) {
    Optional<Reponse> certificat = certificatManquant(service, parametres, parties);
    if (certificat.isPresent()) {
      return certificat.get();
    }
    Instant depuis;
    try {
      depuis = OffsetDateTime.parse(texte(parametres, parametre).orElseThrow()).toInstant();
    } catch (RuntimeException e) {
      return anomalies(service, List.<String[]>of(new String[] {"CTRL_DATE", "La date " + parametre + " est obligatoire (aaaa-mm-jjTHH:MM:SS.s+hh:mm)."}));
    }
    Document reponse = nouveauDocumentNuu();
    Element liste = reponse.createElementNS(NS_NUU, nomListe);
    chemin(reponse.getDocumentElement(), "demande").orElseThrow().appendChild(liste);
    synchronized (this) {
      for (Horodate h : dalo ? dalos : radiations) {
        if (!h.recuLe().isBefore(depuis)) {
          Element copie = (Element) reponse.importNode(h.element(), true);
          Element num = reponse.createElementNS(NS_NUU, "numUnique");
          num.setTextContent(h.numero());
          copie.insertBefore(num, copie.getFirstChild());
          liste.appendChild(copie);
        }
      }
    }
    return reponse(service, ecrireXml(reponse), null, List.of());
  }

  private Reponse declarationDalo(String service, Element parametres, List<Mime.Partie> parties) {
    Optional<Reponse> certificat = certificatManquant(service, parametres, parties);
    if (certificat.isPresent()) {
      return certificat.get();
    }
    String n = texte(parametres, "numUnique").orElse("");
    Optional<String> statut = code(parametres, "statutDalo");
    Optional<String> date = texte(parametres, "dateDecisionDalo");
    if (statut.isEmpty() || date.isEmpty()) {
      return anomalies(service, List.<String[]>of(new String[] {"CTRL_OBLIGATOIRE", "Le statut et la date de la décision DALO sont obligatoires."}));
    }
    synchronized (this) {
      if (!demandes.containsKey(n)) {
        return anomalies(service, List.<String[]>of(new String[] {"CTRL_DEMANDE_INCONNUE", "Aucune demande n'est enregistrée sous le numéro " + n + "."}));
      }
      enregistrerDalo(n, statut.get(), code(parametres, "typologieLogementDalo"), LocalDate.parse(date.get()));
    }
    return reponse(service, documentNumero(n), n, List.of());
  }

  /** The controls of docs/reglementation.md §11.6 (the client-side minimum), as anomalies. */
  private static List<String[]> controler(Document doc) {
    List<String[]> a = new ArrayList<>();
    Element racine = doc.getDocumentElement();
    if (!NS_NUU.equals(racine.getNamespaceURI()) || !"interfaceNuu".equals(racine.getLocalName())) {
      a.add(new String[] {"CTRL_FORMAT", "Le document n'est pas un interfaceNuu de l'espace de noms " + NS_NUU + "."});
      return a;
    }
    if (!Set.of("02.00", "02.01").contains(racine.getAttribute("versionInterface"))) {
      a.add(new String[] {"CTRL_VERSION", "La version d'interface [" + racine.getAttribute("versionInterface") + "] n'est pas supportée."});
    }
    Optional<Element> entete = chemin(racine, "entete");
    if (entete.flatMap(e -> texte(e, "typeFichier")).filter(t -> Set.of("CRE", "CRS", "MOD", "RAD", "REN", "SUP", "DIS", "RET", "COP").contains(t)).isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "entete/typeFichier est absent ou inconnu."});
    }
    if (entete.flatMap(e -> texte(e, "dateFichier")).isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "entete/dateFichier est obligatoire."});
    }
    Optional<Element> dl = chemin(racine, "demande", "demandeLogement");
    if (dl.isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "demande/demandeLogement est obligatoire."});
      return a;
    }
    if (texte(dl.get(), "numGuichet").isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "numGuichet est obligatoire."});
    }
    if (texte(dl.get(), "dateCreationDemande").filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "dateCreationDemande est obligatoire (aaaa-mm-jj)."});
    }
    if (chemin(dl.get(), "personnePhysique", "demandeur").isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "personnePhysique/demandeur est obligatoire."});
    }
    Optional<Element> lr = chemin(dl.get(), "logementRecherche");
    if (lr.flatMap(l -> texte(l, "demandeElargie")).filter(t -> t.equals("true") || t.equals("false")).isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "logementRecherche/demandeElargie vaut true ou false."});
    }
    if (lr.flatMap(l -> chemin(l, "listeTypeLogement", "typeLogement")).map(t -> t.getAttribute("code")).filter(c -> !c.isEmpty()).isEmpty()) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "Au moins un listeTypeLogement/typeLogement@code."});
    }
    List<Element> communes = lr.flatMap(l -> chemin(l, "listeLocalisationSouhaite"))
        .map(l -> enfants(l, "localisationSouhaite")).orElse(List.of()).stream()
        .map(ls -> enfant(ls, NS_NUU, "commune").orElse(null)).toList();
    if (communes.isEmpty() || communes.size() > 10) {
      a.add(new String[] {"CTRL_OBLIGATOIRE", "De 1 à 10 localisations souhaitées, pas " + communes.size() + "."});
    }
    for (Element c : communes) {
      if (c == null || !c.getAttribute("code").matches("(\\d{2}|2A|2B)\\d{3}")) {
        a.add(new String[] {"CTRL_COMMUNE", "Code commune invalide [" + (c == null ? "" : c.getAttribute("code")) + "]."});
      }
    }
    return a;
  }

  // ---------------------------------------------------------------------------------------------
  // Answers

  private Reponse anomalies(String service, List<String[]> anomalies) {
    return reponse(service, documentAnomalies(anomalies), null, anomalies.stream().map(x -> x[0]).toList());
  }

  private Reponse reponse(String service, byte[] document, String numero, List<String> anomalies) {
    String nomReponse = service.substring(3, 4).toLowerCase(Locale.ROOT) + service.substring(4) + "Reponse";
    String boundary = "MIME_BOUNDARY";
    String enveloppe = "<soap:Envelope xmlns:soap=\"" + NS_SOAP + "\" xmlns:ws=\"" + NS_WS + "\"><soap:Body><ws:" + nomReponse
        + "><ws:fichierReponse><xop:Include xmlns:xop=\"" + NS_XOP + "\" href=\"cid:reponse@faux-sne\"/></ws:fichierReponse></ws:"
        + nomReponse + "></soap:Body></soap:Envelope>";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ecrire(out, "--" + boundary + "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"application/soap+xml\"\r\n"
        + "Content-Transfer-Encoding: binary\r\nContent-ID: <racine@faux-sne>\r\n\r\n" + enveloppe + "\r\n");
    ecrire(out, "--" + boundary + "\r\nContent-Type: text/xml\r\nContent-Transfer-Encoding: binary\r\nContent-ID: <reponse@faux-sne>\r\n\r\n");
    out.writeBytes(document);
    ecrire(out, "\r\n--" + boundary + "--\r\n");
    String type = "multipart/related; type=\"application/xop+xml\"; start=\"<racine@faux-sne>\"; start-info=\"application/soap+xml\";"
        + " boundary=\"" + boundary + "\"";
    return new Reponse(200, type, out.toByteArray(), numero, anomalies);
  }

  private static void ecrire(ByteArrayOutputStream out, String texte) {
    out.writeBytes(texte.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] fauteSoap(String raison) {
    return ("<soap:Envelope xmlns:soap=\"" + NS_SOAP + "\"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Receiver</soap:Value>"
        + "</soap:Code><soap:Reason><soap:Text xml:lang=\"fr\">" + raison + "</soap:Text></soap:Reason></soap:Fault></soap:Body>"
        + "</soap:Envelope>").getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] documentNumero(String numero) {
    Document d = nouveauDocumentNuu();
    Element dl = d.createElementNS(NS_NUU, "demandeLogement");
    chemin(d.getDocumentElement(), "demande").orElseThrow().appendChild(dl);
    ajouterTexte(dl, "numUnique", numero);
    return ecrireXml(d);
  }

  private static byte[] documentAnomalies(List<String[]> anomalies) {
    Document d = nouveauDocumentNuu();
    Element dl = d.createElementNS(NS_NUU, "demandeLogement");
    chemin(d.getDocumentElement(), "demande").orElseThrow().appendChild(dl);
    Element liste = d.createElementNS(NS_NUU, "listeAnomalie");
    dl.appendChild(liste);
    for (String[] a : anomalies) {
      Element an = d.createElementNS(NS_NUU, "anomalie");
      an.setAttribute("code", a[0]);
      ajouterTexte(an, "libelle", a[1]);
      liste.appendChild(an);
    }
    return ecrireXml(d);
  }

  private static Document nouveauDocumentNuu() {
    Document d = nouveauDocument();
    Element racine = d.createElementNS(NS_NUU, "interfaceNuu");
    racine.setAttribute("versionInterface", "02.01");
    d.appendChild(racine);
    Element entete = d.createElementNS(NS_NUU, "entete");
    racine.appendChild(entete);
    ajouterTexte(entete, "typeFichier", "RET");
    ajouterTexte(entete, "dateFichier", java.time.LocalDateTime.now(java.time.ZoneId.of("Europe/Paris")).withNano(0).toString());
    racine.appendChild(d.createElementNS(NS_NUU, "demande"));
    return d;
  }

  // ---------------------------------------------------------------------------------------------
  // XML helpers (DOM, namespace-aware, no DTD)

  private static DocumentBuilder constructeur() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setExpandEntityReferences(false);
      return f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document nouveauDocument() {
    return constructeur().newDocument();
  }

  private static Document lireXml(byte[] xml) {
    try {
      return constructeur().parse(new ByteArrayInputStream(xml));
    } catch (SAXException | IOException e) {
      throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
    }
  }

  private static byte[] ecrireXml(Document d) {
    try {
      Transformer t = TransformerFactory.newInstance().newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(d), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void ajouterTexte(Element parent, String nom, String valeur) {
    Element e = parent.getOwnerDocument().createElementNS(NS_NUU, nom);
    e.setTextContent(valeur);
    parent.appendChild(e);
  }

  private static void ajouterCode(Element parent, String nom, String code) {
    Element e = parent.getOwnerDocument().createElementNS(NS_NUU, nom);
    e.setAttribute("code", code);
    parent.appendChild(e);
  }

  private static Optional<Element> premierEnfant(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element x) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }

  private static Optional<Element> enfant(Element e, String ns, String nom) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element x && nom.equals(x.getLocalName())) {
        return Optional.of(x);
      }
    }
    return Optional.empty();
  }

  private static List<Element> enfants(Element e, String nom) {
    List<Element> l = new ArrayList<>();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element x && nom.equals(x.getLocalName())) {
        l.add(x);
      }
    }
    return l;
  }

  private static Optional<Element> chemin(Element depart, String... noms) {
    Optional<Element> courant = Optional.of(depart);
    for (String nom : noms) {
      courant = courant.flatMap(c -> enfant(c, null, nom));
    }
    return courant;
  }

  private static Optional<String> texte(Element e, String nom) {
    return enfant(e, null, nom).map(Node::getTextContent).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static Optional<String> code(Element e, String nom) {
    return enfant(e, null, nom).map(x -> x.getAttribute("code"));
  }

  /** The attachment an {@code xop:Include} under {@code nom} points to. */
  private static Optional<byte[]> piece(Element parametres, String nom, List<Mime.Partie> parties) {
    Optional<Element> e = enfant(parametres, null, nom);
    if (e.isEmpty()) {
      return Optional.empty();
    }
    NodeList includes = e.get().getElementsByTagNameNS(NS_XOP, "Include");
    if (includes.getLength() == 0) {
      String texte = e.get().getTextContent().strip();
      return texte.isEmpty() ? Optional.empty() : Optional.of(Base64.getMimeDecoder().decode(texte));
    }
    String href = ((Element) includes.item(0)).getAttribute("href");
    String id = URLDecoder.decode(href.startsWith("cid:") ? href.substring(4) : href, StandardCharsets.UTF_8);
    return parties.stream().filter(p -> p.contentId().filter(id::equals).isPresent()).map(Mime.Partie::corps).findFirst();
  }

  private static String cle(String texte) {
    return texte == null ? "" : texte.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static String empreinte(byte[] octets) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return "FakeSne[" + adresse() + "]";
  }

  static List<String> vide() {
    return Collections.emptyList();
  }
}
