package org.sne4j.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sne4j.api.Sne;
import org.sne4j.testkit.fixtures.HorlogeReglable;

class EmbarquementTest {

  @Test
  void l_exemple_du_readme_enregistre_une_demande() {
    Sne sne = Sne.builder().horloge(HorlogeReglable.le(LocalDate.of(2026, 11, 23))).build();
    assertThat(Embarquement.enregistrer(sne)).isEqualTo("0591126000001G0042");
  }
}
