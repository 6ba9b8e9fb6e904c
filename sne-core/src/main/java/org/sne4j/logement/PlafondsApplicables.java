package org.sne4j.logement;

/**
 * Which resource ceilings (plafonds de ressources) a dwelling's financing subjects its tenants
 * to. The ceilings themselves (amounts per year, zone and household category) live in {@code
 * org.sne4j.eligibilite}; this enum only says which table applies.
 *
 * <p>Arrêté du 29 juillet 1987, art. 1: the ceilings of CCH L441-3, R331-12 and R441-1 1° are in
 * its annexes (annex I « notamment PLUS », annex II for the dwellings of R331-1 II, i.e. PLAI),
 * and « pour les logements financés à l'aide des prêts prévus à l'article R. 331-17 […] ces
 * plafonds sont majorés de 30 % » (PLS).
 */
public enum PlafondsApplicables {
  /** Annex II of the arrêté du 29 juillet 1987 (PLAI, PLAI adapté). */
  PLAI("Plafonds PLAI (annexe II de l'arrêté du 29 juillet 1987)"),
  /** Annex I of the arrêté du 29 juillet 1987 (PLUS). */
  PLUS("Plafonds PLUS (annexe I de l'arrêté du 29 juillet 1987)"),
  /** Annex I increased by 30 % (PLS: arrêté du 29 juillet 1987 art. 1; CCH R331-17). */
  PLS("Plafonds PLUS majorés de 30 % (logement PLS, arrêté du 29 juillet 1987, art. 1)"),
  /**
   * The PLI's own ceilings, fixed by other texts on another zoning (zones A bis to C). The library
   * does not ship them: a check against them answers that they are not available.
   */
  PLI("Plafonds propres au PLI (non fournis par la bibliothèque)"),
  /** No resource ceiling of the arrêté du 29 juillet 1987 applies. */
  AUCUN("Aucun plafond de ressources");

  private final String libelle;

  PlafondsApplicables(String libelle) {
    this.libelle = libelle;
  }

  /** The French label, e.g. « Plafonds PLUS (annexe I de l'arrêté du 29 juillet 1987) ». */
  public String libelle() {
    return libelle;
  }
}
