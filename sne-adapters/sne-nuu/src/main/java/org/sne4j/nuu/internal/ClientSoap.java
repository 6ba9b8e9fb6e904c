package org.sne4j.nuu.internal;

import jakarta.xml.soap.AttachmentPart;
import jakarta.xml.soap.MessageFactory;
import jakarta.xml.soap.MimeHeaders;
import jakarta.xml.soap.SOAPBody;
import jakarta.xml.soap.SOAPBodyElement;
import jakarta.xml.soap.SOAPConstants;
import jakarta.xml.soap.SOAPElement;
import jakarta.xml.soap.SOAPException;
import jakarta.xml.soap.SOAPFault;
import jakarta.xml.soap.SOAPMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import javax.xml.namespace.QName;
import org.sne4j.nuu.AuthenticationFailedException;
import org.sne4j.nuu.ConfigurationSne;
import org.sne4j.nuu.MalformedResponseException;
import org.sne4j.nuu.TimedOutException;
import org.sne4j.spi.UnavailableException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One SOAP 1.2 call with MTOM attachments: the envelope and the XOP package are built and read by
 * Jakarta SOAP with Attachments (SAAJ), the bytes travel with the JDK's {@link HttpClient} (TLS
 * with the client certificate, time-outs). Maps each failure to its typed exception; retries are
 * the caller's.
 */
public final class ClientSoap {

  /** The web services' namespace. */
  public static final String NS_WS = "http://ws.metier.nuu.application.i2/";
  static final String NS_XOP = "http://www.w3.org/2004/08/xop/include";

  /** A parameter: a text value, or an attachment with its media type. */
  public sealed interface Parametre {
    record Texte(String valeur) implements Parametre {}

    record Piece(byte[] contenu, String typeMedia) implements Parametre {}

    /** An empty element with a {@code code} attribute. */
    record Code(String code) implements Parametre {}
  }

  private final ConfigurationSne configuration;
  private final HttpClient http;
  private final MessageFactory messages;

  public ClientSoap(ConfigurationSne configuration) {
    this.configuration = configuration;
    HttpClient.Builder b = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(configuration.delaiConnexion());
    configuration.tls().ifPresent(b::sslContext);
    this.http = b.build();
    try {
      this.messages = MessageFactory.newInstance(SOAPConstants.SOAP_1_2_PROTOCOL);
    } catch (SOAPException e) {
      throw new IllegalStateException("No SAAJ implementation for SOAP 1.2", e);
    }
  }

  /**
   * Calls {@code get<Service>} with its parameters element {@code elementParametres} and returns
   * the answer document (the attachment of {@code fichierReponse}).
   */
  public byte[] appeler(String service, String elementParametres, Map<String, Parametre> parametres) {
    String action = NS_WS + "get" + Character.toUpperCase(service.charAt(0)) + service.substring(1);
    byte[] corps;
    String typeContenu;
    try {
      SOAPMessage m = messages.createMessage();
      m.getSOAPPart().setContentId("<soaproot>");
      m.getSOAPPart().getEnvelope().addNamespaceDeclaration("ws", NS_WS);
      SOAPBodyElement p = m.getSOAPBody().addBodyElement(new QName(NS_WS, elementParametres, "ws"));
      int n = 0;
      for (Map.Entry<String, Parametre> e : parametres.entrySet()) {
        SOAPElement el = p.addChildElement(e.getKey(), "ws");
        if (e.getValue() instanceof Parametre.Texte t) {
          el.addTextNode(t.valeur());
        } else if (e.getValue() instanceof Parametre.Code c) {
          el.setAttribute("code", c.code());
        } else if (e.getValue() instanceof Parametre.Piece piece) {
          String id = e.getKey() + "-" + (++n) + "@sne4j";
          el.setAttributeNS("http://www.w3.org/2005/05/xmlmime", "ws:contentType", piece.typeMedia());
          el.addChildElement("Include", "xop", NS_XOP).setAttribute("href", "cid:" + id);
          AttachmentPart a = m.createAttachmentPart();
          a.setRawContentBytes(piece.contenu(), 0, piece.contenu().length, piece.typeMedia());
          a.setContentId("<" + id + ">");
          a.setMimeHeader("Content-Transfer-Encoding", "binary");
          m.addAttachmentPart(a);
        }
      }
      m.getMimeHeaders().setHeader("Content-Type", "multipart/related; type=\"application/xop+xml\"; start=\"<soaproot>\";"
          + " start-info=\"application/soap+xml\"; action=\"" + action + "\"");
      m.saveChanges();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      m.writeTo(out);
      corps = out.toByteArray();
      typeContenu = m.getMimeHeaders().getHeader("Content-Type")[0];
    } catch (SOAPException | IOException e) {
      throw new IllegalStateException("Cannot build the SOAP message of " + service, e);
    }
    HttpRequest requete = HttpRequest.newBuilder(configuration.adresse())
        .timeout(configuration.delaiReponse())
        .header("Content-Type", typeContenu.replaceAll("\\s*\\r?\\n\\s*", " "))
        .POST(HttpRequest.BodyPublishers.ofByteArray(corps))
        .build();
    HttpResponse<byte[]> reponse;
    try {
      reponse = http.send(requete, HttpResponse.BodyHandlers.ofByteArray());
    } catch (HttpConnectTimeoutException e) {
      throw new TimedOutException(service + ": no connection to " + configuration.adresse() + " within " + configuration.delaiConnexion(), e);
    } catch (HttpTimeoutException e) {
      throw new TimedOutException(service + ": no answer within " + configuration.delaiReponse(), e);
    } catch (SSLHandshakeException e) {
      throw new AuthenticationFailedException(service + ": TLS handshake with " + configuration.adresse() + " failed: " + e.getMessage(), e);
    } catch (SSLException e) {
      if (estRefusDeCertificat(e)) {
        throw new AuthenticationFailedException(service + ": the server refused the client certificate: " + e.getMessage(), e);
      }
      throw new UnavailableException(service + ": TLS failure: " + e.getMessage(), e);
    } catch (ConnectException e) {
      throw new UnavailableException(service + ": cannot connect to " + configuration.adresse() + ": " + e.getMessage(), e);
    } catch (IOException e) {
      if (estRefusDeCertificat(e)) {
        throw new AuthenticationFailedException(service + ": the server refused the client certificate: " + e.getMessage(), e);
      }
      throw new UnavailableException(service + ": transport failure: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UnavailableException(service + ": interrupted", e);
    }
    return lireReponse(service, reponse);
  }

  private static boolean estRefusDeCertificat(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (t instanceof SSLHandshakeException || m.contains("bad_certificate") || m.contains("certificate_required")
          || m.contains("certificate_unknown") || m.contains("unknown_ca")) {
        return true;
      }
    }
    return false;
  }

  private byte[] lireReponse(String service, HttpResponse<byte[]> reponse) {
    int statut = reponse.statusCode();
    if (statut == 401 || statut == 403) {
      throw new AuthenticationFailedException(service + ": HTTP " + statut + " (certificate not authorised)", null);
    }
    if (statut >= 500 && !estFauteSoap(reponse)) {
      throw new UnavailableException(service + ": HTTP " + statut, null);
    }
    String typeContenu = reponse.headers().firstValue("Content-Type").orElse("");
    SOAPMessage m;
    try {
      MimeHeaders h = new MimeHeaders();
      h.addHeader("Content-Type", typeContenu);
      m = messages.createMessage(h, new ByteArrayInputStream(reponse.body()));
      SOAPBody body = m.getSOAPBody();
      if (body.hasFault()) {
        SOAPFault f = body.getFault();
        String code = String.valueOf(f.getFaultCodeAsQName().getLocalPart());
        if (statut >= 500 || code.contains("Receiver")) {
          throw new UnavailableException(service + ": SOAP fault " + code + ": " + f.getFaultString(), null);
        }
        throw new MalformedResponseException(service + ": SOAP fault " + code + ": " + f.getFaultString(), null);
      }
      if (statut != 200) {
        throw new MalformedResponseException(service + ": HTTP " + statut, null);
      }
      Optional<String> cid = include(body);
      Map<String, byte[]> pieces = new LinkedHashMap<>();
      for (Iterator<AttachmentPart> it = m.getAttachments(); it.hasNext();) {
        AttachmentPart a = it.next();
        pieces.put(sansChevrons(String.valueOf(a.getContentId())), a.getRawContentBytes());
      }
      if (cid.isPresent() && pieces.containsKey(cid.get())) {
        return pieces.get(cid.get());
      }
      if (cid.isEmpty() && pieces.size() == 1) {
        return pieces.values().iterator().next();
      }
      throw new MalformedResponseException(service + ": the answer has no document attached (" + cid.orElse("no xop:Include") + ")", null);
    } catch (SOAPException | IOException | RuntimeException e) {
      if (e instanceof UnavailableException || e instanceof MalformedResponseException) {
        throw (RuntimeException) e;
      }
      throw new MalformedResponseException(service + ": unreadable answer (HTTP " + statut + ", " + typeContenu + "): " + e.getMessage(), e);
    }
  }

  private static boolean estFauteSoap(HttpResponse<byte[]> reponse) {
    return reponse.headers().firstValue("Content-Type").orElse("").contains("soap+xml")
        && new String(reponse.body(), StandardCharsets.UTF_8).contains("Fault");
  }

  private static Optional<String> include(SOAPBody body) {
    NodeList l = body.getElementsByTagNameNS(NS_XOP, "Include");
    if (l.getLength() == 0) {
      return Optional.empty();
    }
    String href = ((Element) l.item(0)).getAttribute("href");
    return Optional.of(URLDecoder.decode(href.startsWith("cid:") ? href.substring(4) : href, StandardCharsets.UTF_8));
  }

  private static String sansChevrons(String id) {
    String t = id.strip();
    return t.startsWith("<") && t.endsWith(">") ? t.substring(1, t.length() - 1) : t;
  }

  static List<Node> vide() {
    return List.of();
  }
}
