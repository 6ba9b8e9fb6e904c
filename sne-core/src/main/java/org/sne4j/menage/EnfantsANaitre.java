package org.sne4j.menage;

/**
 * Whether children expected count as dependants for the household category. No ceiling text read
 * says they do (arrêté du 29 juillet 1987, art. 1–2; docs/reglementation.md §9.2): by default they do not;
 * a territory whose practice differs can count them.
 */
public enum EnfantsANaitre {
  /** Expected children are not counted before their birth (default). */
  NON_COMPTES,
  /** Expected children count as dependants (local practice). */
  COMPTES_COMME_PERSONNES_A_CHARGE
}
