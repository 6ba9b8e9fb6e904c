package org.sne4j.logement;

/**
 * How a social dwelling was financed (financement), which decides the resource ceilings its
 * tenants must meet (arrêté du 29 juillet 1987, art. 1 and annexes; docs/reglementation.md §9.1).
 *
 * <p>Dwellings financed under older schemes follow the table their convention refers to: enter
 * them as {@link #PLUS} or {@link #PLAI} accordingly (annex I covers « les logements autres que
 * ceux mentionnés au II de l'article R. 331-1 », not only PLUS). {@link #AUTRE} is for dwellings
 * to which no ceiling of the 1987 arrêté applies (e.g. not conventionned).
 */
public enum Financement {
  /** Prêt locatif aidé d'intégration: the most social tier (CCH R331-1 II). */
  PLAI("Prêt locatif aidé d'intégration (PLAI)", PlafondsApplicables.PLAI),
  /**
   * PLAI with the extra State grant of CCH D331-25-1 (« PLAI adapté »); same ceilings as PLAI.
   * Its CAL may examine fewer than three candidates (R441-3).
   */
  PLAI_ADAPTE("PLAI adapté", PlafondsApplicables.PLAI),
  /** Prêt locatif à usage social: the standard tier. */
  PLUS("Prêt locatif à usage social (PLUS)", PlafondsApplicables.PLUS),
  /** Prêt locatif social (CCH R331-17): PLUS ceilings increased by 30 %. */
  PLS("Prêt locatif social (PLS)", PlafondsApplicables.PLS),
  /** Prêt locatif intermédiaire: its own ceilings, not shipped by the library. */
  PLI("Prêt locatif intermédiaire (PLI)", PlafondsApplicables.PLI),
  /** Any other financing, without a ceiling of the arrêté du 29 juillet 1987. */
  AUTRE("Autre financement", PlafondsApplicables.AUCUN);

  private final String libelle;
  private final PlafondsApplicables plafonds;

  Financement(String libelle, PlafondsApplicables plafonds) {
    this.libelle = libelle;
    this.plafonds = plafonds;
  }

  /** The French label, e.g. « Prêt locatif à usage social (PLUS) ». */
  public String libelle() {
    return libelle;
  }

  /**
   * Which ceiling table applies: PLAI and PLAI adapté → PLAI; PLUS → PLUS; PLS → PLUS × 1.30;
   * PLI → the PLI's own ceilings (not shipped); other → none.
   */
  public PlafondsApplicables plafondsApplicables() {
    return plafonds;
  }
}
