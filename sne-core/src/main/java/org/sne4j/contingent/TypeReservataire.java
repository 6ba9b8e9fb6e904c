package org.sne4j.contingent;

import org.sne4j.commun.CodeSne;

/**
 * The reservation quota (contingent) a dwelling or an attribution is charged to (SNE list {@code
 * ListeTypeReservataire}; CCH R441-5). Within the State's quota, attributions to civil and
 * military State staff ({@link #PREFET_FONCTIONNAIRES}) are shown apart (R441-2-9; R441-5-2 caps
 * them at 5 %).
 */
public enum TypeReservataire implements CodeSne {
  PREFET_PRIORITAIRES("PPRIOR", "Contingent préfet prioritaires (hors fonctionnaires et agents publics de l'État)"),
  PREFET_FONCTIONNAIRES("PFONCT", "Contingent préfet fonctionnaires et agents publics de l'État"),
  COLLECTIVITES("COLTER", "Contingent des collectivités territoriales, de leurs établissements publics et des EPCI"),
  EMPLOYEURS_ACTION_LOGEMENT("COLACT", "Contingent employeurs et organismes collecteurs d'Action Logement"),
  AUTRES("AUTRES", "Autres réservataires"),
  HORS_CONTINGENT("AUCUN", "Hors contingent");

  private final String code;
  private final String libelle;

  TypeReservataire(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /** Whether this quota is the State's (préfet). */
  public boolean estContingentPrefectoral() {
    return this == PREFET_PRIORITAIRES || this == PREFET_FONCTIONNAIRES;
  }
}
