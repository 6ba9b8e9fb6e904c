package org.sne4j.priorite;

/**
 * The publics to whom social housing is attributed in priority (CCH L441-1; R441-2-17 refers to
 * its 3rd to 18th paragraphs), named by a stable code and never by paragraph number, because the
 * paragraphs move with each amendment (docs/reglementation.md §5.1).
 *
 * <p>The list follows docs/reglementation.md §5.1 (cross-checked against the LEC bill, the ELAN amendment
 * record and the USH public list; the current text of L441-1 was not read, so items {@code
 * PRIO_A_BIS} and {@code PRIO_L} are marked to verify). DALO households come first.
 */
public enum PublicPrioritaire {
  DALO("DALO", "Ménage reconnu prioritaire et urgent par la commission de médiation (DALO)"),
  PRIO_A("PRIO_A", "Personne en situation de handicap ou famille ayant à sa charge une personne en situation de handicap"),
  PRIO_A_BIS("PRIO_A_BIS", "Personne sortant d'un appartement de coordination thérapeutique (à vérifier)"),
  PRIO_B("PRIO_B", "Personne mal logée ou défavorisée, ou rencontrant des difficultés particulières de logement pour des raisons financières ou tenant à ses conditions d'existence, ou confrontée à un cumul de difficultés financières et d'insertion sociale"),
  PRIO_C("PRIO_C", "Personne hébergée ou logée temporairement dans un établissement ou un logement de transition"),
  PRIO_D("PRIO_D", "Personne reprenant une activité après une période de chômage de longue durée"),
  PRIO_E("PRIO_E", "Personne exposée à des situations d'habitat indigne"),
  PRIO_F("PRIO_F", "Personne victime de violences au sein du couple ou menacée de mariage forcé"),
  PRIO_F_BIS("PRIO_F_BIS", "Personne victime de la traite des êtres humains ou de proxénétisme"),
  PRIO_G("PRIO_G", "Personne engagée dans le parcours de sortie de la prostitution et d'insertion sociale et professionnelle"),
  PRIO_H("PRIO_H", "Personne victime de viol ou d'agression sexuelle à son domicile ou à ses abords, avec interdiction de contact ou de paraître prononcée"),
  PRIO_I("PRIO_I", "Personne ayant à charge au moins un enfant mineur et occupant un logement manifestement suroccupé ou non décent"),
  PRIO_J("PRIO_J", "Personne dépourvue de logement, y compris hébergée par des tiers"),
  PRIO_K("PRIO_K", "Personne menacée d'expulsion sans relogement"),
  PRIO_L("PRIO_L", "Jeune de moins de 21 ans ayant été pris en charge par l'aide sociale à l'enfance (à vérifier)");

  private final String code;
  private final String libelle;

  PublicPrioritaire(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** Stable code of the library (the SNE has no list for it). */
  public String code() {
    return code;
  }

  /** The French label. */
  public String libelle() {
    return libelle;
  }
}
