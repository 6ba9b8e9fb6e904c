package org.sne4j.priorite;

/**
 * The publics to whom social housing is attributed in priority (CCH L441-1; R441-2-17 refers to
 * its 3rd to 18th paragraphs), named by a stable code that says what it covers and never by the
 * article's letter or paragraph, because those move with each amendment (the ELAN law inserted a
 * b), the 2022 child-protection law added an m); docs/reglementation.md §5.1).
 *
 * <p>The wording of each label follows the list as rebuilt from the laws that wrote it (LEC 2017,
 * ELAN 2018, loi n°2022-140 of 7 February 2022) and parliamentary records; the consolidated text
 * in force could not be read on Légifrance from this project (docs/reglementation.md §5.1 and §15).
 * Events store the code; codes never change once released (the pre-release codes {@code PRIO_A}…
 * {@code PRIO_L} are upcast by {@code sne-json}). DALO households come first.
 */
public enum PublicPrioritaire {
  DALO("DALO", "Ménage reconnu prioritaire et urgent par la commission de médiation (DALO)"),
  HANDICAP("HANDICAP",
      "Personne en situation de handicap, au sens de l'article L. 114 du code de l'action sociale et des familles, ou famille"
          + " ayant à sa charge une personne en situation de handicap"),
  SORTIE_COORDINATION_THERAPEUTIQUE("SORTIE_COORDINATION_THERAPEUTIQUE",
      "Personne sortant d'un appartement de coordination thérapeutique"),
  MAL_LOGE_OU_DEFAVORISE("MAL_LOGE_OU_DEFAVORISE",
      "Personne mal logée ou défavorisée, ou rencontrant des difficultés particulières de logement pour des raisons d'ordre"
          + " financier ou tenant à ses conditions d'existence, ou confrontée à un cumul de difficultés financières et de"
          + " difficultés d'insertion sociale"),
  HEBERGE_OU_LOGE_TEMPORAIREMENT("HEBERGE_OU_LOGE_TEMPORAIREMENT",
      "Personne hébergée ou logée temporairement dans un établissement ou un logement de transition"),
  REPRISE_D_ACTIVITE("REPRISE_D_ACTIVITE", "Personne reprenant une activité après une période de chômage de longue durée"),
  HABITAT_INDIGNE("HABITAT_INDIGNE", "Personne exposée à des situations d'habitat indigne"),
  VIOLENCES_AU_SEIN_DU_COUPLE("VIOLENCES_AU_SEIN_DU_COUPLE",
      "Personne victime de violences au sein du couple, attestées par une décision du juge ou une ordonnance de protection,"
          + " même si le conjoint violent est titulaire du bail, ou personne menacée de mariage forcé"),
  TRAITE_OU_PROXENETISME("TRAITE_OU_PROXENETISME",
      "Personne victime de la traite des êtres humains ou de proxénétisme (code pénal, art. 225-4-1 à 225-4-6 et 225-5 à"
          + " 225-10)"),
  SORTIE_DE_LA_PROSTITUTION("SORTIE_DE_LA_PROSTITUTION",
      "Personne engagée dans le parcours de sortie de la prostitution et d'insertion sociale et professionnelle (code de"
          + " l'action sociale et des familles, art. L. 121-9)"),
  VIOL_OU_AGRESSION_SEXUELLE("VIOL_OU_AGRESSION_SEXUELLE",
      "Personne victime de viol ou d'agression sexuelle à son domicile ou à ses abords, lorsque l'autorité judiciaire a"
          + " interdit à l'auteur présumé ou condamné de se rendre dans certains lieux ou d'entrer en contact avec elle"),
  MINEUR_EN_LOGEMENT_SUROCCUPE_OU_INDECENT("MINEUR_EN_LOGEMENT_SUROCCUPE_OU_INDECENT",
      "Personne ayant à sa charge un enfant mineur et logée dans des locaux manifestement suroccupés ou ne présentant pas le"
          + " caractère d'un logement décent"),
  DEPOURVU_DE_LOGEMENT("DEPOURVU_DE_LOGEMENT", "Personne dépourvue de logement, y compris hébergée par des tiers"),
  MENACE_D_EXPULSION("MENACE_D_EXPULSION", "Personne menacée d'expulsion sans relogement"),
  SORTIE_AIDE_SOCIALE_A_L_ENFANCE("SORTIE_AIDE_SOCIALE_A_L_ENFANCE",
      "Mineur émancipé ou majeur de moins de vingt et un ans pris en charge avant sa majorité par l'aide sociale à"
          + " l'enfance, jusqu'à trois ans après le dernier jour de cette prise en charge");

  private final String code;
  private final String libelle;

  PublicPrioritaire(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Stable code of the library (the SNE has no list for it): what the public is, not a letter. */
  public String code() {
    return code;
  }

  /** The French label, after the wording of L441-1. */
  public String libelle() {
    return libelle;
  }
}
