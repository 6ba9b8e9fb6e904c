package org.sne4j.attribution;

/**
 * The exceptions to the rule that a CAL examines at least three demands for one dwelling (CCH
 * R441-3 al. 1: « sauf en cas d'insuffisance du nombre des candidats … Il est fait exception à
 * cette obligation quand elles examinent les candidatures de personnes désignées par le préfet en
 * application du septième alinéa du II de l'article L. 441-2-3 ou les candidatures présentées pour
 * l'attribution de logements ayant bénéficié de la subvention mentionnée à l'article D. 331-25-1 »).
 */
public enum ExceptionTroisCandidats {
  /** Too few candidates (insuffisance du nombre des candidats): the bailleur states why. */
  INSUFFISANCE_DES_CANDIDATS("Insuffisance du nombre des candidats"),
  /** Candidates designated by the préfet under the DALO (L441-2-3 II al. 7). */
  DESIGNATION_PREFET_DALO("Candidats désignés par le préfet au titre du DALO"),
  /** A dwelling financed with the D331-25-1 grant (PLAI adapté). */
  LOGEMENT_PLAI_ADAPTE("Logement financé par la subvention de l'article D. 331-25-1 (PLAI adapté)");

  private final String libelle;

  ExceptionTroisCandidats(String libelle) {
    this.libelle = libelle;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
