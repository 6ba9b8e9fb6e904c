package org.sne4j.demande;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.territoire.Departement;
import org.sne4j.territoire.TerritoireEnregistrement;

@DisplayName("Numéro unique (ancien R441-2-3 ; arrêté du 23 mars 2015 §3)")
class NumeroUniqueTest {

  @Test
  void un_numero_a_dix_huit_caracteres_se_lit_au_mieux() {
    // GIVEN
    NumeroUnique n = NumeroUnique.parse("0590125000123G0042");
    // THEN
    assertThat(n.territoire()).contains(TerritoireEnregistrement.de(Departement.parse("59")));
    assertThat(n.moisAnneeEnregistrement()).contains(YearMonth.of(2025, 1));
    assertThat(n.guichet()).contains(new CodeGuichet("G0042"));
  }

  @Test
  void un_numero_francilien_commence_par_111_et_peut_venir_du_guichet_internet() {
    NumeroUnique n = NumeroUnique.parse("1111023517879GDPUB");
    assertThat(n.territoire()).contains(TerritoireEnregistrement.ILE_DE_FRANCE);
    assertThat(n.moisAnneeEnregistrement()).contains(YearMonth.of(2023, 10));
    assertThat(n.guichet()).contains(new CodeGuichet("GDPUB"));
  }

  @Test
  void la_corse_et_l_outre_mer_sont_lus() {
    assertThat(NumeroUnique.parse("02A0125000001G0001").territoire())
        .contains(TerritoireEnregistrement.de(Departement.parse("2A")));
    assertThat(NumeroUnique.parse("9740125000001G0001").territoire())
        .contains(TerritoireEnregistrement.de(Departement.parse("974")));
  }

  @Test
  void un_numero_d_une_autre_forme_reste_un_identifiant_opaque() {
    NumeroUnique n = NumeroUnique.parse("ABCDEFGHIJKLMNOPQR");
    assertThat(n.territoire()).isEmpty();
    assertThat(n.moisAnneeEnregistrement()).isEmpty();
    assertThat(n.guichet()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "0590125000123G004", "0590125000123G00422", "0590125000123g004-"})
  void un_numero_mal_forme_est_refuse_avec_sa_valeur(String texte) {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new NumeroUnique(texte))
        .withMessageContaining("'" + texte + "'");
    assertThat(NumeroUnique.isValid(texte)).isFalse();
  }

  @Test
  void composer_donne_la_disposition_usuelle() {
    NumeroUnique n =
        NumeroUnique.composer(
            TerritoireEnregistrement.ILE_DE_FRANCE, YearMonth.of(2026, 3), 42, new CodeGuichet("G1226"));
    assertThat(n.valeur()).isEqualTo("1110326000042G1226");
  }
}
