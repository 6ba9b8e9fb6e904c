package org.sne4j.testkit.generateurs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.cal.DecisionCal;
import org.sne4j.demande.EvenementDemande;

class GenerateursEvenementsTest {

  @Test
  void il_y_a_un_generateur_par_nature_d_evenement() {
    // GIVEN
    List<Class<?>> natures = List.<Class<?>>of(EvenementDemande.class.getPermittedSubclasses());

    // WHEN
    List<Class<?>> generees = GenerateursEvenements.parNature().stream()
        .<Class<?>>map(g -> g.sample(1L, 1).get(0).getClass())
        .toList();

    // THEN
    assertThat(generees).hasSameSizeAs(natures).containsExactlyInAnyOrderElementsOf(natures);
  }

  @Test
  void les_evenements_generes_couvrent_toutes_les_natures_et_les_5_decisions() {
    // GIVEN
    Set<Class<?>> evenements = new HashSet<>();
    Set<Class<?>> decisions = new HashSet<>();
    Set<Class<?>> vacances = new HashSet<>();

    // WHEN
    GenerateursEvenements.evenement().sample(7L, 2_000).forEach(e -> evenements.add(e.getClass()));
    GenerateursEvenements.decisionCal().sample(7L, 200).forEach(d -> decisions.add(d.getClass()));
    GenerateursEvenements.evenementVacance().sample(7L, 500).forEach(v -> vacances.add(v.getClass()));

    // THEN
    assertThat(evenements).containsExactlyInAnyOrder(EvenementDemande.class.getPermittedSubclasses());
    assertThat(decisions).containsExactlyInAnyOrder(DecisionCal.class.getPermittedSubclasses());
    assertThat(vacances).containsExactlyInAnyOrder(EvenementVacance.class.getPermittedSubclasses());
  }

  @Test
  void les_textes_generes_melangent_les_ecritures_et_les_longueurs() {
    // GIVEN
    List<String> textes = GenerateursEvenements.texte().sample(3L, 2_000);

    // THEN
    assertThat(textes).allMatch(t -> !t.isBlank());
    assertThat(textes).anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint));
    assertThat(textes).anyMatch(t -> t.length() > 1_000);
    assertThat(textes).anyMatch(t -> t.chars().allMatch(c -> c < 128));
  }
}
