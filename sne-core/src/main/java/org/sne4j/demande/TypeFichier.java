package org.sne4j.demande;

import org.sne4j.commun.CodeSne;

/**
 * The operation an exchange file carries to the SNE (SNE list {@code ListeTypeFichier}; interfaceNuu {@code entete/typeFichier}, element text). All creations, modifications, renewals and radiations go to the SNE daily (arrêté du 23 mars 2015 annexe §5–8).
 */
public enum TypeFichier implements CodeSne {
  CREATION("CRE", "Création"),
  CREATION_SUITE_SEPARATION("CRS", "Création suite à séparation du couple"),
  MODIFICATION("MOD", "Modification"),
  RADIATION("RAD", "Radiation"),
  RENOUVELLEMENT("REN", "Renouvellement"),
  SUPPRESSION("SUP", "Suppression"),
  DISPATCHING("DIS", "Dispatching"),
  RETOUR("RET", "Retour"),
  COPIE_NUMERIQUE("COP", "Copie numérique des pièces");

  private final String code;
  private final String libelle;

  TypeFichier(String code, String libelle) {
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
