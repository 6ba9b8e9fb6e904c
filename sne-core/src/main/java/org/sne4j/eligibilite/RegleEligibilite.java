package org.sne4j.eligibilite;

import org.sne4j.commun.Regle;

/**
 * The rules of eligibility to a social dwelling, each with its stable identifier and the text it
 * comes from. The first six are the law (resource ceilings); the last three are local parameters
 * that the partners of a territory set (USH Repères n°47, March 2018, lists them among the usual
 * grounds of non-attribution), never constants of the library.
 */
public enum RegleEligibilite implements Regle {
  PLAFOND_RESSOURCES(
      "ELI-PLAFOND-RESSOURCES",
      "CCH R441-1 1°, L441-3; arrêté du 29 juillet 1987 art. 1",
      "Les ressources des personnes vivant au foyer n'excèdent pas le plafond applicable au"
          + " logement, fixé selon la catégorie du ménage et la zone d'implantation du logement."),
  MAJORATION_PLS(
      "ELI-MAJORATION-PLS",
      "arrêté du 29 juillet 1987 art. 1; CCH R331-17",
      "Pour un logement financé par un prêt locatif social (PLS), les plafonds PLUS sont majorés"
          + " de 30 %."),
  CATEGORIE_MENAGE(
      "ELI-CATEGORIE-MENAGE",
      "arrêté du 29 juillet 1987 art. 2",
      "Le plafond dépend de la catégorie du ménage, de 1 à 6, augmentée d'un montant par personne"
          + " supplémentaire au-delà de la catégorie 6."),
  ZONE(
      "ELI-ZONE",
      "arrêté du 29 juillet 1987 art. 1 et annexes I et II",
      "Le plafond dépend de la zone d'implantation du logement : Paris et communes limitrophes,"
          + " Île-de-France hors Paris et communes limitrophes, autres régions."),
  REVENU_N_MOINS_2(
      "ELI-REVENU-N-2",
      "arrêté du 29 juillet 1987 art. 4; CCH R441-1 1°",
      "Les ressources comparées au plafond sont la somme des revenus fiscaux de référence des"
          + " personnes du ménage de l'avant-dernière année précédant la signature du bail."),
  REVENU_RECENT(
      "ELI-REVENU-RECENT",
      "arrêté du 29 juillet 1987 art. 4",
      "À la demande du ménage, les revenus de l'année précédente ou des douze derniers mois sont"
          + " retenus s'ils sont inférieurs d'au moins 10 % à ceux de l'avant-dernière année."),
  ADEQUATION_TAILLE(
      "ELI-ADEQUATION-TAILLE",
      "paramètre local — USH Repères n°47; CCH L441-1 (composition du ménage), L621-2"
          + " (sous-occupation)",
      "Le nombre de pièces du logement est adapté au nombre de personnes du ménage, selon la"
          + " grille fixée localement."),
  TAUX_EFFORT(
      "ELI-TAUX-EFFORT",
      "paramètre local — USH Repères n°47",
      "Le taux d'effort du ménage (loyer et charges, diminués de l'aide au logement, rapportés aux"
          + " ressources mensuelles) ne dépasse pas le seuil fixé localement."),
  RESTE_A_VIVRE(
      "ELI-RESTE-A-VIVRE",
      "paramètre local — USH Repères n°47",
      "Le reste à vivre par unité de consommation, une fois le loyer et les charges payés,"
          + " atteint au moins le seuil fixé localement.");

  private final String id;
  private final String source;
  private final String enonce;

  RegleEligibilite(String id, String source, String enonce) {
    this.id = id;
    this.source = source;
    this.enonce = enonce;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public String enonce() {
    return enonce;
  }
}
