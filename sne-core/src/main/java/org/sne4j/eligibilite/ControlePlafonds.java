package org.sne4j.eligibilite;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.sne4j.commun.Montant;
import org.sne4j.logement.Logement;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.menage.Menage;
import org.sne4j.menage.Titulaire;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.ZonagePlafonds;
import org.sne4j.territoire.ZonePlafonds;

/**
 * Checks a household's resources against the ceiling of a dwelling (CCH R441-1 1°; arrêté du 29
 * juillet 1987 art. 1, 2 and 4): a pure function of the household, the dwelling, the reference
 * date and the incomes the household invokes, given the ceiling tables and the zoning.
 *
 * <p>The steps: the ceilings the financing applies ({@link Logement#plafondsApplicables()}); no
 * ceiling means eligible. Otherwise the zone of the commune (overseas: not covered), the household
 * category on the reference date ({@link Menage#categorie(LocalDate)}), the table of the reference
 * year, the income compared ({@link RevenuRetenu}); then eligible when that income does not exceed
 * the ceiling. Whatever is missing — the N-2 tax income of a holder (docs/reglementation.md §13: a third to a
 * half of demands lack it), a table not loaded, an overseas commune — gives {@link
 * StatutEligibilite#INDETERMINE} listing all of it.
 *
 * <p>The reference date is the date of the lease signature when known, else the date of the
 * examination: its year is N.
 *
 * @param plafonds the ceiling tables
 * @param zonage the zoning of the communes
 */
public record ControlePlafonds(PlafondsRessources plafonds, ZonagePlafonds zonage) {

  public ControlePlafonds {
    Objects.requireNonNull(plafonds, "plafonds");
    Objects.requireNonNull(zonage, "zonage");
  }

  /** The bundled ceilings and zoning. */
  public static ControlePlafonds parDefaut() {
    return new ControlePlafonds(PlafondsRessources.parDefaut(), ZonagePlafonds.parDefaut());
  }

  /** The same check with other ceiling tables. */
  public ControlePlafonds avec(PlafondsRessources autres) {
    return new ControlePlafonds(autres, zonage);
  }

  /** The same check with another zoning. */
  public ControlePlafonds avec(ZonagePlafonds autre) {
    return new ControlePlafonds(plafonds, autre);
  }

  /**
   * Checks {@code menage} against the ceiling of {@code logement}.
   *
   * @param dateReference the lease signature date, or the examination date; N is its year
   * @param invoques the more recent incomes the household asks to be used, if any
   */
  public VerificationPlafond verifier(
      Menage menage, Logement logement, LocalDate dateReference, RevenusInvoques invoques) {
    Objects.requireNonNull(menage, "menage");
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(dateReference, "dateReference");
    int n2 = dateReference.getYear() - 2;
    Optional<Montant> rfr = menage.revenuFiscalDeReference(n2);
    String sansRevenu =
        menage.titulaires().stream()
            .filter(t -> t.revenuFiscal(n2).isEmpty())
            .map(Titulaire::nomComplet)
            .collect(Collectors.joining(", "));
    return verifier(
        menage.categorie(dateReference),
        logement.plafondsApplicables(),
        logement.commune(),
        dateReference,
        rfr,
        invoques,
        "Le revenu fiscal de référence " + n2 + " (avis d'imposition " + (n2 + 1)
            + ") manque pour : " + sansRevenu + ".");
  }

  /**
   * Checks an income against a ceiling from the plain facts, for applications with their own
   * household and dwelling models.
   *
   * @param categorie the household category on {@code dateReference}
   * @param plafondsApplicables the ceilings the dwelling's financing applies
   * @param commune the dwelling's commune
   * @param dateReference the lease signature date, or the examination date; N is its year
   * @param revenuFiscalN2 the sum of the N-2 tax reference incomes of the household, if known
   * @param invoques the more recent incomes the household asks to be used, if any
   */
  public VerificationPlafond verifier(
      CategorieMenage categorie,
      PlafondsApplicables plafondsApplicables,
      CodeInsee commune,
      LocalDate dateReference,
      Optional<Montant> revenuFiscalN2,
      RevenusInvoques invoques) {
    int n2 = dateReference.getYear() - 2;
    return verifier(
        categorie, plafondsApplicables, commune, dateReference, revenuFiscalN2, invoques,
        "Le revenu fiscal de référence " + n2 + " du ménage (avis d'imposition " + (n2 + 1)
            + ") manque.");
  }

  private VerificationPlafond verifier(
      CategorieMenage categorie,
      PlafondsApplicables plafondsApplicables,
      CodeInsee commune,
      LocalDate dateReference,
      Optional<Montant> revenuFiscalN2,
      RevenusInvoques invoques,
      String manqueRevenu) {
    Objects.requireNonNull(categorie, "categorie");
    Objects.requireNonNull(plafondsApplicables, "plafondsApplicables");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(dateReference, "dateReference");
    Objects.requireNonNull(revenuFiscalN2, "revenuFiscalN2");
    Objects.requireNonNull(invoques, "invoques");
    int annee = dateReference.getYear();

    if (plafondsApplicables == PlafondsApplicables.AUCUN) {
      return new VerificationPlafond(
          StatutEligibilite.ELIGIBLE, plafondsApplicables, categorie, zonage.zone(commune),
          Optional.empty(), Optional.empty(), List.of(),
          List.of("Aucun plafond de ressources de l'arrêté du 29 juillet 1987 ne s'applique à ce"
              + " logement (son financement n'y est pas soumis)."));
    }

    List<String> manquants = new ArrayList<>();
    List<String> motifs = new ArrayList<>();
    Optional<ZonePlafonds> zone = zonage.zone(commune);
    if (zone.isEmpty()) {
      manquants.add(zonage.explication(commune));
    } else if (!zonage.estValableLe(dateReference)) {
      manquants.add(
          "La liste des communes limitrophes de Paris n'est valable que "
              + Textes.periode(zonage.valableDu(), zonage.valableAu())
              + ", pas le " + Textes.date(dateReference) + ".");
    } else {
      motifs.add(zonage.explication(commune));
    }
    motifs.add(
        "Catégorie du ménage (arrêté du 29 juillet 1987, art. 2) : "
            + PlafondApplique.libelleCategorie(categorie) + ".");

    Optional<PlafondApplique> plafond = Optional.empty();
    if (manquants.isEmpty()) {
      ReponsePlafond reponse = plafonds.plafond(plafondsApplicables, annee, zone.get(), categorie);
      if (reponse instanceof ReponsePlafond.Disponible disponible) {
        plafond = Optional.of(disponible.plafond());
        motifs.add(disponible.plafond().explication());
      } else {
        manquants.add(((ReponsePlafond.NonDisponible) reponse).message());
      }
    } else if (plafondsApplicables == PlafondsApplicables.PLI) {
      manquants.add(
          ((ReponsePlafond.NonDisponible)
                  plafonds.plafond(
                      plafondsApplicables, annee, ZonePlafonds.AUTRES_REGIONS, categorie))
              .message());
    }

    Optional<RevenuRetenu> revenu =
        revenuFiscalN2.map(rfr -> RevenuRetenu.determiner(annee, rfr, invoques));
    if (revenu.isEmpty()) {
      manquants.add(manqueRevenu);
    } else {
      motifs.add(revenu.get().explication());
    }

    StatutEligibilite statut;
    if (!manquants.isEmpty()) {
      statut = StatutEligibilite.INDETERMINE;
    } else if (revenu.get().montant().estSuperieurA(plafond.get().montant())) {
      statut = StatutEligibilite.NON_ELIGIBLE;
    } else {
      statut = StatutEligibilite.ELIGIBLE;
    }
    return new VerificationPlafond(
        statut, plafondsApplicables, categorie, zone, plafond, revenu, manquants, motifs);
  }
}
