package org.sne4j.memoire;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.concurrent.atomic.AtomicLong;
import org.sne4j.spi.GenerateurIdentifiants;

/** A deterministic {@link GenerateurIdentifiants} for tests and replays: {@code prefix-1}, {@code prefix-2}… */
public final class IdentifiantsSequentiels implements GenerateurIdentifiants {

  private final String prefixe;
  private final AtomicLong compteur = new AtomicLong();

  public IdentifiantsSequentiels(String prefixe) {
    checkArgument(prefixe != null && !prefixe.isBlank() && prefixe.length() <= 50, "Invalid prefix: '%s'", prefixe);
    this.prefixe = prefixe;
  }

  @Override
  public String nouvelIdentifiant() {
    return prefixe + "-" + compteur.incrementAndGet();
  }
}
