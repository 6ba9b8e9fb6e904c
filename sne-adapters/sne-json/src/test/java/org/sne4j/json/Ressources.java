package org.sne4j.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test fixtures. */
final class Ressources {

  private Ressources() {}

  static String lire(String chemin) {
    try (InputStream in = Ressources.class.getResourceAsStream("/org/sne4j/json/" + chemin)) {
      if (in == null) {
        throw new IllegalStateException("Missing test resource " + chemin);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
