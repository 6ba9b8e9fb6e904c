package org.sne4j.priorite;

import org.sne4j.commun.CodeSne;

/**
 * The dwelling a COMED decision calls for (SNE list {@code ListeTypologieLogementDalo}; codes and labels as in libsne's copy of the list, docs/reglementation.md §12.4).
 */
public enum TypologieLogementDalo implements CodeSne {
  T1("01", "T1"),
  T2("02", "T2"),
  T3("03", "T3"),
  T4("04", "T4"),
  T5("05", "T5"),
  T6_ET_PLUS("06", "T6 et plus"),
  HABITAT_INDIVIDUEL("08", "Habitat individuel"),
  A_DEFINIR("09", "À définir"),
  T1_ADAPTE("21", "T1 adapté"),
  T2_ADAPTE("22", "T2 adapté"),
  T3_ADAPTE("23", "T3 adapté"),
  T4_ADAPTE("24", "T4 adapté"),
  T5_ADAPTE("25", "T5 adapté"),
  T6_ET_PLUS_ADAPTE("26", "T6 et plus adapté"),
  HABITAT_INDIVIDUEL_ADAPTE("28", "Habitat individuel adapté"),
  REORIENTATION_HEBERGEMENT("30", "Réorientation vers un hébergement"),
  A_DEFINIR_ADAPTE("31", "À définir adapté"),
  T1_T2("40", "T1-T2"),
  T2_T3("41", "T2-T3"),
  T3_T4("42", "T3-T4"),
  T4_T5("43", "T4-T5"),
  T5_T6("44", "T5-T6"),
  T1_T2_ADAPTE("45", "T1-T2 adapté"),
  T2_T3_ADAPTE("46", "T2-T3 adapté"),
  T3_T4_ADAPTE("47", "T3-T4 adapté"),
  T4_T5_ADAPTE("48", "T4-T5 adapté"),
  T5_T6_ADAPTE("49", "T5-T6 adapté"),
  SOUS_LOCATION("50", "Sous-location"),
  AUTRE("99", "Autre");

  private final String code;
  private final String libelle;

  TypologieLogementDalo(String code, String libelle) {
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
}
