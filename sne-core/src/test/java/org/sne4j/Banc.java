package org.sne4j;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.memoire.IdentifiantsSequentiels;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryRegistreAttributions;
import org.sne4j.memoire.InMemoryRegistreNational;

/** A test bench: in-memory ports shared across simulated days, and the library on a given day. */
public final class Banc {

  public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

  /** The desk of the bench's registrations. */
  public static final CodeGuichet GUICHET = new CodeGuichet("G0042");

  /** The registration service at that desk. */
  public static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");

  public final InMemoryEventStore store = new InMemoryEventStore();
  public final InMemoryIndexDemandes index = new InMemoryIndexDemandes();
  public final InMemoryRegistreAttributions attributions = new InMemoryRegistreAttributions();
  public final InMemoryRegistreNational registre = new InMemoryRegistreNational();
  public final IdentifiantsSequentiels identifiants;

  public Banc(String prefixe) {
    this.identifiants = new IdentifiantsSequentiels(prefixe);
  }

  /** The clock fixed at 10:00 in Paris on {@code jour}. */
  public static Clock horloge(LocalDate jour) {
    return Clock.fixed(jour.atTime(10, 0).atZone(PARIS).toInstant(), PARIS);
  }

  /** The library on {@code jour}, over the bench's ports. */
  public Sne le(LocalDate jour) {
    return builder(jour).build();
  }

  /** A builder on {@code jour} over the bench's ports, to wire more. */
  public Sne.Builder builder(LocalDate jour) {
    return Sne.builder()
        .horloge(horloge(jour))
        .eventStore(store)
        .index(index)
        .attributions(attributions)
        .registreNational(registre)
        .identifiants(identifiants);
  }
}
