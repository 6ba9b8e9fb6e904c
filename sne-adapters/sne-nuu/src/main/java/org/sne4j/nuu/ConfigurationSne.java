package org.sne4j.nuu;

import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Objects;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.sne4j.acteur.CodeGuichet;

/**
 * How {@link SneConnector} reaches the SNE: the endpoint, the client certificate (TLS and the
 * {@code CER<desk>-….pem} attachment), the desk that holds it, time-outs, retries, the clock and
 * the interface version. Build it with {@link #builder(URI, CodeGuichet)}.
 *
 * @param adresse the service's URL, e.g. {@code https://nuu-ws.ecole.application.developpement-durable.gouv.fr/services/DemandeLogementImplService/}
 * @param guichet the desk whose certificate authenticates the calls (file names {@code DEM<desk>-…})
 * @param tls the TLS context (client key and trusted servers); empty for plain HTTP (tests only)
 * @param certificat the client certificate sent as the {@code certificat} attachment
 * @param delaiConnexion the connection time-out
 * @param delaiReponse the time-out of a whole call
 * @param reprise when to retry transient failures
 * @param attente how to wait between attempts
 * @param horloge the clock of file dates and names (its zone: France)
 * @param version the interface version written
 */
public record ConfigurationSne(
    URI adresse,
    CodeGuichet guichet,
    Optional<SSLContext> tls,
    Optional<X509Certificate> certificat,
    Duration delaiConnexion,
    Duration delaiReponse,
    PolitiqueReprise reprise,
    Attente attente,
    Clock horloge,
    VersionInterface version) {

  public ConfigurationSne {
    Objects.requireNonNull(adresse, "adresse");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(certificat, "certificat");
    Objects.requireNonNull(delaiConnexion, "delaiConnexion");
    Objects.requireNonNull(delaiReponse, "delaiReponse");
    Objects.requireNonNull(reprise, "reprise");
    Objects.requireNonNull(attente, "attente");
    Objects.requireNonNull(horloge, "horloge");
    Objects.requireNonNull(version, "version");
  }

  /** A builder with the defaults: 10 s to connect, 60 s per call, {@link PolitiqueReprise#parDefaut()}, Europe/Paris. */
  public static Builder builder(URI adresse, CodeGuichet guichet) {
    return new Builder(adresse, guichet);
  }

  /** Builds a {@link ConfigurationSne}. */
  public static final class Builder {
    private final URI adresse;
    private final CodeGuichet guichet;
    private SSLContext tls;
    private X509Certificate certificat;
    private Duration delaiConnexion = Duration.ofSeconds(10);
    private Duration delaiReponse = Duration.ofSeconds(60);
    private PolitiqueReprise reprise = PolitiqueReprise.parDefaut();
    private Attente attente = Attente.THREAD;
    private Clock horloge = Clock.system(ZoneId.of("Europe/Paris"));
    private VersionInterface version = VersionInterface.V02_01;

    private Builder(URI adresse, CodeGuichet guichet) {
      this.adresse = Objects.requireNonNull(adresse, "adresse");
      this.guichet = Objects.requireNonNull(guichet, "guichet");
    }

    /** TLS with this context, sending {@code certificat} as the certificate attachment. */
    public Builder tls(SSLContext contexte, X509Certificate certificat) {
      this.tls = Objects.requireNonNull(contexte, "contexte");
      this.certificat = Objects.requireNonNull(certificat, "certificat");
      return this;
    }

    /**
     * TLS with the first private key of {@code cles} (PKCS#12 or JKS, loaded by the caller) and the
     * servers {@code confiance} trusts; the key's certificate is the attachment.
     */
    public Builder tls(KeyStore cles, char[] motDePasse, KeyStore confiance) {
      try {
        String alias = Collections.list(cles.aliases()).stream()
            .filter(a -> {
              try {
                return cles.isKeyEntry(a);
              } catch (GeneralSecurityException e) {
                return false;
              }
            })
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("The key store holds no private key"));
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(cles, motDePasse);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(confiance);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
        return tls(ctx, (X509Certificate) cles.getCertificate(alias));
      } catch (GeneralSecurityException e) {
        throw new IllegalArgumentException("Cannot build the TLS context from the key stores: " + e.getMessage(), e);
      }
    }

    /** Plain HTTP with a certificate attachment only (tests against a local fake). */
    public Builder certificat(X509Certificate certificat) {
      this.certificat = Objects.requireNonNull(certificat, "certificat");
      return this;
    }

    public Builder delaiConnexion(Duration delai) {
      this.delaiConnexion = Objects.requireNonNull(delai, "delai");
      return this;
    }

    public Builder delaiReponse(Duration delai) {
      this.delaiReponse = Objects.requireNonNull(delai, "delai");
      return this;
    }

    public Builder reprise(PolitiqueReprise reprise) {
      this.reprise = Objects.requireNonNull(reprise, "reprise");
      return this;
    }

    public Builder attente(Attente attente) {
      this.attente = Objects.requireNonNull(attente, "attente");
      return this;
    }

    public Builder horloge(Clock horloge) {
      this.horloge = Objects.requireNonNull(horloge, "horloge");
      return this;
    }

    public Builder version(VersionInterface version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    public ConfigurationSne build() {
      return new ConfigurationSne(adresse, guichet, Optional.ofNullable(tls), Optional.ofNullable(certificat), delaiConnexion,
          delaiReponse, reprise, attente, horloge, version);
    }
  }
}
