package org.sne4j.testkit.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.commun.Montant;
import org.sne4j.eligibilite.ControlePlafonds;
import org.sne4j.eligibilite.RevenusInvoques;
import org.sne4j.eligibilite.StatutEligibilite;
import org.sne4j.eligibilite.VerificationPlafond;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.property.Gen;
import org.sne4j.testkit.property.Property;
import org.sne4j.testkit.regles.ReglesObservees;

@DisplayName("Éligibilité monotone dans le revenu (L441-3, R441-1, arrêté du 29 juillet 1987)")
class EligibilitePropertyTest {

  static final ControlePlafonds PLAFONDS = ControlePlafonds.parDefaut();

  @Test
  void un_revenu_plus_bas_ne_rend_jamais_ineligible() {
    Gen<LocalDate> jour = Gen.dates(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    Gen<CodeInsee> commune = Gen.elements(CodeInsee.parse("75113"), CodeInsee.parse("93066"), CodeInsee.parse("77288"),
        CodeInsee.parse("59350"), CodeInsee.parse("2A004"));
    Gen<PlafondsApplicables> plafonds = Gen.elements(PlafondsApplicables.PLUS, PlafondsApplicables.PLS);
    Property.forAll(
            GenerateursDemande.menage(GenerateursDemande.METROPOLE_LILLOISE, LocalDate.of(2026, 1, 1))
                .map(m -> m.categorie(LocalDate.of(2026, 1, 1))),
            Gen.zip(Gen.longs(0, 150_000), Gen.longs(0, 150_000), (a, b) -> new long[] {Math.min(a, b), Math.max(a, b)}),
            Gen.zip(jour, commune, plafonds, (j, c, p) -> new Object[] {j, c, p}))
        .check((CategorieMenage categorie, long[] revenus, Object[] contexte) -> {
          LocalDate date = (LocalDate) contexte[0];
          CodeInsee c = (CodeInsee) contexte[1];
          PlafondsApplicables p = (PlafondsApplicables) contexte[2];
          VerificationPlafond verificationBas =
              PLAFONDS.verifier(categorie, p, c, date, Optional.of(Montant.euros(revenus[0])), RevenusInvoques.AUCUN);
          VerificationPlafond verificationHaut =
              PLAFONDS.verifier(categorie, p, c, date, Optional.of(Montant.euros(revenus[1])), RevenusInvoques.AUCUN);
          for (VerificationPlafond v : List.of(verificationBas, verificationHaut)) {
            v.regles().forEach(r -> ReglesObservees.noter(EligibilitePropertyTest.class, r.id()));
          }
          StatutEligibilite bas = verificationBas.statut();
          StatutEligibilite haut = verificationHaut.statut();
          if (haut == StatutEligibilite.ELIGIBLE) {
            assertThat(bas).as("income %s ≤ %s", revenus[0], revenus[1]).isEqualTo(StatutEligibilite.ELIGIBLE);
          }
          if (bas == StatutEligibilite.NON_ELIGIBLE) {
            assertThat(haut).isEqualTo(StatutEligibilite.NON_ELIGIBLE);
          }
        });
  }
}
