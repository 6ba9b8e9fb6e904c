package org.sne4j.demande;

import org.sne4j.commun.CodeSne;

/**
 * Reason for the demand (CCH R441-2-2 g; SNE list {@code ListeMotifDemande}, codes 01 to 23). A
 * demand may give several; reason 23 comes with a free text.
 */
public enum MotifDemande implements CodeSne {
  SANS_LOGEMENT("01", "Sans logement propre, hébergé ou en logement temporaire"),
  DEMOLITION("02", "Logement destiné à la démolition"),
  LOGEMENT_INDIGNE("03", "Logement non décent, insalubre ou dangereux, local impropre à l'habitation"),
  LOGEMENT_REPRIS("04", "Logement repris ou mis en vente par son propriétaire"),
  EXPULSION("05", "Procédure d'expulsion"),
  VIOLENCES_FAMILIALES("06", "Violences familiales"),
  HANDICAP("07", "Handicap"),
  RAISONS_DE_SANTE("08", "Raisons de santé"),
  LOGEMENT_TROP_CHER("09", "Logement trop cher"),
  LOGEMENT_TROP_GRAND("10", "Logement trop grand"),
  DIVORCE_SEPARATION("11", "Divorce, séparation"),
  DECOHABITATION("12", "Décohabitation"),
  LOGEMENT_TROP_PETIT("13", "Logement trop petit"),
  FUTUR_COUPLE("14", "Mariage, concubinage, PACS à venir"),
  REGROUPEMENT_FAMILIAL("15", "Regroupement familial"),
  ASSISTANT_MATERNEL("16", "Assistant(e) maternel(le) ou familial(e)"),
  ENVIRONNEMENT_VOISINAGE("17", "Problèmes d'environnement ou de voisinage"),
  MUTATION_PROFESSIONNELLE("18", "Mutation professionnelle"),
  RAPPROCHEMENT_TRAVAIL("19", "Rapprochement du lieu de travail"),
  RAPPROCHEMENT_SERVICES("20", "Rapprochement des équipements et services"),
  RAPPROCHEMENT_FAMILLE("21", "Rapprochement de la famille"),
  ACCEDANT_EN_DIFFICULTE("22", "Accédant à la propriété en difficulté"),
  AUTRE("23", "Autre motif particulier");

  private final String code;
  private final String libelle;

  MotifDemande(String code, String libelle) {
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

  /** Whether this reason needs a free text saying what it is (reason 23). */
  public boolean exigePrecision() {
    return this == AUTRE;
  }
}
