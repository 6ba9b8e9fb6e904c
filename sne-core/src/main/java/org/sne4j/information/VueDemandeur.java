package org.sne4j.information;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.StatutDemande;
import org.sne4j.evenement.Chronologie;
import org.sne4j.evenement.EntreeChronologie;
import org.sne4j.priorite.LabelPriorite;

/**
 * What the applicant sees of his demand (CCH R441-2-17, L441-2-6): where it stands, its dates,
 * whether it is recognised as a priority, and the events the law and the local rules show him, in
 * French.
 *
 * @param numero the numéro unique
 * @param statut where the demand stands
 * @param dateDepot the initial filing date (seniority)
 * @param dateFinValidite the last day of validity
 * @param anciennete the seniority on the day of the view
 * @param priorites the priority publics recognised (R441-2-17 2°), in French
 * @param radiation the radiation, in French, if radiated
 * @param evenements the events he sees, oldest first
 */
public record VueDemandeur(
    NumeroUnique numero,
    StatutDemande statut,
    LocalDate dateDepot,
    LocalDate dateFinValidite,
    Period anciennete,
    List<String> priorites,
    Optional<String> radiation,
    List<Ligne> evenements) {

  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  /**
   * One event as the applicant reads it.
   *
   * @param date when it happened
   * @param organisme who recorded it (the organisation's name)
   * @param titre the kind of event
   * @param texte what happened
   * @param retire whether it was withdrawn by its author (and why)
   */
  public record Ligne(LocalDate date, String organisme, String titre, String texte, Optional<String> retire) {}

  public VueDemandeur {
    Objects.requireNonNull(numero, "numero");
    priorites = ImmutableList.copyOf(priorites);
    evenements = ImmutableList.copyOf(evenements);
  }

  /** The view of {@code demande} with its {@code chronologie} on {@code jour}. */
  public static VueDemandeur de(Demande demande, Chronologie chronologie, LocalDate jour) {
    List<Ligne> lignes =
        chronologie.visiblesDuDemandeur().stream()
            .map(
                (EntreeChronologie e) ->
                    new Ligne(
                        e.date(),
                        e.auteur().nom(),
                        e.nature().libelle(),
                        e.description(),
                        e.retrait().map(r -> "Retiré le " + JOUR.format(r.date()) + " : " + r.motif())))
            .toList();
    return new VueDemandeur(
        demande.numero(),
        demande.statut(jour),
        demande.dateDepot(),
        demande.dateFinValidite(),
        demande.anciennete(jour),
        demande.labels().stream().map(LabelPriorite::publicPrioritaire).map(p -> p.libelle()).distinct().toList(),
        demande.radiation()
            .map(r -> "Radiée le " + JOUR.format(r.date()) + " : " + r.motif().libelle()
                + r.sousMotif().map(s -> " (" + s.libelle() + ")").orElse("")),
        lignes);
  }
}
