package org.sne4j.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MontantTest {

  @ParameterizedTest
  @CsvSource({"1234,123400", "1234.5,123450", "'1234,56',123456", "0.01,1", "-12.30,-1230", "'26 044 €',-1"})
  void un_montant_se_lit_en_euros_et_se_garde_en_centimes(String texte, long centimes) {
    if (centimes == -1) {
      assertThatIllegalArgumentException().isThrownBy(() -> Montant.parse(texte));
    } else {
      assertThat(Montant.parse(texte).centimes()).isEqualTo(centimes);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "abc", "1.234", "1e3", "12,345", "NaN"})
  void un_montant_mal_ecrit_est_refuse(String texte) {
    assertThat(Montant.isValid(texte)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> Montant.parse(texte)).withMessageContaining(texte);
  }

  @Test
  void trois_decimales_sont_refusees() {
    assertThatIllegalArgumentException().isThrownBy(() -> Montant.of(new BigDecimal("1.005")));
  }

  @Test
  void l_arithmetique_est_exacte() {
    Montant a = Montant.parse("0.10");
    Montant b = Montant.parse("0.20");
    assertThat(a.plus(b)).isEqualTo(Montant.parse("0.30"));
    assertThat(Montant.euros(26_044).fois(new BigDecimal("1.30"), RoundingMode.HALF_UP)).isEqualTo(Montant.parse("33857.20"));
    assertThat(Montant.euros(100).divisePar(new BigDecimal("3"), RoundingMode.HALF_UP)).isEqualTo(Montant.parse("33.33"));
    assertThat(Montant.euros(1).moins(Montant.euros(2)).estNegatif()).isTrue();
    assertThat(Montant.parse("1234.5")).hasToString("1234.50 €");
  }

  @Test
  void le_depassement_est_une_erreur_pas_un_resultat_faux() {
    assertThatArithmetic(() -> Montant.centimes(Long.MAX_VALUE).plus(Montant.centimes(1)));
  }

  private static void assertThatArithmetic(Runnable r) {
    org.assertj.core.api.Assertions.assertThatExceptionOfType(ArithmeticException.class).isThrownBy(r::run);
  }
}
