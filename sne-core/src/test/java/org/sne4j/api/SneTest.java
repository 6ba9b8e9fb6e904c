package org.sne4j.api;


import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.Banc.DESK;
import static org.sne4j.Banc.GUICHET;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.api.Sne;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.RegistreNational;

@DisplayName("Sne : composition des services")
class SneTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);

  final Banc banc = new Banc("test");

  /** The library on {@code jour}, over the same ports (a new clock each simulated day). */
  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  @Test
  void sans_branchement_la_facade_dit_qu_elle_utilise_les_defauts_en_memoire() {
    Sne sne = Sne.builder().build();
    assertThat(sne.implementations()).containsKeys("EventStore", "IndexDemandes", "RegistreNational", "GenerateurIdentifiants");
    assertThat(sne.implementations().get("EventStore")).contains("InMemoryEventStore").contains("défaut embarqué");
    assertThat(le(DEPOT).implementations().get("EventStore")).contains("fourni explicitement");
  }
}
