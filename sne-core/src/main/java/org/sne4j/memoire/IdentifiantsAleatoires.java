package org.sne4j.memoire;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.sne4j.spi.GenerateurIdentifiants;

/** The default {@link GenerateurIdentifiants}: 128 random bits from a {@link SecureRandom}, in hex. */
public final class IdentifiantsAleatoires implements GenerateurIdentifiants {

  private final SecureRandom aleas = new SecureRandom();

  @Override
  public String nouvelIdentifiant() {
    byte[] octets = new byte[16];
    aleas.nextBytes(octets);
    return HexFormat.of().formatHex(octets);
  }
}
