package org.sne4j.cal;

import java.util.Objects;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.IdentifiantRpls;

/**
 * The attribution data the bailleur records with the radiation for attribution (CCH R441-2-9;
 * arrêté du 23 mars 2015 annexe §6.2).
 *
 * @param logement RPLS identifier of the dwelling
 * @param accordCollectif whether the attribution counts under an accord collectif (ACD/ACI)
 * @param dalo whether the household had a favourable DALO decision
 * @param contingent the quota the attribution is charged to; State staff ({@code PFONCT}) apart
 *     from the préfet's priority publics ({@code PPRIOR})
 */
public record DonneesAttribution(
    IdentifiantRpls logement, AccordCollectif accordCollectif, boolean dalo, TypeReservataire contingent) {

  public DonneesAttribution {
    Objects.requireNonNull(logement, "logement");
    Objects.requireNonNull(accordCollectif, "accordCollectif");
    Objects.requireNonNull(contingent, "contingent");
  }
}
