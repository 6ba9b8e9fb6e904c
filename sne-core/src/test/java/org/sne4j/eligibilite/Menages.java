package org.sne4j.eligibilite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sne4j.commun.Montant;
import org.sne4j.menage.Civilite;
import org.sne4j.menage.Contact;
import org.sne4j.menage.Cotitulaire;
import org.sne4j.menage.LienDemandeur;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Nationalite;
import org.sne4j.menage.PersonneACharge;
import org.sne4j.menage.Ressource;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.SituationFamiliale;
import org.sne4j.menage.Titulaire;
import org.sne4j.menage.TypeRessource;

/** Households for the eligibility tests, named by what they are. */
final class Menages {

  private Menages() {}

  static Titulaire titulaire(
      String prenom, String nom, LocalDate naissance, Map<Integer, Long> rfrParAnnee, long salaireMensuel) {
    List<RevenuFiscal> rfr = new ArrayList<>();
    rfrParAnnee.forEach((annee, euros) -> rfr.add(new RevenuFiscal(annee, Montant.euros(euros))));
    return new Titulaire(
        Civilite.MADAME, nom, Optional.empty(), prenom, naissance, Nationalite.FRANCAISE,
        SituationFamiliale.CELIBATAIRE, Optional.empty(), Contact.AUCUN, Optional.empty(),
        Optional.empty(), rfr,
        salaireMensuel == 0
            ? List.of()
            : List.of(new Ressource(TypeRessource.SALAIRES, Montant.euros(salaireMensuel))),
        List.of(), false);
  }

  static PersonneACharge enfant(String prenom, LocalDate naissance) {
    return new PersonneACharge("DIALLO", prenom, naissance, Sexe.FEMININ, LienParente.ENFANT, List.of(), false);
  }

  /** One person aged 40 in 2025, with a tax reference income of {@code rfrN2} for 2023. */
  static Menage personneSeuleAvecRfr2023(long rfrN2) {
    return Menage.personneSeule(
        titulaire("Awa", "DIALLO", LocalDate.of(1985, 3, 1), Map.of(2023, rfrN2), 1800));
  }

  /** One person aged 40 in 2025 whose tax notice has not been given. */
  static Menage personneSeuleSansRfr() {
    return Menage.personneSeule(titulaire("Awa", "DIALLO", LocalDate.of(1985, 3, 1), Map.of(), 1800));
  }

  /** A single parent with {@code enfants} children and the RFR of {@code anneeRfr}. */
  static Menage parentIsoleAvec(int enfants, int anneeRfr, long rfr, long salaireMensuel) {
    List<PersonneACharge> aCharge = new ArrayList<>();
    for (int i = 0; i < enfants; i++) {
      aCharge.add(enfant("Enfant" + (i + 1), LocalDate.of(2012 + i, 1, 1)));
    }
    return new Menage(
        titulaire("Awa", "DIALLO", LocalDate.of(1985, 3, 1), Map.of(anneeRfr, rfr), salaireMensuel),
        List.of(), aCharge, Optional.empty(), List.of());
  }

  /** A married couple aged 45 and 47 with {@code enfants} children; only the first gave a 2023 RFR if {@code conjointSansRfr}. */
  static Menage coupleAvec(int enfants, long rfrChacun, boolean conjointSansRfr) {
    List<PersonneACharge> aCharge = new ArrayList<>();
    for (int i = 0; i < enfants; i++) {
      aCharge.add(enfant("Enfant" + (i + 1), LocalDate.of(2005 + i, 1, 1)));
    }
    Titulaire conjoint =
        titulaire(
            "Paul", "MARTIN", LocalDate.of(1978, 6, 1),
            conjointSansRfr ? Map.of() : Map.of(2023, rfrChacun), 1500);
    return new Menage(
        titulaire("Awa", "DIALLO", LocalDate.of(1980, 3, 1), Map.of(2023, rfrChacun), 1500),
        List.of(new Cotitulaire(conjoint, LienDemandeur.CONJOINT)),
        aCharge, Optional.empty(), List.of());
  }
}
