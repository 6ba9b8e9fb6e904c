package org.sne4j.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Fingerprints of commands: the SHA-256 of their printed form. The commands are records of
 * records, lists and enums, whose printed form is their whole content; two sends of the same data
 * print the same. Used to tell a retry from another command sent under the same identifier.
 */
public final class Empreintes {

  private Empreintes() {}

  /** The fingerprint of {@code parties}, printed one after the other. */
  public static String de(Object... parties) {
    StringBuilder texte = new StringBuilder();
    for (Object p : parties) {
      texte.append(p).append('\u001f');
    }
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(texte.toString().getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(h);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JVM has SHA-256", e);
    }
  }
}
