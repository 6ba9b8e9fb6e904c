package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import org.sne4j.commun.Montant;

/**
 * A dependant who will live in the dwelling (interfaceNuu {@code
 * listePersonneACharge/personneACharge}; CCH L442-12).
 *
 * @param nom name
 * @param prenom first name
 * @param dateNaissance birth date
 * @param sexe sex
 * @param lien family link with the applicant
 * @param ressources the dependant's own monthly resources, if any
 * @param enSituationDeHandicap whether the dependant is disabled (arrêté du 29 juillet 1987 art. 2)
 */
public record PersonneACharge(
    String nom,
    String prenom,
    LocalDate dateNaissance,
    Sexe sexe,
    LienParente lien,
    List<Ressource> ressources,
    boolean enSituationDeHandicap) {

  public PersonneACharge {
    checkArgument(nom != null && !nom.isBlank(), "A dependant needs a name");
    checkArgument(prenom != null && !prenom.isBlank(), "A dependant needs a first name");
    Objects.requireNonNull(dateNaissance, "dateNaissance");
    Objects.requireNonNull(sexe, "sexe");
    Objects.requireNonNull(lien, "lien");
    ressources = ImmutableList.copyOf(ressources);
  }

  /** Age in whole years on {@code date}. */
  public int age(LocalDate date) {
    return Math.max(0, Period.between(dateNaissance, date).getYears());
  }

  /** Total of the monthly resources received. */
  public Montant totalRessources() {
    return ressources.stream().map(Ressource::mensuel).reduce(Montant.ZERO, Montant::plus);
  }
}
