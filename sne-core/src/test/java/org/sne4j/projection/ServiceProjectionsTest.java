package org.sne4j.projection;


import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.Banc.DESK;
import static org.sne4j.Banc.GUICHET;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.spi.CritereRecherche;

@DisplayName("Projections : reconstruction depuis les événements")
class ServiceProjectionsTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);

  final Banc banc = new Banc("test");

  /** The library on {@code jour}, over the same ports (a new clock each simulated day). */
  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  @Test
  void l_index_se_reconstruit_a_l_identique_depuis_les_evenements() {
    Sne sne = le(DEPOT);
    sne.demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    Demande d = sne.demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.coupleAvecDeuxEnfants());
    sne.demandes().executer(new CommandeDemande.Radier(d.numero(), DESK, MotifRadiation.RENONCIATION));
    List<FicheDemande> avant = sne.consultation().rechercher(DESK, CritereRecherche.toutes(100));
    sne.projections().reconstruire();
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.toutes(100))).isEqualTo(avant);
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.actives(100))).hasSize(1);
    assertThat(sne.consultation().rechercher(DESK, CritereRecherche.toutes(100).pourLaCommune(Contenus.ROUBAIX))).hasSize(1);
  }
}
