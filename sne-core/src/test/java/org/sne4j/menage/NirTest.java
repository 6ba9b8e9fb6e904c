package org.sne4j.menage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("NIR (CCH R441-2-2 a)")
class NirTest {

  @Test
  void la_cle_est_verifiee() {
    // 1 84 12 76 451 089 : key = 97 - (1841276451089 mod 97) = 46
    assertThat(Nir.isValid("184127645108946")).isTrue();
    assertThat(Nir.isValid("184127645108947")).isFalse();
  }

  @Test
  void la_corse_se_calcule_avec_19_et_18() {
    // 2 85 03 2A 004 123 : 2A → 19 : 2850319004123 mod 97
    long n = 2850319004123L;
    String cle = String.format("%02d", 97 - (n % 97));
    assertThat(Nir.isValid("285032A004123" + cle)).isTrue();
  }

  @Test
  void le_nir_ne_fuit_pas_dans_les_traces() {
    Nir nir = Nir.parse("1 84 12 76 451 089 46");
    assertThat(nir.toString()).doesNotContain("8412").startsWith("1");
  }

  @Test
  void un_nir_invalide_est_refuse_sans_reveler_sa_valeur() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Nir.parse("184127645108947"))
        .withMessageNotContaining("1841276451089");
  }
}
