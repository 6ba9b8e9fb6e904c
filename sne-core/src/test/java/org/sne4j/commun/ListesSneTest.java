package org.sne4j.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.MotifDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.handicap.CapaciteMarche;
import org.sne4j.handicap.EquipementHandicap;
import org.sne4j.handicap.EtatHandicap;
import org.sne4j.handicap.NatureHandicapMoteur;
import org.sne4j.handicap.NatureHandicapSensoriel;
import org.sne4j.logement.CategorieLogementActuel;
import org.sne4j.logement.CategorieLogementRecherche;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.logement.TypeLogement;
import org.sne4j.logement.TypologieRpls;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Coparentalite;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.TypeContratTravail;
import org.sne4j.menage.TypeRessource;
import org.sne4j.menage.TypeRessourceVersee;
import org.sne4j.priorite.StatutDalo;

/**
 * Every closed list of docs/reglementation.md §12 is complete: the codes of each enum are exactly the list's,
 * typed here independently of the enums.
 */
@DisplayName("Listes de codes du SNE (docs/reglementation.md §12)")
class ListesSneTest {

  static Stream<Arguments> listes() {
    return Stream.of(
        Arguments.of(MotifDemande.class, "01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16 17 18 19 20 21 22 23"),
        Arguments.of(ModeleLogement.class, "HLM LP RS RHVS RE SLHT SH CDEFCM CPE CP LTG FONC POCC CAMCAR HOT SD SQUAT"),
        Arguments.of(TypeRessource.class, "SAL RET CHO PAR PINV AF AAH AEEH AJPP RSA AMV PAJE BE AUT"),
        Arguments.of(TypeRessourceVersee.class, "PAV"),
        Arguments.of(TypeLogement.class, "C T1 T2 T3 T4 T5 T6P"),
        Arguments.of(TypologieRpls.class, "T1 T2 T3 T4 T5 T6 T7 T8 T9P"),
        Arguments.of(CategorieLogementRecherche.class, "A M I"),
        Arguments.of(CategorieLogementActuel.class, "A M"),
        Arguments.of(SituationFamiliale.class, "C M D S P U V"),
        Arguments.of(LienDemandeur.class, "M P C L"),
        Arguments.of(LienParente.class, "P E A"),
        Arguments.of(Coparentalite.class, "G D"),
        Arguments.of(Civilite.class, "1 2 3"),
        Arguments.of(Nationalite.class, "1 2 3"),
        Arguments.of(Sexe.class, "M F"),
        Arguments.of(TypeContratTravail.class, "CDI CDD ART CHO APP ETU RET AUT"),
        Arguments.of(EtatHandicap.class, "STA EVO"),
        Arguments.of(CapaciteMarche.class, "1 2 3 4"),
        Arguments.of(NatureHandicapMoteur.class, "MS MI"),
        Arguments.of(NatureHandicapSensoriel.class, "DA DV"),
        Arguments.of(AideTechnique.class, "1 2 3 4 5 6 7"),
        Arguments.of(EquipementHandicap.class, "1 2 3 4 5 6"),
        Arguments.of(MotifRadiation.class, "RADATT RADABA RADCON RADIRR RADREN FUSION"),
        Arguments.of(SousMotifIrrecevabilite.class, "IRRRES IRRSEJ"),
        Arguments.of(TypeReservataire.class, "PPRIOR PFONCT COLTER COLACT AUTRES AUCUN"),
        Arguments.of(StatutDalo.class, "NON ACTIF CADUC ACTREL"),
        Arguments.of(AccordCollectif.class, "ACD ACI AUCUN NONDOC"),
        Arguments.of(org.sne4j.demande.TypeFichier.class, "CRE CRS MOD RAD REN SUP DIS RET COP"),
        Arguments.of(BooleenSne.class, "OUI NON NONDOC"),
        Arguments.of(org.sne4j.territoire.ZoneUrbaineSensible.class, "ZUSOUI ZUSNON ZUSNSP"),
        Arguments.of(org.sne4j.priorite.TypologieLogementDalo.class,
            "01 02 03 04 05 06 08 09 21 22 23 24 25 26 28 30 31 40 41 42 43 44 45 46 47 48 49 50 99"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("listes")
  <E extends Enum<E> & CodeSne> void la_liste_est_complete_et_chaque_code_se_relit(Class<E> liste, String codes) {
    // GIVEN the codes of the list
    String[] attendus = codes.split(" ");
    // THEN the enum has exactly these codes, in this order, each with a French label
    assertThat(Arrays.stream(liste.getEnumConstants()).map(CodeSne::code)).containsExactly(attendus);
    for (E valeur : liste.getEnumConstants()) {
      assertThat(valeur.libelle()).isNotBlank();
      assertThat(CodeSne.parCode(liste, valeur.code())).isSameAs(valeur);
    }
  }

  @Test
  void un_code_inconnu_est_refuse_en_nommant_la_liste_et_le_code() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CodeSne.parCode(MotifRadiation.class, "RADXXX"))
        .withMessageContaining("RADXXX")
        .withMessageContaining("MotifRadiation")
        .withMessageContaining("RADATT");
    assertThat(CodeSne.chercher(MotifRadiation.class, null)).isEmpty();
  }

  @Test
  void les_motifs_de_radiation_suivent_les_items_de_r441_2_8() {
    assertThat(Arrays.stream(MotifRadiation.values()).map(MotifRadiation::item))
        .containsExactly("a", "b", "c", "d", "e", "f");
  }
}
