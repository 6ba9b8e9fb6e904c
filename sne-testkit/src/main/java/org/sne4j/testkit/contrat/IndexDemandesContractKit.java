package org.sne4j.testkit.contrat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.TypeLogement;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.spi.CritereRecherche;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The contract of {@link IndexDemandes}, as an abstract JUnit 5 class: summaries read back as
 * indexed, indexing is idempotent and never moves a demand backwards, the daily queries (notices
 * due, radiations due, retention ended) and the searches select exactly the summaries whose own
 * predicates hold, in numéro unique order, with paging. Extend it and supply {@link #newIndex()}.
 */
public abstract class IndexDemandesContractKit {

  /** The day the queries are asked. */
  protected static final LocalDate JOUR = LocalDate.of(2026, 3, 15);

  static final TerritoireEnregistrement NORD = new TerritoireEnregistrement("59");
  static final TerritoireEnregistrement CORSE_DU_SUD = new TerritoireEnregistrement("2A");
  static final CodeInsee LILLE = CodeInsee.parse("59350");
  static final CodeInsee ROUBAIX = CodeInsee.parse("59512");
  static final CodeInsee AJACCIO = CodeInsee.parse("2A004");

  /** The index under test; a fresh one for each test. */
  protected IndexDemandes index;

  /** A new, empty index. */
  protected abstract IndexDemandes newIndex();

  /** Releases an index after use (default: nothing). */
  protected void release(IndexDemandes index) throws Exception {}

  @BeforeEach
  void nouvelIndex() {
    index = newIndex();
  }

  @AfterEach
  void libererIndex() throws Exception {
    if (index != null) {
      release(index);
    }
  }

  /** A numéro unique of the Nord, numbered {@code n}. */
  protected static NumeroUnique numero(int n) {
    return new NumeroUnique(String.format("05901250%05dG0042", n));
  }

  /** An active summary of the Nord at version 1, seeking a T2 in Lille, filed on 2025-06-01. */
  protected static FicheDemande fiche(int n) {
    LocalDate depot = LocalDate.of(2025, 6, 1);
    return new FicheDemande(numero(n), NORD, 1, depot, depot.plusYears(1).minusDays(1), depot.plusMonths(11), false,
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(LILLE),
        Set.of(TypeLogement.T2), 2, false, StatutDalo.NON);
  }

  static FicheDemande version(FicheDemande f, long v) {
    return new FicheDemande(f.numero(), f.territoire(), v, f.dateDepot(), f.dateFinValidite(), f.dateEcheanceAvis(),
        f.avisEnvoye(), f.dateRadiationNonRenouvellement(), f.echeanceAvertissement(), f.motifRadiation(),
        f.dateRadiation(), f.dateFinConservation(), f.communes(), f.typologies(), f.personnes(), f.prioritaire(),
        f.statutDalo());
  }

  static FicheDemande echeance(FicheDemande f, LocalDate avis, boolean envoye, Optional<LocalDate> radiation) {
    return new FicheDemande(f.numero(), f.territoire(), f.version(), f.dateDepot(), f.dateFinValidite(), avis, envoye,
        radiation, f.echeanceAvertissement(), f.motifRadiation(), f.dateRadiation(), f.dateFinConservation(),
        f.communes(), f.typologies(), f.personnes(), f.prioritaire(), f.statutDalo());
  }

  static FicheDemande radiee(FicheDemande f, LocalDate le, LocalDate finConservation) {
    return new FicheDemande(f.numero(), f.territoire(), f.version(), f.dateDepot(), f.dateFinValidite(),
        f.dateEcheanceAvis(), f.avisEnvoye(), f.dateRadiationNonRenouvellement(), f.echeanceAvertissement(),
        Optional.of(MotifRadiation.RENONCIATION), Optional.of(le), Optional.of(finConservation), f.communes(),
        f.typologies(), f.personnes(), f.prioritaire(), f.statutDalo());
  }

  static FicheDemande cherche(FicheDemande f, TerritoireEnregistrement t, List<CodeInsee> communes, Set<TypeLogement> types) {
    return new FicheDemande(f.numero(), t, f.version(), f.dateDepot(), f.dateFinValidite(), f.dateEcheanceAvis(),
        f.avisEnvoye(), f.dateRadiationNonRenouvellement(), f.echeanceAvertissement(), f.motifRadiation(),
        f.dateRadiation(), f.dateFinConservation(), communes, types, f.personnes(), f.prioritaire(), f.statutDalo());
  }

  @Nested
  @DisplayName("Indexing: read back as indexed, idempotent, never backwards")
  class Indexing {

    @Test
    void a_summary_reads_back_as_indexed_and_an_unknown_number_reads_empty() {
      FicheDemande f = cherche(fiche(1), NORD, List.of(ROUBAIX, LILLE), Set.of(TypeLogement.T2, TypeLogement.T6_ET_PLUS));

      index.indexer(f);

      assertEquals(Optional.of(f), index.fiche(f.numero()));
      assertEquals(Optional.empty(), index.fiche(numero(2)));
    }

    @Test
    void indexing_twice_changes_nothing_and_an_older_version_is_ignored() {
      FicheDemande v3 = version(fiche(1), 3);
      index.indexer(v3);
      index.indexer(v3);

      index.indexer(version(echeance(fiche(1), JOUR, true, Optional.empty()), 2));

      assertEquals(Optional.of(v3), index.fiche(v3.numero()));
      assertEquals(List.of(v3), index.rechercher(CritereRecherche.toutes(10)));
    }

    @Test
    void a_newer_version_replaces_the_summary() {
      index.indexer(fiche(1));
      FicheDemande v2 = version(radiee(fiche(1), JOUR, JOUR.plusYears(1)), 2);

      index.indexer(v2);

      assertEquals(Optional.of(v2), index.fiche(v2.numero()));
    }

    @Test
    void emptying_forgets_every_summary() {
      index.indexer(fiche(1));
      index.indexer(fiche(2));

      index.vider();

      assertTrue(index.rechercher(CritereRecherche.toutes(10)).isEmpty());
      assertEquals(Optional.empty(), index.fiche(numero(1)));
    }
  }

  @Nested
  @DisplayName("Daily queries: exactly the summaries whose predicate holds, in numéro order")
  class DailyQueries {

    private List<FicheDemande> peupler() {
      List<FicheDemande> fiches = new ArrayList<>();
      fiches.add(echeance(fiche(7), JOUR, false, Optional.empty()));                        // notice due today
      fiches.add(echeance(fiche(3), JOUR.minusDays(40), false, Optional.empty()));          // overdue
      fiches.add(echeance(fiche(5), JOUR.plusDays(1), false, Optional.empty()));            // tomorrow
      fiches.add(echeance(fiche(4), JOUR.minusDays(10), true, Optional.of(JOUR)));          // sent; radiation due
      fiches.add(echeance(fiche(6), JOUR.minusDays(10), true, Optional.of(JOUR.plusDays(1))));
      fiches.add(radiee(echeance(fiche(2), JOUR.minusDays(90), false, Optional.of(JOUR.minusDays(5))),
          JOUR.minusYears(1), JOUR));                                                        // radiated, retention ends
      fiches.add(radiee(fiche(1), JOUR.minusMonths(2), JOUR.plusMonths(10)));
      List<FicheDemande> melange = new ArrayList<>(fiches);
      Collections.reverse(melange);
      melange.forEach(index::indexer);
      return fiches;
    }

    @Test
    void notices_due_are_those_due_on_the_day_or_earlier_not_sent_not_radiated() {
      List<FicheDemande> fiches = peupler();

      assertEquals(fiches.stream().filter(f -> f.avisDu(JOUR)).sorted(ORDRE).toList(), index.avisDus(JOUR));
      assertEquals(List.of(numero(3), numero(7)), index.avisDus(JOUR).stream().map(FicheDemande::numero).toList());
    }

    @Test
    void radiations_due_are_those_whose_date_came_and_not_radiated() {
      List<FicheDemande> fiches = peupler();

      assertEquals(fiches.stream().filter(f -> f.radiationNonRenouvellementDue(JOUR)).sorted(ORDRE).toList(),
          index.radiationsNonRenouvellementDues(JOUR));
      assertEquals(List.of(numero(4)),
          index.radiationsNonRenouvellementDues(JOUR).stream().map(FicheDemande::numero).toList());
    }

    @Test
    void retentions_ended_are_the_radiated_demands_whose_retention_ended_on_or_before_the_day() {
      List<FicheDemande> fiches = peupler();

      assertEquals(fiches.stream().filter(f -> f.conservationEchue(JOUR)).sorted(ORDRE).toList(),
          index.conservationsEchues(JOUR));
      assertEquals(List.of(numero(2)), index.conservationsEchues(JOUR).stream().map(FicheDemande::numero).toList());
    }
  }

  static final java.util.Comparator<FicheDemande> ORDRE = java.util.Comparator.comparing(FicheDemande::numero);

  @Nested
  @DisplayName("Searches: by territory, commune, typology, active only, with paging")
  class Searches {

    private void peupler() {
      index.indexer(cherche(fiche(1), NORD, List.of(LILLE), Set.of(TypeLogement.T2)));
      index.indexer(cherche(fiche(2), NORD, List.of(ROUBAIX, LILLE), Set.of(TypeLogement.T3, TypeLogement.T4)));
      index.indexer(radiee(cherche(fiche(3), NORD, List.of(LILLE), Set.of(TypeLogement.T3)), JOUR, JOUR.plusYears(1)));
      index.indexer(cherche(fiche(4), CORSE_DU_SUD, List.of(AJACCIO), Set.of(TypeLogement.T3)));
      index.indexer(cherche(fiche(5), NORD, List.of(ROUBAIX), Set.of(TypeLogement.CHAMBRE)));
    }

    private List<NumeroUnique> numeros(CritereRecherche c) {
      return index.rechercher(c).stream().map(FicheDemande::numero).toList();
    }

    @Test
    void each_criterion_selects_its_demands_in_numero_order() {
      peupler();

      assertEquals(List.of(numero(1), numero(2), numero(3), numero(4), numero(5)), numeros(CritereRecherche.toutes(100)));
      assertEquals(List.of(numero(1), numero(2), numero(4), numero(5)), numeros(CritereRecherche.actives(100)));
      assertEquals(List.of(numero(4)), numeros(CritereRecherche.toutes(100).dansLeTerritoire(CORSE_DU_SUD)));
      assertEquals(List.of(numero(1), numero(2), numero(3)), numeros(CritereRecherche.toutes(100).pourLaCommune(LILLE)));
      assertEquals(List.of(numero(2), numero(3), numero(4)),
          numeros(CritereRecherche.toutes(100).pourLaTypologie(TypeLogement.T3)));
      assertEquals(List.of(numero(2)),
          numeros(CritereRecherche.actives(100).dansLeTerritoire(NORD).pourLaCommune(LILLE).pourLaTypologie(TypeLogement.T3)));
      assertEquals(List.of(), numeros(CritereRecherche.toutes(100).pourLaCommune(AJACCIO).dansLeTerritoire(NORD)));
    }

    @Test
    void pages_skip_then_limit() {
      peupler();

      assertEquals(List.of(numero(1), numero(2)), numeros(CritereRecherche.toutes(2)));
      assertEquals(List.of(numero(3), numero(4)), numeros(CritereRecherche.toutes(2).aPartirDe(2)));
      assertEquals(List.of(numero(5)), numeros(CritereRecherche.toutes(2).aPartirDe(4)));
      assertEquals(List.of(), numeros(CritereRecherche.toutes(2).aPartirDe(5)));
    }
  }
}
