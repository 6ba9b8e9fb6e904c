package org.sne4j.priorite;

import java.util.EnumSet;
import java.util.Set;
import org.sne4j.acteur.TypeActeur;

/**
 * Who recognised a demand as a priority (« labellisation »): exactly the bodies of CCH R441-2-15 I
 * (2nd dash), each with the kinds of actors that may record it — the legal entity at the origin of
 * the item records it (R441-2-15).
 */
public enum SourcePriorite {
  /** Favourable decision of the COMED (DALO, L441-2-3). */
  DECISION_DALO(
      "Décision favorable de la commission de médiation (DALO)",
      EnumSet.of(TypeActeur.SERVICE_ETAT, TypeActeur.COMMISSION)),
  /** Opinion of a local body of the PDALHPD (art. 3 loi n°90-449). */
  INSTANCE_PDALHPD(
      "Avis d'une instance locale du PDALHPD",
      EnumSet.of(TypeActeur.COMMISSION, TypeActeur.SERVICE_ETAT, TypeActeur.COLLECTIVITE)),
  /** Opinion of a partnership body created by the PPGDID (L441-2-8). */
  INSTANCE_PPGDID(
      "Avis d'une instance partenariale du PPGDID",
      EnumSet.of(TypeActeur.COMMISSION, TypeActeur.COLLECTIVITE)),
  /**
   * Opinion of the CIA coordination commission (L441-1-6), of the accord collectif (L441-1-1) or
   * of the commission of L441-1-5 al. 6.
   */
  COMMISSION_COORDINATION(
      "Avis de la commission de coordination de la CIA ou de l'accord collectif",
      EnumSet.of(TypeActeur.COMMISSION, TypeActeur.COLLECTIVITE)),
  /** Recognition by a réservataire or the bailleur of the priority under L441-1. */
  RECONNAISSANCE_RESERVATAIRE_OU_BAILLEUR(
      "Reconnaissance du caractère prioritaire par un réservataire ou le bailleur",
      EnumSet.of(TypeActeur.RESERVATAIRE, TypeActeur.BAILLEUR));

  private final String libelle;
  private final Set<TypeActeur> auteursPossibles;

  SourcePriorite(String libelle, Set<TypeActeur> auteursPossibles) {
    this.libelle = libelle;
    this.auteursPossibles = auteursPossibles;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }

  /** The kinds of actors that may record a label from this source. */
  public Set<TypeActeur> auteursPossibles() {
    return EnumSet.copyOf(auteursPossibles);
  }
}
