package org.sne4j.testkit.sne;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The certificates a TLS test with client authentication needs, generated with the JDK's own
 * {@code keytool} (no extra dependency, the same tool an operator uses): a server key pair for
 * {@code localhost}/{@code 127.0.0.1}, a client key pair (the desk's certificate), an intruder's
 * key pair that the server does not trust, and the trust stores of both sides. PKCS#12 files in a
 * temporary folder; generation takes a few seconds, so {@link #partages()} generates them once per
 * JVM.
 *
 * @param dossier where the files are
 * @param motDePasse the password of every store and key
 */
public record CertificatsDeTest(Path dossier, char[] motDePasse) {

  private static CertificatsDeTest partages;

  /** Server key store (alias {@code serveur}). */
  public Path serveur() {
    return dossier.resolve("serveur.p12");
  }

  /** Client key store (alias {@code client}, CN = the desk). */
  public Path client() {
    return dossier.resolve("client.p12");
  }

  /** A client key store the server does not trust (alias {@code intrus}). */
  public Path intrus() {
    return dossier.resolve("intrus.p12");
  }

  /** What the server trusts: the client's certificate. */
  public Path confianceServeur() {
    return dossier.resolve("confiance-serveur.p12");
  }

  /** What the client trusts: the server's certificate. */
  public Path confianceClient() {
    return dossier.resolve("confiance-client.p12");
  }

  /** The certificates of this JVM, generated on first use. */
  public static synchronized CertificatsDeTest partages() {
    if (partages == null) {
      try {
        partages = generer(Files.createTempDirectory("sne-certificats"));
      } catch (IOException e) {
        throw new IllegalStateException("Cannot create a temporary folder for the test certificates", e);
      }
    }
    return partages;
  }

  /** Generates the stores into {@code dossier}. */
  public static CertificatsDeTest generer(Path dossier) {
    Objects.requireNonNull(dossier, "dossier");
    String mdp = "sne-test";
    CertificatsDeTest c = new CertificatsDeTest(dossier, mdp.toCharArray());
    keytool("-genkeypair", "-alias", "serveur", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
        "-dname", "CN=localhost, O=Faux SNE", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
        "-keystore", c.serveur().toString(), "-storetype", "PKCS12", "-storepass", mdp, "-keypass", mdp);
    keytool("-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
        "-dname", "CN=G1226, O=Guichet de test", "-keystore", c.client().toString(), "-storetype", "PKCS12",
        "-storepass", mdp, "-keypass", mdp);
    keytool("-genkeypair", "-alias", "intrus", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650",
        "-dname", "CN=Intrus", "-keystore", c.intrus().toString(), "-storetype", "PKCS12", "-storepass", mdp, "-keypass", mdp);
    Path certServeur = dossier.resolve("serveur.cer");
    Path certClient = dossier.resolve("client.cer");
    keytool("-exportcert", "-alias", "serveur", "-keystore", c.serveur().toString(), "-storepass", mdp, "-file", certServeur.toString());
    keytool("-exportcert", "-alias", "client", "-keystore", c.client().toString(), "-storepass", mdp, "-file", certClient.toString());
    keytool("-importcert", "-noprompt", "-alias", "client", "-file", certClient.toString(),
        "-keystore", c.confianceServeur().toString(), "-storetype", "PKCS12", "-storepass", mdp);
    keytool("-importcert", "-noprompt", "-alias", "serveur", "-file", certServeur.toString(),
        "-keystore", c.confianceClient().toString(), "-storetype", "PKCS12", "-storepass", mdp);
    return c;
  }

  /** Loads a PKCS#12 store of this set. */
  public KeyStore charger(Path magasin) {
    try (InputStream in = Files.newInputStream(magasin)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(in, motDePasse);
      return ks;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("Cannot load " + magasin, e);
    }
  }

  /** The server's TLS context: its key, and trust in the client's certificate only. */
  public SSLContext contexteServeur() {
    return contexte(serveur(), confianceServeur());
  }

  /** A TLS context with the key of {@code cles} and the trust of {@code confiance}. */
  public SSLContext contexte(Path cles, Path confiance) {
    try {
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(charger(cles), motDePasse);
      TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      tmf.init(charger(confiance));
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(kmf.getKeyManagers(), tmf.getTrustManagers(), null);
      return ctx;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Cannot build a TLS context", e);
    }
  }

  private static void keytool(String... arguments) {
    Path outil = Path.of(System.getProperty("java.home"), "bin", "keytool");
    List<String> commande = new ArrayList<>();
    commande.add(outil.toString());
    commande.addAll(List.of(arguments));
    try {
      Process p = new ProcessBuilder(commande).redirectErrorStream(true).start();
      String sortie = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException("keytool failed: " + String.join(" ", arguments) + "\n" + sortie);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Cannot run " + outil + " (a JDK is needed to generate test certificates)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running keytool", e);
    }
  }
}
