package org.sne4j.attribution;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.sne4j.acteur.Acteur;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Financement;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.logement.TypologieRpls;
import org.sne4j.menage.Menage;
import org.sne4j.priorite.LabelPriorite;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.territoire.CodeInsee;

/**
 * The record of one attribution followed by a lease, as the annual reports need it (bilan of
 * R441-5-1, CIA objectives, 25 % obligations, the SNE's R441-2-9 data): never stored on its own,
 * always computed from the vacancy's and the demand's events ({@link #de}).
 *
 * @param vacance the vacancy
 * @param demande the signer's demand
 * @param dateBail the lease date
 * @param logement the dwelling's RPLS identifier
 * @param commune the dwelling's commune
 * @param enQpv whether it lies in a QPV
 * @param financement its financing
 * @param typologie its typology
 * @param bailleur its bailleur
 * @param personnes the household's size
 * @param ressourcesAnnuellesParUc the household's monthly resources × 12 per consumption unit
 *     (the measure of the first-quartile rule, L441-1)
 * @param priorites the priority publics the household was recognised under
 * @param dalo whether the household had a favourable DALO decision
 * @param contingent the quota the attribution is charged to (State staff apart)
 * @param accordCollectif whether it counts under an accord collectif
 * @param designateur who designated the household
 */
public record EnregistrementAttribution(
    IdentifiantVacance vacance,
    NumeroUnique demande,
    LocalDate dateBail,
    IdentifiantRpls logement,
    CodeInsee commune,
    boolean enQpv,
    Financement financement,
    TypologieRpls typologie,
    Acteur bailleur,
    int personnes,
    Montant ressourcesAnnuellesParUc,
    List<PublicPrioritaire> priorites,
    boolean dalo,
    TypeReservataire contingent,
    AccordCollectif accordCollectif,
    Acteur designateur) {

  public EnregistrementAttribution {
    Objects.requireNonNull(vacance, "vacance");
    Objects.requireNonNull(demande, "demande");
    priorites = ImmutableList.copyOf(priorites);
  }

  /**
   * The record of the lease of {@code vacance}, the household being {@code signataire} as it stood
   * at the lease.
   *
   * @throws IllegalArgumentException when the vacancy has no lease or the demand is not its signer's
   */
  public static EnregistrementAttribution de(Vacance vacance, Demande signataire) {
    Vacance.Bail bail = vacance.bail().orElseThrow(() -> new IllegalArgumentException("Vacancy " + vacance.id() + " has no lease"));
    if (!bail.candidat().equals(signataire.numero())) {
      throw new IllegalArgumentException("Demand " + signataire.numero() + " did not sign the lease of " + vacance.id());
    }
    Menage menage = signataire.contenu().menage();
    BigDecimal uc = menage.unitesConsommation(bail.date());
    return new EnregistrementAttribution(
        vacance.id(),
        signataire.numero(),
        bail.date(),
        vacance.logement().identifiant(),
        vacance.logement().commune(),
        vacance.logement().enQpv(),
        vacance.logement().financement(),
        vacance.logement().typologie(),
        vacance.logement().bailleur(),
        menage.personnesALoger(),
        menage.ressourcesMensuelles().fois(12).divisePar(uc, RoundingMode.HALF_UP),
        signataire.labels().stream().map(LabelPriorite::publicPrioritaire).distinct().toList(),
        bail.attribution().dalo(),
        bail.attribution().contingent(),
        bail.attribution().accordCollectif(),
        bail.designateur());
  }

  /** Whether the household counts toward the 25 % obligations (DALO or L441-1 priority). */
  public boolean estPrioritaire() {
    return dalo || !priorites.isEmpty();
  }
}
