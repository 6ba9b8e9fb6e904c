package org.sne4j.acteur;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;

/**
 * An identified actor: the legal entity at the origin of a command or an event (CCH R441-2-15:
 * "l'identité de la personne morale à l'origine de l'événement").
 *
 * @param type the kind of actor
 * @param identifiant a stable identifier of the entity in the embedding system (a desk code, a
 *     SIREN, an RPLS bailleur code…); two actors are the same entity when type and identifier match
 * @param nom the name shown to people
 */
public record Acteur(TypeActeur type, String identifiant, String nom) {

  private static final Acteur DEMANDEUR =
      new Acteur(TypeActeur.DEMANDEUR, "DEMANDEUR", "Le demandeur");
  private static final Acteur GESTIONNAIRE =
      new Acteur(TypeActeur.GESTIONNAIRE, "GESTIONNAIRE", "Gestionnaire du système");

  public Acteur {
    Objects.requireNonNull(type, "type");
    checkArgument(
        identifiant != null && !identifiant.isBlank(), "An actor needs an identifier: '%s'", identifiant);
    checkArgument(nom != null && !nom.isBlank(), "An actor needs a name: '%s'", nom);
  }

  /** A registration desk, identified by its desk code. */
  public static Acteur guichet(CodeGuichet code, String nom) {
    return new Acteur(TypeActeur.GUICHET, code.code(), nom);
  }

  public static Acteur bailleur(String identifiant, String nom) {
    return new Acteur(TypeActeur.BAILLEUR, identifiant, nom);
  }

  public static Acteur reservataire(String identifiant, String nom) {
    return new Acteur(TypeActeur.RESERVATAIRE, identifiant, nom);
  }

  public static Acteur collectivite(String identifiant, String nom) {
    return new Acteur(TypeActeur.COLLECTIVITE, identifiant, nom);
  }

  public static Acteur serviceEtat(String identifiant, String nom) {
    return new Acteur(TypeActeur.SERVICE_ETAT, identifiant, nom);
  }

  public static Acteur siao(String identifiant, String nom) {
    return new Acteur(TypeActeur.SIAO, identifiant, nom);
  }

  public static Acteur commission(String identifiant, String nom) {
    return new Acteur(TypeActeur.COMMISSION, identifiant, nom);
  }

  /** The applicant acting on his own demand. */
  public static Acteur demandeur() {
    return DEMANDEUR;
  }

  /** The registration system's automatic processing (e.g. radiation for non-renewal). */
  public static Acteur gestionnaire() {
    return GESTIONNAIRE;
  }

  /** Whether this actor is a registration service (CCH R441-2-1). */
  public boolean estServiceEnregistreur() {
    return type.estServiceEnregistreur();
  }

  /** Whether this actor and {@code autre} are the same legal entity. */
  public boolean estLaMemeEntiteQue(Acteur autre) {
    return type == autre.type && identifiant.equals(autre.identifiant);
  }

  @Override
  public String toString() {
    return nom + " (" + type.libelle() + " " + identifiant + ")";
  }
}
