package org.sne4j.territoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodesTerritoireTest {

  @ParameterizedTest
  @CsvSource({"75056,75", "75113,75", "2A004,2A", "2B033,2B", "97411,974", "97611,976", "01001,01", "59350,59"})
  void un_code_insee_donne_son_departement(String commune, String departement) {
    assertThat(CodeInsee.parse(commune).departement()).isEqualTo(Departement.parse(departement));
  }

  @ParameterizedTest
  @ValueSource(strings = {"20004", "00001", "96001", "97500", "7511", "751130", "2C004", "75 13"})
  void un_code_insee_invalide_est_refuse(String code) {
    assertThat(CodeInsee.isValid(code)).isFalse();
    assertThatIllegalArgumentException().isThrownBy(() -> CodeInsee.parse(code)).withMessageContaining(code.strip());
  }

  @ParameterizedTest
  @CsvSource({"75,75,075", "075,75,075", "2a,2A,02A", "02B,2B,02B", "971,971,971", "976,976,976"})
  void un_departement_se_lit_sous_ses_formes_usuelles(String texte, String code, String trois) {
    Departement d = Departement.parse(texte);
    assertThat(d.code()).isEqualTo(code);
    assertThat(d.codeSurTroisCaracteres()).isEqualTo(trois);
  }

  @ParameterizedTest
  @ValueSource(strings = {"20", "00", "96", "975", "977", "2C", "100"})
  void un_departement_inexistant_est_refuse(String code) {
    assertThat(Departement.isValid(code)).isFalse();
  }

  @Test
  void en_ile_de_france_la_demande_est_regionale() {
    assertThat(TerritoireEnregistrement.de(CodeInsee.parse("93066"))).isEqualTo(TerritoireEnregistrement.ILE_DE_FRANCE);
    assertThat(TerritoireEnregistrement.de(CodeInsee.parse("75113"))).isEqualTo(TerritoireEnregistrement.ILE_DE_FRANCE);
    assertThat(TerritoireEnregistrement.ILE_DE_FRANCE.contient(CodeInsee.parse("77288"))).isTrue();
    assertThat(TerritoireEnregistrement.ILE_DE_FRANCE.contient(CodeInsee.parse("60057"))).isFalse();
    assertThat(TerritoireEnregistrement.ILE_DE_FRANCE.prefixeNumeroUnique()).isEqualTo("111");
  }

  @Test
  void hors_ile_de_france_la_demande_est_departementale() {
    TerritoireEnregistrement nord = TerritoireEnregistrement.de(CodeInsee.parse("59350"));
    assertThat(nord.code()).isEqualTo("59");
    assertThat(nord.contient(CodeInsee.parse("62041"))).isFalse();
    assertThat(nord.prefixeNumeroUnique()).isEqualTo("059");
    assertThat(TerritoireEnregistrement.de(Departement.parse("2A")).prefixeNumeroUnique()).isEqualTo("02A");
  }

  @Test
  void un_departement_francilien_n_est_pas_un_territoire_d_enregistrement() {
    assertThatIllegalArgumentException().isThrownBy(() -> new TerritoireEnregistrement("93"));
  }
}
