package org.sne4j.eligibilite;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.sne4j.commun.Montant;

/**
 * The more recent incomes a household asks to be compared with the ceiling instead of its tax
 * reference income of year N-2 (arrêté du 29 juillet 1987 art. 4: « les revenus […] perçus au
 * titre de la dernière année civile ou au cours des douze derniers mois précédant la date de la
 * signature du contrat de location sont pris en compte à la demande du ménage requérant, qui
 * justifie que ses revenus sont inférieurs d'au moins 10 % »). Give an income only when the
 * household asks for it and has justified it; the bailleur checks the justification.
 *
 * @param revenusAnneeN1 the household's income of year N-1 (tax reference income when known)
 * @param revenusDouzeDerniersMois the household's income over the twelve months before the lease
 */
public record RevenusInvoques(
    Optional<Montant> revenusAnneeN1, Optional<Montant> revenusDouzeDerniersMois) {

  /** The household asks for nothing: its N-2 income is compared. */
  public static final RevenusInvoques AUCUN = new RevenusInvoques(Optional.empty(), Optional.empty());

  public RevenusInvoques {
    Objects.requireNonNull(revenusAnneeN1, "revenusAnneeN1");
    Objects.requireNonNull(revenusDouzeDerniersMois, "revenusDouzeDerniersMois");
    revenusAnneeN1.ifPresent(
        r -> checkArgument(!r.estNegatif(), "An income of year N-1 cannot be negative: %s", r));
    revenusDouzeDerniersMois.ifPresent(
        r -> checkArgument(!r.estNegatif(), "An income of twelve months cannot be negative: %s", r));
  }

  /** The household asks that its income of year N-1 be used. */
  public static RevenusInvoques anneeN1(Montant revenus) {
    return new RevenusInvoques(Optional.of(revenus), Optional.empty());
  }

  /** The household asks that its income of the last twelve months be used. */
  public static RevenusInvoques douzeDerniersMois(Montant revenus) {
    return new RevenusInvoques(Optional.empty(), Optional.of(revenus));
  }

  /** These requests plus the income of year N-1. */
  public RevenusInvoques avecAnneeN1(Montant revenus) {
    return new RevenusInvoques(Optional.of(revenus), revenusDouzeDerniersMois);
  }

  /** These requests plus the income of the last twelve months. */
  public RevenusInvoques avecDouzeDerniersMois(Montant revenus) {
    return new RevenusInvoques(revenusAnneeN1, Optional.of(revenus));
  }
}
