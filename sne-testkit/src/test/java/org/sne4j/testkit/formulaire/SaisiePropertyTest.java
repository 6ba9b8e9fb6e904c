package org.sne4j.testkit.formulaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.api.Sne;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.Demande;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.Violation;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.generateurs.GenerateursFormulaire;
import org.sne4j.testkit.property.Property;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.Statistics;
import org.sne4j.testkit.regles.ReglesObservees;

/**
 * Garbage in never throws anything but the library's documented validation error, and never
 * leaves anything stored; valid input always registers.
 */
@DisplayName("Saisie d'une demande : formulaires valides, défectueux et arbitraires")
class SaisiePropertyTest {

  static final LocalDate JOUR = LocalDate.of(2026, 3, 2);
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");

  @Test
  void tout_formulaire_valide_s_enregistre_avec_son_contenu() {
    Property.forAll(GenerateursFormulaire.valide(GenerateursDemande.METROPOLE_LILLOISE, JOUR)).check(f -> {
      InMemoryEventStore store = new InMemoryEventStore();
      Sne sne = Sne.builder().horloge(HorlogeReglable.le(JOUR)).eventStore(store).build();
      Demande d = sne.demandes().enregistrer(DESK, GUICHET, f);
      assertThat(FormulaireDemande.depuis(d.contenu())).isEqualTo(f);
      assertThat(store.readAll(0, 10)).hasSize(1);
    });
  }

  @Test
  void un_formulaire_defectueux_donne_son_code_et_n_ecrit_rien() {
    Property.forAll(GenerateursFormulaire.defectueux(GenerateursDemande.METROPOLE_LILLOISE, JOUR)).check(f -> {
      InMemoryEventStore store = new InMemoryEventStore();
      Sne sne = Sne.builder().horloge(HorlogeReglable.le(JOUR)).eventStore(store).build();
      try {
        sne.demandes().enregistrer(DESK, GUICHET, f.formulaire());
        throw new AssertionError("registered despite " + f.defaut());
      } catch (FormulaireInvalideException e) {
        assertThat(e.violations()).extracting(Violation::code).contains(f.codeAttendu());
        assertThat(e.violations()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
      }
      assertThat(store.readAll(0, 10)).isEmpty();
      // the first number allocated afterwards is the territory's first: none was allocated
      Demande d = sne.demandes().enregistrer(DESK, GUICHET, GenerateursFormulaire.valide(GenerateursDemande.METROPOLE_LILLOISE, JOUR)
          .sample(1L, 1).get(0));
      assertThat(d.numero().valeur()).endsWith("000001G0042");
      Statistics.label(f.codeAttendu());
    });
  }

  /** Who may file: every kind of actor, registration services or not. */
  static final List<Acteur> AUTEURS = List.of(DESK, Acteur.bailleur("B001", "Lille Métropole Habitat"),
      Acteur.reservataire("ALS", "Action Logement Services"), Acteur.collectivite("MEL", "Métropole européenne de Lille"),
      Acteur.serviceEtat("DDETS59", "DDETS du Nord"), Acteur.siao("SIAO59", "SIAO du Nord"), Acteur.demandeur(),
      Acteur.commission("COMED59", "Commission de médiation du Nord"), Acteur.gestionnaire());

  /** A form valid on its filing date, filed some days before today or after it. */
  record Saisie(LocalDate depot, FormulaireDemande formulaire) {}

  static Gen<Saisie> saisies() {
    return Gen.ints(-60, 5).flatMap(jours -> GenerateursFormulaire.valide(GenerateursDemande.METROPOLE_LILLOISE, JOUR.plusDays(jours))
        .map(f -> new Saisie(JOUR.plusDays(jours), f)));
  }

  @Test
  @DisplayName("R441-2-1, R441-2-2 ; L441-2-1 : un formulaire valide n'est refusé que pour son auteur ou une date de dépôt future")
  void un_formulaire_valide_n_est_refuse_que_pour_son_auteur_ou_une_date_de_depot_future() {
    Property.forAll(Gen.elements(AUTEURS), saisies())
        .requireAtLeast("refusé avec sa règle", 10)
        .check((Acteur auteur, Saisie saisie) -> {
          InMemoryEventStore store = new InMemoryEventStore();
          Sne sne = Sne.builder().horloge(HorlogeReglable.le(JOUR)).eventStore(store).build();
          boolean habilite = auteur.estServiceEnregistreur() || auteur.type() == TypeActeur.DEMANDEUR;
          String attendu = !habilite ? "DEM-ENREGISTREMENT-AUTEUR" : saisie.depot().isAfter(JOUR) ? "DEM-DATE-DEPOT" : null;
          try {
            sne.demandes().enregistrer(auteur, GUICHET, saisie.depot(), saisie.formulaire());
            assertThat(attendu).as("registered by %s, filed %s", auteur, saisie.depot()).isNull();
            assertThat(store.readAll(0, 10)).hasSize(1);
          } catch (RefusException e) {
            ReglesObservees.noter(SaisiePropertyTest.class, e.code());
            Statistics.label("refusé avec sa règle");
            assertThat(e.code()).isEqualTo(attendu);
            assertThat(store.readAll(0, 10)).as("a refused registration writes nothing").isEmpty();
          }
        });
  }

  @Test
  void n_importe_quelle_saisie_donne_une_demande_ou_l_erreur_documentee_jamais_autre_chose() {
    Property.forAll(GenerateursFormulaire.arbitraire(JOUR))
        .requireAtLeast("refusé avec ses violations", 50)
        .check(f -> {
          InMemoryEventStore store = new InMemoryEventStore();
          Sne sne = Sne.builder().horloge(HorlogeReglable.le(JOUR)).eventStore(store).build();
          try {
            sne.demandes().enregistrer(DESK, GUICHET, f);
            Statistics.label("enregistré");
            assertThat(store.readAll(0, 10)).hasSize(1);
          } catch (FormulaireInvalideException e) {
            Statistics.label("refusé avec ses violations");
            assertThat(e.violations()).isNotEmpty().allSatisfy(v -> {
              assertThat(v.code()).isNotBlank();
              assertThat(v.message()).isNotBlank();
            });
            assertThat(store.readAll(0, 10)).isEmpty();
          }
        });
  }
}
