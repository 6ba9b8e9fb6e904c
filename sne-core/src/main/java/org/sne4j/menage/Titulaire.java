package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;

/**
 * A holder of the demand: the applicant (demandeur) or a future co-holder of the lease
 * (co-titulaire). This is block D of the interfaceNuu format and the first pages of the CERFA
 * 14069 (CCH R441-2-2 a–e).
 *
 * @param civilite civility
 * @param nom birth name
 * @param nomUsage name in use, if different
 * @param prenom first name
 * @param dateNaissance birth date
 * @param nationalite nationality group
 * @param situationFamiliale family situation
 * @param nir social security number (CCH R441-2-2 a), when given
 * @param contact phones and e-mail
 * @param adresse postal address (mandatory for the applicant, optional for a co-holder who lives
 *     with him)
 * @param situationProfessionnelle employment situation
 * @param revenusFiscaux tax reference incomes, at most one per year
 * @param ressources monthly resources received
 * @param ressourcesVersees monthly amounts paid
 * @param enSituationDeHandicap whether the person is disabled within the meaning of the resource
 *     ceilings' household categories (arrêté du 29 juillet 1987 art. 2)
 */
public record Titulaire(
    Civilite civilite,
    String nom,
    Optional<String> nomUsage,
    String prenom,
    LocalDate dateNaissance,
    Nationalite nationalite,
    SituationFamiliale situationFamiliale,
    Optional<Nir> nir,
    Contact contact,
    Optional<Adresse> adresse,
    Optional<SituationProfessionnelle> situationProfessionnelle,
    List<RevenuFiscal> revenusFiscaux,
    List<Ressource> ressources,
    List<RessourceVersee> ressourcesVersees,
    boolean enSituationDeHandicap) {

  public Titulaire {
    Objects.requireNonNull(civilite, "civilite");
    checkArgument(nom != null && !nom.isBlank(), "A holder needs a name");
    Objects.requireNonNull(nomUsage, "nomUsage");
    checkArgument(prenom != null && !prenom.isBlank(), "A holder needs a first name");
    Objects.requireNonNull(dateNaissance, "dateNaissance");
    Objects.requireNonNull(nationalite, "nationalite");
    Objects.requireNonNull(situationFamiliale, "situationFamiliale");
    Objects.requireNonNull(nir, "nir");
    Objects.requireNonNull(contact, "contact");
    Objects.requireNonNull(adresse, "adresse");
    Objects.requireNonNull(situationProfessionnelle, "situationProfessionnelle");
    revenusFiscaux = ImmutableList.copyOf(revenusFiscaux);
    checkArgument(
        revenusFiscaux.stream().map(RevenuFiscal::annee).distinct().count() == revenusFiscaux.size(),
        "At most one tax reference income per year: %s",
        revenusFiscaux);
    ressources = ImmutableList.copyOf(ressources);
    ressourcesVersees = ImmutableList.copyOf(ressourcesVersees);
  }

  /** Age in whole years on {@code date} (âge révolu). */
  public int age(LocalDate date) {
    return Math.max(0, Period.between(dateNaissance, date).getYears());
  }

  /** The tax reference income of {@code annee}, if declared. */
  public Optional<Montant> revenuFiscal(int annee) {
    return revenusFiscaux.stream()
        .filter(r -> r.annee() == annee)
        .map(RevenuFiscal::montant)
        .findFirst();
  }

  /** Total of the monthly resources received. */
  public Montant totalRessources() {
    return ressources.stream().map(Ressource::mensuel).reduce(Montant.ZERO, Montant::plus);
  }

  /** Total of the monthly amounts paid. */
  public Montant totalRessourcesVersees() {
    return ressourcesVersees.stream()
        .map(RessourceVersee::mensuel)
        .reduce(Montant.ZERO, Montant::plus);
  }

  /** First name and name, e.g. « Awa DIALLO ». */
  public String nomComplet() {
    return prenom + " " + nomUsage.orElse(nom);
  }
}
