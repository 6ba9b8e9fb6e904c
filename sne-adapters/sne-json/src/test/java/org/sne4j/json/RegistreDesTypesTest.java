package org.sne4j.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.cal.DecisionCal;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.spi.SerializedEvent;

/** The type identifiers: one per record of each sealed hierarchy, stable, never a class name. */
class RegistreDesTypesTest {

  @Test
  void chaque_evenement_et_chaque_decision_de_cal_a_un_identifiant_de_type() {
    for (Class<?> hierarchie : List.of(EvenementDemande.class, EvenementVacance.class, DecisionCal.class)) {
      // WHEN
      List<Class<?>> enregistres = TypeRegistry.entries(hierarchie).stream().<Class<?>>map(TypeRegistry.Entry::type).toList();

      // THEN
      assertThat(enregistres).containsExactlyInAnyOrder(hierarchie.getPermittedSubclasses());
    }
  }

  @Test
  void les_identifiants_publies_et_leurs_versions_ne_changent_pas() {
    // GIVEN: the table as released; an addition is appended here, nothing else may change
    Map<String, Integer> publies =
        Map.ofEntries(
            Map.entry("demande.enregistree", 2), Map.entry("demande.modifiee", 2), Map.entry("demande.corrigee", 2),
            Map.entry("demande.renouvelee", 2), Map.entry("demande.avis-renouvellement-envoye", 1),
            Map.entry("demande.avertissement-envoye", 2), Map.entry("demande.avertissement-leve", 1),
            Map.entry("demande.radiee", 1), Map.entry("demande.reactivee", 1), Map.entry("demande.priorite-reconnue", 2),
            Map.entry("demande.priorite-retiree", 2), Map.entry("demande.contingent-declare", 1),
            Map.entry("demande.pieces-demandees", 1), Map.entry("demande.pieces-fournies", 1),
            Map.entry("demande.designee", 1), Map.entry("demande.inscrite-en-cal", 1),
            Map.entry("demande.visite-proposee", 1), Map.entry("demande.visite-effectuee", 1),
            Map.entry("demande.decision-cal-rendue", 1), Map.entry("demande.refus-du-demandeur", 1),
            Map.entry("demande.bail-signe", 1), Map.entry("demande.evenement-annule", 1),
            Map.entry("demande.evenement-local", 1), Map.entry("demande.offre-emise", 1),
            Map.entry("demande.offre-acceptee", 1), Map.entry("demande.condition-suspensive-levee", 1),
            Map.entry("demande.condition-suspensive-non-levee", 1), Map.entry("demande.conditions-acces-non-remplies", 1), Map.entry("demande.attribution-sans-suite", 1),
            Map.entry("demande.radiation-nationale-constatee", 1),
            Map.entry("vacance.declaree", 1), Map.entry("vacance.candidat-designe", 1),
            Map.entry("vacance.candidat-retire", 1), Map.entry("vacance.designation-reprise", 1),
            Map.entry("vacance.inscription-en-commission", 1), Map.entry("vacance.decisions-rendues", 1),
            Map.entry("vacance.offre-faite", 1), Map.entry("vacance.reponse-offre", 1),
            Map.entry("vacance.condition-statuee", 1), Map.entry("vacance.bail-signe", 1),
            Map.entry("vacance.nouveau-tour", 1), Map.entry("cal.decision.attribution", 1),
            Map.entry("cal.decision.attribution-en-rang", 1), Map.entry("cal.decision.attribution-sous-condition", 1),
            Map.entry("cal.decision.non-attribution", 1), Map.entry("cal.decision.irrecevabilite", 1));

    // WHEN
    Map<String, Integer> table =
        TypeRegistry.entries().stream().collect(Collectors.toMap(TypeRegistry.Entry::id, TypeRegistry.Entry::currentVersion));

    // THEN
    assertThat(table).isEqualTo(publies);
  }

  @Test
  void les_identifiants_sont_acceptes_par_le_port_des_evenements_stockes() {
    for (TypeRegistry.Entry entry : TypeRegistry.entries()) {
      assertThat(new SerializedEvent(entry.id(), entry.currentVersion(), "{}").type()).isEqualTo(entry.id());
    }
  }

  @Test
  void un_nom_de_classe_n_est_jamais_un_identifiant_de_type() {
    // GIVEN
    String parNomDeClasse = Ressources.lire("golden/demande.radiee.v1.json").replace("\"demande.radiee\"", "\"DemandeRadiee\"");

    // WHEN / THEN
    assertThatThrownBy(() -> SneJson.mapper().readValue(parNomDeClasse, EvenementDemande.class))
        .hasMessageContaining("Could not resolve type id 'DemandeRadiee'");
    assertThat(new JsonValidator().validerEvenement(parNomDeClasse).codes()).containsExactly("type.inconnu");
  }

  @Test
  void une_classe_non_enregistree_n_a_pas_d_identifiant() {
    assertThatThrownBy(() -> TypeRegistry.idOf(String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("add it to TypeRegistry");
  }
}
