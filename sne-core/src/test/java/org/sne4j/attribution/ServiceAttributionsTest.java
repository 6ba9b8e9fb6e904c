package org.sne4j.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sne4j.attribution.AttributionTest.SEANCE;
import static org.sne4j.attribution.AttributionTest.decisions;
import static org.sne4j.attribution.AttributionTest.nonAttribution;
import static org.sne4j.attribution.Territoire.DESK;
import static org.sne4j.attribution.Territoire.LMH;
import static org.sne4j.attribution.Territoire.bail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.DecisionCal;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Financement;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryRegistreAttributions;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;

@DisplayName("Service des attributions : les enregistrements d'attribution sont une projection (R441-2-9)")
class ServiceAttributionsTest {

  final Territoire t = new Territoire();

  /** A lease signed on {@code SEANCE + 20} on a new vacancy; returns the signer. */
  NumeroUnique unBail(String rpls) {
    IdentifiantVacance id = t.vacanceReservee(rpls, Financement.PLUS);
    NumeroUnique a = t.demande(), b = t.demande(), c = t.demande();
    t.enCommission(id, List.of(a, b, c), SEANCE);
    t.le(SEANCE).attributions().executer(new CommandeVacance.RendreDecisions(id, LMH,
        decisions(a, new DecisionCal.Attribution(), b, nonAttribution(), c, nonAttribution())));
    t.le(SEANCE.plusDays(1)).attributions().executer(new CommandeVacance.Proposer(id, LMH));
    t.le(SEANCE.plusDays(4)).attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), a));
    t.le(SEANCE.plusDays(20)).attributions().executer(bail(id, a));
    return a;
  }

  @Test
  void le_bail_enregistre_l_attribution_telle_que_le_menage_etait_au_bail() {
    // GIVEN a lease
    NumeroUnique signataire = unBail("RPLS10");
    IdentifiantVacance id = IdentifiantVacance.de(new org.sne4j.logement.IdentifiantRpls("RPLS10"), Territoire.DECLARATION);
    // THEN its record is in the read model, equal to the record folded from the events
    List<EnregistrementAttribution> lus = t.le(SEANCE.plusDays(30)).attributions()
        .enregistrementsAttribution(DESK, SEANCE, SEANCE.plusDays(30));
    Vacance vacance = t.le(SEANCE.plusDays(30)).attributions().vacance(DESK, id).orElseThrow();
    List<EvenementDemande> jusquAuBail = new ArrayList<>();
    for (StoredEvent s : t.store.readStream(StreamId.demande(signataire))) {
      jusquAuBail.add((EvenementDemande) s.event());
      if (s.event() instanceof EvenementDemande.BailSigne) {
        break;
      }
    }
    assertThat(lus).containsExactly(EnregistrementAttribution.de(vacance, Demande.rejouer(jusquAuBail).orElseThrow()));
    assertThat(t.banc.attributions.attribution(id)).contains(lus.get(0));
    assertThat(lus.get(0).dateBail()).isEqualTo(SEANCE.plusDays(20));
  }

  @Test
  void la_periode_demandee_borne_les_enregistrements_dates_inclus() {
    unBail("RPLS11");
    LocalDate jourDuBail = SEANCE.plusDays(20);
    assertThat(t.le(jourDuBail).attributions().enregistrementsAttribution(DESK, jourDuBail, jourDuBail)).hasSize(1);
    assertThat(t.le(jourDuBail).attributions().enregistrementsAttribution(DESK, jourDuBail.plusDays(1), jourDuBail.plusDays(9)))
        .isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> t.le(jourDuBail).attributions().enregistrementsAttribution(DESK, jourDuBail, jourDuBail.minusDays(1)))
        .withMessageContaining("ends before it starts");
  }

  @Test
  void une_commande_de_vacance_repetee_sous_son_identifiant_n_ecrit_rien_de_plus() {
    IdentifiantVacance id = t.vacanceReservee("RPLS14", Financement.PLUS);
    NumeroUnique a = t.demande();
    org.sne4j.commun.IdentifiantCommande cmd = org.sne4j.commun.IdentifiantCommande.de("designation-1");
    CommandeVacance designer = new CommandeVacance.Designer(id, Territoire.ALS, a, false);

    Vacance premier = t.le(Territoire.DECLARATION.plusDays(3)).attributions().executer(cmd, designer);
    Vacance repete = t.le(Territoire.DECLARATION.plusDays(4)).attributions().executer(cmd, designer);

    assertThat(repete).isEqualTo(premier);
    assertThat(repete.candidats()).hasSize(1);
    assertThat(t.store.readStream(org.sne4j.spi.StreamId.vacance(id))).hasSize(2);
    assertThat(t.store.readStream(org.sne4j.spi.StreamId.demande(a))).hasSize(2);
  }

  @Test
  void un_bail_refuse_n_enregistre_rien() {
    IdentifiantVacance id = t.vacanceReservee("RPLS12", Financement.PLUS);
    NumeroUnique a = t.demande();
    assertThatThrownBy(() -> t.le(SEANCE).attributions().executer(bail(id, a))).isInstanceOf(RefusException.class);
    assertThat(t.banc.attributions.nombre()).isZero();
  }

  @Test
  void une_projection_vide_a_cote_d_un_store_rempli_est_reconstruite_au_demarrage() {
    // GIVEN a store with a lease, and a new library over it with empty in-memory read models
    unBail("RPLS13");
    InMemoryRegistreAttributions attributions = new InMemoryRegistreAttributions();
    InMemoryIndexDemandes index = new InMemoryIndexDemandes();
    // WHEN it is built
    t.banc.builder(SEANCE.plusDays(30)).index(index).attributions(attributions).build();
    // THEN both read models were rebuilt from the events, equal to those kept step by step
    assertThat(attributions.signesEntre(LocalDate.MIN, LocalDate.MAX))
        .isEqualTo(t.banc.attributions.signesEntre(LocalDate.MIN, LocalDate.MAX)).hasSize(1);
    assertThat(index.rechercher(org.sne4j.spi.CritereRecherche.toutes(100)))
        .isEqualTo(t.banc.index.rechercher(org.sne4j.spi.CritereRecherche.toutes(100))).hasSize(3);
  }
}
