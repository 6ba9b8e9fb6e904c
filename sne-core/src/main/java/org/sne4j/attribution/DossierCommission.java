package org.sne4j.attribution;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.eligibilite.AdequationTaille;
import org.sne4j.eligibilite.ControlePlafonds;
import org.sne4j.eligibilite.ResteAVivre;
import org.sne4j.eligibilite.RevenusInvoques;
import org.sne4j.eligibilite.TauxEffort;
import org.sne4j.eligibilite.VerificationAdequation;
import org.sne4j.eligibilite.VerificationPlafond;
import org.sne4j.eligibilite.VerificationResteAVivre;
import org.sne4j.eligibilite.VerificationTauxEffort;
import org.sne4j.priorite.LabelPriorite;

/**
 * The CAL's file for one vacancy: for each candidate, who designated him, his seniority and
 * priority, and the eligibility checks with their figures, so that the commission — sovereign in
 * its decision — reads why each candidate is or is not eligible.
 *
 * @param vacance the vacancy
 * @param candidats the candidates of the round, in designation order
 */
public record DossierCommission(Vacance vacance, List<Candidature> candidats) {

  public DossierCommission {
    Objects.requireNonNull(vacance, "vacance");
    candidats = ImmutableList.copyOf(candidats);
  }

  /**
   * One candidate's file.
   *
   * @param numero his demand
   * @param designation who designated him and how
   * @param anciennete his seniority on the day of the file
   * @param priorites his priority labels
   * @param plafond the resource-ceiling check (L441-3, R441-1)
   * @param adequation household size against the dwelling (local rule)
   * @param tauxEffort the effort rate (local rule)
   * @param resteAVivre the remaining income per consumption unit (local rule)
   */
  public record Candidature(
      NumeroUnique numero,
      Vacance.Candidat designation,
      Period anciennete,
      List<LabelPriorite> priorites,
      VerificationPlafond plafond,
      VerificationAdequation adequation,
      VerificationTauxEffort tauxEffort,
      VerificationResteAVivre resteAVivre) {}

  /** The file of {@code vacance} with the candidates' current demands, checked on {@code jour}. */
  public static DossierCommission de(
      Vacance vacance, List<Demande> demandes, LocalDate jour, ControlePlafonds plafonds, AdequationTaille adequation,
      TauxEffort tauxEffort, ResteAVivre resteAVivre) {
    List<Candidature> candidatures = demandes.stream()
        .map(d -> new Candidature(
            d.numero(),
            vacance.candidat(d.numero()).orElseThrow(() -> new IllegalArgumentException(d.numero() + " is not a candidate of " + vacance.id())),
            d.anciennete(jour),
            d.labels(),
            plafonds.verifier(d.contenu().menage(), vacance.logement(), jour, RevenusInvoques.AUCUN),
            adequation.verifier(d.contenu().menage(), vacance.logement(), jour),
            tauxEffort.verifier(d.contenu().menage(), vacance.logement(), java.util.Optional.empty(), jour),
            resteAVivre.verifier(d.contenu().menage(), vacance.logement(), java.util.Optional.empty(), jour)))
        .toList();
    return new DossierCommission(vacance, candidatures);
  }
}
