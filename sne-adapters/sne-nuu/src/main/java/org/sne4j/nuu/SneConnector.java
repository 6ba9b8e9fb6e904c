package org.sne4j.nuu;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.menage.Titulaire;
import org.sne4j.nuu.internal.ClientSoap;
import org.sne4j.nuu.internal.ClientSoap.Parametre;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.DoublonPotentiel;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.InfrastructureException;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RejectedException;
import org.sne4j.spi.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The national registry port ({@link EchangesRegistreNational}) over the SNE's six web services:
 * SOAP 1.2 with MTOM attachments over HTTPS with a client certificate (docs/reglementation.md §11.2–11.3).
 *
 * <table>
 *   <caption>Services</caption>
 *   <tr><th>method</th><th>service</th></tr>
 *   <tr><td>{@link #attribuerNumero}</td><td>{@code getNumUnique} (a {@code CRE} file without number)</td></tr>
 *   <tr><td>{@link #transmettre}</td><td>{@code getNumUnique} with a {@code MOD}/{@code REN}/{@code RAD}/{@code CRE} file carrying the number (assumed)</td></tr>
 *   <tr><td>{@link #demande}</td><td>{@code getDemandeLogement}</td></tr>
 *   <tr><td>{@link #doublons}</td><td>{@code getDoublons}</td></tr>
 *   <tr><td>{@link #nouveauxDaloDepuis}</td><td>{@code getNouveauxDaloDepuisLe}</td></tr>
 *   <tr><td>{@link #radiationsDepuis}</td><td>{@code getDemandesRadieesDepuisLe}</td></tr>
 *   <tr><td>{@link #declarerDalo}</td><td>{@code declarationNouveauDalo}</td></tr>
 * </table>
 *
 * <p><b>Failures</b>: transport → {@link UnavailableException} ({@code SNE-INDISPONIBLE},
 * retryable; also HTTP 5xx and the SNE's « erreur inattendue »); time-out → {@link
 * TimedOutException} ({@code SNE-DELAI}, retryable); TLS or certificate refused → {@link
 * AuthenticationFailedException} ({@code SNE-AUTHENTIFICATION}); anomalies → {@link
 * RejectedException} ({@code SNE-REJET}, with every anomaly's code and message); unreadable answer
 * → {@link MalformedResponseException} ({@code SNE-REPONSE-INVALIDE}); a document the codec
 * refuses to write → {@link DocumentNuuException} ({@link #transmettre}: a {@link RejectedException} carrying
 * each problem as an anomaly, so that a relay treats it as any refusal). Retryable failures are retried with
 * exponential backoff ({@link PolitiqueReprise}); the others never.
 *
 * <p><b>Idempotent creation</b>: the SNE allocates a new number on every creation, so a lost
 * answer must not be followed by a blind retry. Before retrying a creation — and before a new
 * attempt with an idempotency key already tried by this connector — it searches the duplicates
 * ({@code getDoublons}) and adopts the number of a demand with the same applicant (name, first
 * name, birth date), the same desk and the same creation date that no other key of this connector
 * owns. A key that got its number always gets the same one. After a restart the duplicate search
 * still protects the retry of a creation whose key was lost, within the same day.
 *
 * <p>Thread-safe.
 */
public final class SneConnector implements EchangesRegistreNational {

  private static final Logger LOG = LoggerFactory.getLogger(SneConnector.class);
  private static final DateTimeFormatter NOM_FICHIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
  private static final DateTimeFormatter DATE_SERVICE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SXXX");
  private static final ZoneId FRANCE = ZoneId.of("Europe/Paris");

  /** The anomaly codes by which the SNE says it holds no demand under a number (ASSUMED). */
  public static final Set<String> ANOMALIES_DEMANDE_INCONNUE = Set.of("CTRL_DEMANDE_INCONNUE");

  private final ConfigurationSne configuration;
  private final ClientSoap client;
  private final NuuCodec codec = new NuuCodec();
  private final byte[] certificatPem;
  private final Map<String, NumeroUnique> parCle = new HashMap<>();
  private final Set<String> clesTentees = new HashSet<>();

  /** A connector for {@code configuration}. */
  public SneConnector(ConfigurationSne configuration) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.client = new ClientSoap(configuration);
    this.certificatPem = configuration.certificat().map(SneConnector::pem).orElse(new byte[0]);
  }

  // ---------------------------------------------------------------------------------------------

  @Override
  public NumeroUnique attribuerNumero(DemandeAEnregistrer demande) {
    Objects.requireNonNull(demande, "demande");
    boolean dejaTentee;
    synchronized (this) {
      NumeroUnique deja = parCle.get(demande.cleIdempotence());
      if (deja != null) {
        return deja;
      }
      dejaTentee = !clesTentees.add(demande.cleIdempotence());
    }
    DemandeNationale sansNumero =
        DemandeNationale.active(DocumentNuu.SANS_NUMERO, demande.guichet(), demande.dateDepot(), demande.contenu());
    byte[] fichier = codec.ecrire(DocumentNuu.creation(configuration.version(), maintenant(), sansNumero));
    PolitiqueReprise reprise = configuration.reprise();
    for (int tentative = 1; ; tentative++) {
      if (tentative > 1 || dejaTentee) {
        Optional<NumeroUnique> retrouve = retrouverCreation(demande);
        if (retrouve.isPresent()) {
          LOG.info("getNumUnique: the creation of key {} was processed before its answer was lost: number {} adopted",
              demande.cleIdempotence(), retrouve.get());
          return retenir(demande.cleIdempotence(), retrouve.get());
        }
      }
      try {
        byte[] reponse = client.appeler("numUnique", "numUniqueParametres", parametresFichier(fichier, true));
        NumeroUnique numero = lireReponse("getNumUnique", reponse).numero()
            .orElseThrow(() -> new MalformedResponseException("getNumUnique: the answer carries no numUnique", null));
        return retenir(demande.cleIdempotence(), numero);
      } catch (InfrastructureException e) {
        if (!e.isRetryable() || tentative >= reprise.tentatives()) {
          throw e;
        }
        attendre("getNumUnique", tentative + 1, e);
      }
    }
  }

  private synchronized NumeroUnique retenir(String cle, NumeroUnique numero) {
    parCle.put(cle, numero);
    return numero;
  }

  private Optional<NumeroUnique> retrouverCreation(DemandeAEnregistrer demande) {
    Titulaire t = demande.contenu().menage().demandeur();
    List<DoublonPotentiel> doublons = doublons(demande.contenu());
    synchronized (this) {
      return doublons.stream()
          .filter(d -> d.guichet().equals(demande.guichet()) && d.dateCreation().equals(demande.dateDepot()))
          .filter(d -> cle(d.nom()).equals(cle(t.nom())) && cle(d.prenom()).equals(cle(t.prenom()))
              && d.dateNaissance().equals(t.dateNaissance()))
          .map(DoublonPotentiel::numero)
          .filter(n -> !parCle.containsValue(n))
          .reduce((premier, dernier) -> dernier);
    }
  }

  @Override
  public void transmettre(DemandeATransmettre transmission) {
    Objects.requireNonNull(transmission, "transmission");
    DemandeNationale d = transmission.demande();
    LocalDateTime date = LocalDateTime.ofInstant(transmission.dateFichier(), FRANCE).withNano(0);
    byte[] fichier;
    try {
      fichier = codec.ecrire(DocumentNuu.de(configuration.version(), transmission.typeFichier(), date, d));
    } catch (DocumentNuuException e) {
      // The port's contract: a change the national system cannot receive is a rejection, whatever
      // the transport; the relay keeps the entry for an operator.
      throw new RejectedException("the change of " + d.numero() + " cannot be written as an interfaceNuu file",
          e.problemes().stream().map(p -> new RejectedException.Anomalie(p.code(), p.chemin() + " : " + p.message())).toList());
    }
    avecReprise("getNumUnique(" + transmission.typeFichier().code() + ")", () -> {
      byte[] reponse = client.appeler("numUnique", "numUniqueParametres", parametresFichier(fichier, true));
      Optional<NumeroUnique> n = lireReponse("getNumUnique", reponse).numero();
      if (n.isPresent() && !n.get().equals(d.numero())) {
        throw new MalformedResponseException(
            "getNumUnique: the SNE acknowledged " + transmission.typeFichier().code() + " of " + d.numero() + " with number " + n.get(), null);
      }
      return null;
    });
  }

  @Override
  public Optional<DemandeNationale> demande(NumeroUnique numero) {
    Objects.requireNonNull(numero, "numero");
    return avecReprise("getDemandeLogement", () -> {
      Map<String, Parametre> p = new LinkedHashMap<>();
      p.put("numUnique", new Parametre.Texte(numero.valeur()));
      certificat(p);
      byte[] reponse = client.appeler("demandeLogement", "demandeLogementParametres", p);
      List<RejectedException.Anomalie> anomalies = anomalies("getDemandeLogement", reponse);
      if (!anomalies.isEmpty()) {
        if (anomalies.stream().allMatch(a -> ANOMALIES_DEMANDE_INCONNUE.contains(a.code()))) {
          return Optional.empty();
        }
        throw new RejectedException("getDemandeLogement " + numero, anomalies);
      }
      try {
        return Optional.of(codec.lire(reponse).demande());
      } catch (DocumentNuuException e) {
        throw new MalformedResponseException("getDemandeLogement " + numero + ": " + e.getMessage(), e);
      }
    });
  }

  @Override
  public List<DoublonPotentiel> doublons(ContenuDemande contenu) {
    Objects.requireNonNull(contenu, "contenu");
    DemandeNationale recherche = DemandeNationale.active(
        DocumentNuu.SANS_NUMERO, configuration.guichet(), maintenant().toLocalDate(), contenu);
    byte[] fichier = codec.ecrire(DocumentNuu.creation(configuration.version(), maintenant(), recherche));
    return avecReprise("getDoublons", () -> {
      byte[] reponse = client.appeler("doublons", "rechercheDoublonsParametres", parametresFichier(fichier, false));
      return lireReponse("getDoublons", reponse).doublons();
    });
  }

  @Override
  public List<DecisionDalo> nouveauxDaloDepuis(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    return avecReprise("getNouveauxDaloDepuisLe", () -> {
      Map<String, Parametre> p = new LinkedHashMap<>();
      p.put("dateNouveauDaloDepuisLe", new Parametre.Texte(dateService(depuis)));
      certificat(p);
      return lireReponse("getNouveauxDaloDepuisLe", client.appeler("nouveauxDaloDepuisLe", "nouveauxDaloDepuisLeParametres", p)).dalos();
    });
  }

  @Override
  public List<RadiationNationale> radiationsDepuis(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    return avecReprise("getDemandesRadieesDepuisLe", () -> {
      Map<String, Parametre> p = new LinkedHashMap<>();
      p.put("dateRadiationDepuisLe", new Parametre.Texte(dateService(depuis)));
      certificat(p);
      return lireReponse("getDemandesRadieesDepuisLe",
          client.appeler("demandesRadieesDepuisLe", "demandesRadieesDepuisLeParametres", p)).radiations();
    });
  }

  @Override
  public void declarerDalo(DecisionDalo decision) {
    Objects.requireNonNull(decision, "decision");
    avecReprise("declarationNouveauDalo", () -> {
      Map<String, Parametre> p = new LinkedHashMap<>();
      p.put("numUnique", new Parametre.Texte(decision.numero().valeur()));
      p.put("statutDalo", new Parametre.Code(decision.statut().code()));
      decision.typologie().ifPresent(t -> p.put("typologieLogementDalo", new Parametre.Code(t.code())));
      p.put("dateDecisionDalo", new Parametre.Texte(decision.dateDecision().toString()));
      certificat(p);
      lireReponse("declarationNouveauDalo", client.appeler("declarationNouveauDalo", "declarationNouveauDaloParametres", p));
      return null;
    });
  }

  // ---------------------------------------------------------------------------------------------

  private <T> T avecReprise(String service, Supplier<T> appel) {
    PolitiqueReprise reprise = configuration.reprise();
    for (int tentative = 1; ; tentative++) {
      try {
        return appel.get();
      } catch (InfrastructureException e) {
        if (!e.isRetryable() || tentative >= reprise.tentatives()) {
          throw e;
        }
        attendre(service, tentative + 1, e);
      }
    }
  }

  private void attendre(String service, int tentative, InfrastructureException cause) {
    java.time.Duration d = configuration.reprise().attenteAvant(tentative);
    LOG.warn("{}: {} — attempt {} of {} in {}", service, cause.getMessage(), tentative, configuration.reprise().tentatives(), d);
    try {
      configuration.attente().attendre(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(service + ": interrupted while waiting to retry", e);
    }
  }

  private ReponseNuu lireReponse(String service, byte[] reponse) {
    List<RejectedException.Anomalie> anomalies = anomalies(service, reponse);
    if (!anomalies.isEmpty()) {
      throw new RejectedException(service, anomalies);
    }
    try {
      return codec.lireReponse(reponse);
    } catch (DocumentNuuException e) {
      throw new MalformedResponseException(service + ": " + e.getMessage(), e);
    }
  }

  /** The anomalies of an answer; the SNE's « erreur inattendue » is a server failure, retryable. */
  private List<RejectedException.Anomalie> anomalies(String service, byte[] reponse) {
    List<RejectedException.Anomalie> anomalies;
    try {
      anomalies = codec.anomalies(reponse);
    } catch (DocumentNuuException e) {
      throw new MalformedResponseException(service + ": " + e.getMessage(), e);
    }
    if (new String(reponse, StandardCharsets.UTF_8).contains("Une erreur inattendue est survenue")) {
      throw new UnavailableException(service + ": the SNE reports an unexpected server error " + anomalies, null);
    }
    return anomalies;
  }

  private Map<String, Parametre> parametresFichier(byte[] fichier, boolean avecCertificat) {
    Map<String, Parametre> p = new LinkedHashMap<>();
    p.put("nomFichierDemande", new Parametre.Texte(
        "DEM" + configuration.guichet().code() + "-" + NOM_FICHIER.format(maintenant()) + "-000000.xml"));
    p.put("fichierDemande", new Parametre.Piece(fichier, "text/xml"));
    if (avecCertificat) {
      certificat(p);
    }
    return p;
  }

  private void certificat(Map<String, Parametre> p) {
    p.put("nomCertificat", new Parametre.Texte("CER" + configuration.guichet().code() + "-" + NOM_FICHIER.format(maintenant()) + ".pem"));
    p.put("certificat", new Parametre.Piece(certificatPem, "application/x-x509-ca-cert"));
  }

  private LocalDateTime maintenant() {
    return LocalDateTime.ofInstant(configuration.horloge().instant(), FRANCE).withNano(0);
  }

  private static String dateService(Instant instant) {
    return DATE_SERVICE.format(instant.atZone(FRANCE).withNano(instant.getNano() / 100_000_000 * 100_000_000));
  }

  private static String cle(String s) {
    return s.strip().replaceAll("\\s+", " ").toUpperCase(java.util.Locale.ROOT);
  }

  private static byte[] pem(java.security.cert.X509Certificate c) {
    try {
      String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(c.getEncoded());
      return ("-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n").getBytes(StandardCharsets.US_ASCII);
    } catch (CertificateEncodingException e) {
      throw new IllegalArgumentException("Cannot encode the client certificate", e);
    }
  }
}
