package org.sne4j.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumSet;
import java.util.Objects;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.TypeActeur;
import org.sne4j.contingent.TypeReservataire;

/**
 * Who designates the candidates for a vacancy: the réservataire to whose quota the bailleur
 * assigned the freed dwelling (CCH R441-5: each freed dwelling goes to a réservataire, or stays
 * with the bailleur), with the quota the attribution will be charged to.
 *
 * @param acteur the réservataire (the préfet's services for the State's quota), or the bailleur
 * @param contingent the quota; {@code AUCUN} (hors contingent) when the bailleur designates
 */
public record TitulaireDesignation(Acteur acteur, TypeReservataire contingent) {

  public TitulaireDesignation {
    Objects.requireNonNull(acteur, "acteur");
    Objects.requireNonNull(contingent, "contingent");
    checkArgument(
        EnumSet.of(TypeActeur.BAILLEUR, TypeActeur.RESERVATAIRE, TypeActeur.SERVICE_ETAT, TypeActeur.COLLECTIVITE)
            .contains(acteur.type()),
        "%s cannot hold the right to designate candidates",
        acteur);
    checkArgument(
        (acteur.type() == TypeActeur.BAILLEUR) == (contingent == TypeReservataire.HORS_CONTINGENT),
        "The bailleur designates hors contingent, and only it: %s with %s",
        acteur,
        contingent);
    checkArgument(
        !contingent.estContingentPrefectoral() || acteur.type() == TypeActeur.SERVICE_ETAT,
        "The State's quota is designated by the préfet's services: %s",
        acteur);
  }

  /** The bailleur designates, outside any quota. */
  public static TitulaireDesignation bailleur(Acteur bailleur) {
    return new TitulaireDesignation(bailleur, TypeReservataire.HORS_CONTINGENT);
  }
}
