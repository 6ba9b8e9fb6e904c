package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;
import org.sne4j.commun.Regle;
import org.sne4j.logement.PlafondsApplicables;
import org.sne4j.menage.CategorieMenage;
import org.sne4j.territoire.ZonePlafonds;

/**
 * Whether a household's resources meet the ceiling of a dwelling, with the reasons and the
 * figures: the ceiling used (table, zone, year, category and the category's ground), the income
 * used (which one, which year, why), or what is missing to decide.
 *
 * <p>« Les personnes physiques […] dont les ressources n'excèdent pas des limites fixées […] par
 * arrêté » (CCH R441-1 1°): a ceiling is a maximum, so an income <em>equal</em> to it is
 * eligible. The outcome depends only on whether the compared income exceeds the ceiling, hence
 * it is monotonic in that income: a lower income never turns eligible into not eligible.
 *
 * @param statut eligible, not eligible, or cannot be assessed
 * @param plafondsApplicables the ceilings the dwelling's financing subjects it to
 * @param categorie the household category, with its ground
 * @param zone the dwelling's zone, empty overseas
 * @param plafond the ceiling used, when found
 * @param revenu the income compared, when known
 * @param manquants what is missing to decide, in French (empty unless {@link
 *     StatutEligibilite#INDETERMINE})
 * @param motifs the reasons, one French sentence each: zone, category, ceiling, income
 */
public record VerificationPlafond(
    StatutEligibilite statut,
    PlafondsApplicables plafondsApplicables,
    CategorieMenage categorie,
    Optional<ZonePlafonds> zone,
    Optional<PlafondApplique> plafond,
    Optional<RevenuRetenu> revenu,
    List<String> manquants,
    List<String> motifs)
    implements Verification {

  public VerificationPlafond {
    Objects.requireNonNull(statut, "statut");
    Objects.requireNonNull(plafondsApplicables, "plafondsApplicables");
    Objects.requireNonNull(categorie, "categorie");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(plafond, "plafond");
    Objects.requireNonNull(revenu, "revenu");
    manquants = ImmutableList.copyOf(manquants);
    motifs = ImmutableList.copyOf(motifs);
    checkArgument(
        (statut == StatutEligibilite.INDETERMINE) == !manquants.isEmpty(),
        "Missing items go with an indeterminate result, and only with it: %s %s",
        statut,
        manquants);
    if (statut != StatutEligibilite.INDETERMINE && plafondsApplicables != PlafondsApplicables.AUCUN) {
      checkArgument(
          plafond.isPresent() && revenu.isPresent(),
          "A decided check needs its ceiling and its income");
      boolean depasse = revenu.get().montant().estSuperieurA(plafond.get().montant());
      checkArgument(
          depasse == (statut == StatutEligibilite.NON_ELIGIBLE),
          "Status %s contradicts income %s and ceiling %s",
          statut,
          revenu.get().montant(),
          plafond.get().montant());
    }
  }

  @Override
  public Regle regle() {
    return RegleEligibilite.PLAFOND_RESSOURCES;
  }

  /** Every rule the check relied on, the main one first. */
  public List<RegleEligibilite> regles() {
    List<RegleEligibilite> regles = new ArrayList<>();
    regles.add(RegleEligibilite.PLAFOND_RESSOURCES);
    if (plafondsApplicables == PlafondsApplicables.AUCUN) {
      return List.copyOf(regles);
    }
    regles.add(RegleEligibilite.CATEGORIE_MENAGE);
    regles.add(RegleEligibilite.ZONE);
    if (plafondsApplicables == PlafondsApplicables.PLS) {
      regles.add(RegleEligibilite.MAJORATION_PLS);
    }
    revenu.ifPresent(r -> regles.add(r.regle()));
    return List.copyOf(regles);
  }

  /** How much the income exceeds the ceiling (negative: the margin below it), when both are known. */
  public Optional<Montant> ecart() {
    return plafond.flatMap(p -> revenu.map(r -> r.montant().moins(p.montant())));
  }

  /**
   * The result in one French sentence, e.g. « Éligible : les ressources retenues (revenu fiscal de
   * référence 2023, 24 000 €) n'excèdent pas le plafond PLUS 2025 de 26 687 € (zone « Paris et
   * communes limitrophes », catégorie 1 : personne seule). »
   */
  @Override
  public String explication() {
    if (statut == StatutEligibilite.INDETERMINE) {
      return "Éligibilité au plafond de ressources non appréciable. " + String.join(" ", manquants);
    }
    if (plafondsApplicables == PlafondsApplicables.AUCUN) {
      return "Éligible : aucun plafond de ressources ne s'applique à ce logement.";
    }
    PlafondApplique p = plafond.orElseThrow();
    RevenuRetenu r = revenu.orElseThrow();
    String nomPlafond = "le plafond " + p.plafonds().name() + " " + p.annee() + " de " + Textes.euros(p.montant());
    String contexte =
        " (zone « "
            + p.zone().libelle()
            + " », catégorie "
            + p.categorie().numero()
            + (p.categorie().personnesSupplementaires() > 0
                ? " + " + p.categorie().personnesSupplementaires()
                : "")
            + " : "
            + p.categorie().fondement()
            + ").";
    if (statut == StatutEligibilite.ELIGIBLE) {
      return "Éligible : les ressources retenues (" + r.libelle() + ") n'excèdent pas "
          + nomPlafond + contexte;
    }
    return "Non éligible : les ressources retenues (" + r.libelle() + ") excèdent de "
        + Textes.euros(ecart().orElseThrow()) + " " + nomPlafond + contexte;
  }
}
