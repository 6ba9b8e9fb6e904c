package org.sne4j.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.Vacance;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.memoire.InMemoryIndexDemandes;
import org.sne4j.memoire.InMemoryRegistreAttributions;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.StoredEvent;
import org.sne4j.spi.StreamId;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.Property;

/**
 * The read models PostgreSQL keeps in its append transaction equal, for any territory's history,
 * the fold of the events, the in-memory read models driven identically, and a rebuild.
 */
@DisplayName("Projections PostgreSQL = pli des événements = mémoire = reconstruction (propriété)")
class ProjectionsPropertyTest {

  static final String SCHEMA = "sne_test_projections_prop";

  @Test
  void les_projections_postgresql_sont_le_pli_des_evenements_pour_tout_historique() {
    Property.forAll(Gen.longs(1, Long.MAX_VALUE), Gen.ints(2, 5))
        .tries(8) // each try is months of a territory on a real server: a few seconds
        .check((graine, mois) -> {
          DataSource ds = BaseDeTest.schemaVide(SCHEMA);
          PostgresEventStore pg = PostgresEventStore.builder(ds, new SerialiseurDeTest()).schema(SCHEMA).build();
          InMemoryIndexDemandes index = new InMemoryIndexDemandes();
          InMemoryRegistreAttributions attributions = new InMemoryRegistreAttributions();
          Scenario surPg = new Scenario(graine, pg, pg).avecBaux().executer(mois, 15);
          Scenario enMemoire = new Scenario(graine, new InMemoryEventStore(), index, attributions).avecBaux().executer(mois, 15);

          assertThat(surPg.numeros).isEqualTo(enMemoire.numeros);
          Map<NumeroUnique, FicheDemande> plis = plis(pg, surPg.numeros);
          assertThat(lignes(pg)).as("summaries = fold").isEqualTo(plis);
          assertThat(lignes(index)).as("PostgreSQL = memory").isEqualTo(plis);
          List<EnregistrementAttribution> baux = pg.signesEntre(LocalDate.MIN, LocalDate.MAX);
          assertThat(baux).as("a history with leases").isNotEmpty();
          assertThat(baux).as("records = fold").isEqualTo(attributionsPliees(pg));
          assertThat(baux).as("PostgreSQL = memory").isEqualTo(attributions.signesEntre(LocalDate.MIN, LocalDate.MAX));

          surPg.sne.projections().reconstruire();
          assertThat(lignes(pg)).as("rebuilt summaries").isEqualTo(plis);
          assertThat(pg.signesEntre(LocalDate.MIN, LocalDate.MAX)).as("rebuilt records").isEqualTo(baux);
        });
  }

  static Map<NumeroUnique, FicheDemande> lignes(org.sne4j.spi.IndexDemandes index) {
    Map<NumeroUnique, FicheDemande> fiches = new TreeMap<>();
    index.rechercher(CritereRecherche.toutes(10_000)).forEach(f -> fiches.put(f.numero(), f));
    return fiches;
  }

  static Map<NumeroUnique, FicheDemande> plis(PostgresEventStore store, List<NumeroUnique> numeros) {
    Map<NumeroUnique, FicheDemande> fiches = new TreeMap<>();
    for (NumeroUnique n : numeros) {
      List<StoredEvent> h = store.readStream(StreamId.demande(n));
      fiches.put(n, FicheDemande.de(Demande.rejouer(h.stream().map(s -> (EvenementDemande) s.event()).toList()).orElseThrow(),
          DelaisReglementaires.parDefaut()));
    }
    return fiches;
  }

  /** Each signed lease's record, folded from the vacancy's stream and the signer's up to its lease. */
  static List<EnregistrementAttribution> attributionsPliees(PostgresEventStore store) {
    List<EnregistrementAttribution> attendus = new ArrayList<>();
    long position = 0;
    List<StoredEvent> lot;
    do {
      lot = store.readAll(position, 1_000);
      for (StoredEvent s : lot) {
        position = s.position();
        if (s.event() instanceof EvenementVacance.BailSigne b) {
          Vacance v = Vacance.rejouer(store.readStream(StreamId.vacance(b.vacance())).stream()
              .map(e -> (EvenementVacance) e.event()).toList()).orElseThrow();
          List<EvenementDemande> jusquAuBail = new ArrayList<>();
          for (StoredEvent e : store.readStream(StreamId.demande(b.candidat()))) {
            jusquAuBail.add((EvenementDemande) e.event());
            if (e.event() instanceof EvenementDemande.BailSigne) {
              break;
            }
          }
          attendus.add(EnregistrementAttribution.de(v, Demande.rejouer(jusquAuBail).orElseThrow()));
        }
      }
    } while (!lot.isEmpty());
    attendus.sort(java.util.Comparator.comparing(EnregistrementAttribution::dateBail)
        .thenComparing(e -> e.vacance().valeur()));
    return attendus;
  }
}
