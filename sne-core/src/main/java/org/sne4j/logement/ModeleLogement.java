package org.sne4j.logement;

import org.sne4j.commun.CodeSne;

/**
 * Kind of current housing (SNE list {@code ListeModeleLogement}; CCH R441-2-2 f). A demand may give several.
 */
public enum ModeleLogement implements CodeSne {
  LOCATAIRE_HLM("HLM", "Locataire HLM"),
  LOCATAIRE_PRIVE("LP", "Locataire du parc privé"),
  RESIDENCE_SOCIALE("RS", "Résidence sociale, foyer, pension de famille"),
  RESIDENCE_HOTELIERE_SOCIALE("RHVS", "Résidence hôtelière à vocation sociale"),
  RESIDENCE_ETUDIANTE("RE", "Résidence étudiante"),
  SOUS_LOCATAIRE("SLHT", "Sous-locataire ou hébergé dans un logement à titre temporaire"),
  STRUCTURE_HEBERGEMENT("SH", "Structure d'hébergement"),
  CENTRE_ENFANCE_FAMILLE("CDEFCM", "Centre départemental de l'enfance et de la famille ou centre maternel"),
  CHEZ_PARENTS_OU_ENFANTS("CPE", "Chez vos parents ou vos enfants"),
  HEBERGE_PAR_PARTICULIER("CP", "Hébergé chez un particulier"),
  LOGE_A_TITRE_GRATUIT("LTG", "Logé à titre gratuit"),
  LOGEMENT_DE_FONCTION("FONC", "Logement de fonction"),
  PROPRIETAIRE_OCCUPANT("POCC", "Propriétaire occupant"),
  CAMPING_CARAVANE("CAMCAR", "Camping, caravaning"),
  HOTEL("HOT", "Hôtel"),
  SANS_ABRI("SD", "Sans abri ou abri de fortune"),
  SQUAT("SQUAT", "Squat");

  private final String code;
  private final String libelle;

  ModeleLogement(String code, String libelle) {
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
