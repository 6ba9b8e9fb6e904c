package org.sne4j.eligibilite;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;
import org.sne4j.commun.Montant;

/**
 * French renderings of figures for the explanations: amounts with a no-break space between
 * thousands and before the euro sign ({@code 26 044 €}, {@code 1 234,56 €}), percentages with a
 * decimal comma ({@code 31,5 %}), dates in words ({@code 1er janvier 2025}).
 */
final class Textes {

  /** The no-break space used between thousands and before units. */
  static final String ESPACE = "\u00a0";

  private static final String[] MOIS = {
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre"
  };

  private Textes() {}

  /** {@code 26 044 €} for whole euros, {@code 1 234,56 €} otherwise. */
  static String euros(Montant montant) {
    long centimes = montant.centimes();
    String signe = centimes < 0 ? "-" : "";
    long absolu = Math.abs(centimes);
    String entier = milliers(absolu / 100);
    long reste = absolu % 100;
    return signe + entier + (reste == 0 ? "" : String.format(",%02d", reste)) + ESPACE + "€";
  }

  /** A number with a decimal comma and grouped thousands, trailing zeros removed. */
  static String nombre(BigDecimal valeur) {
    BigDecimal v = valeur.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0, RoundingMode.UNNECESSARY);
    }
    String signe = v.signum() < 0 ? "-" : "";
    v = v.abs();
    String texte = v.toPlainString();
    int point = texte.indexOf('.');
    String entier = point < 0 ? texte : texte.substring(0, point);
    String decimales = point < 0 ? "" : "," + texte.substring(point + 1);
    return signe + milliers(Long.parseLong(entier)) + decimales;
  }

  /** {@code 33 %}, {@code 31,5 %}: {@code pourcentage} is already in percent. */
  static String pourcentage(BigDecimal pourcentage) {
    return nombre(pourcentage) + ESPACE + "%";
  }

  /** {@code 1er janvier 2025}, {@code 31 décembre 2025}. */
  static String date(LocalDate date) {
    int jour = date.getDayOfMonth();
    return (jour == 1 ? "1er" : String.valueOf(jour))
        + " "
        + MOIS[date.getMonthValue() - 1]
        + " "
        + date.getYear();
  }

  /** {@code du 1er janvier 2024 au 31 décembre 2024}, or {@code à partir du 1er janvier 2024}. */
  static String periode(LocalDate du, Optional<LocalDate> au) {
    return au.map(fin -> "du " + date(du) + " au " + date(fin))
        .orElse("à partir du " + date(du));
  }

  /** {@code texte} with its no-break spaces as plain spaces (for tests and logs). */
  static String normaliser(String texte) {
    return texte.replace(ESPACE, " ");
  }

  private static String milliers(long valeur) {
    String chiffres = Long.toString(valeur);
    StringBuilder groupe = new StringBuilder();
    int debut = chiffres.length() % 3;
    if (debut > 0) {
      groupe.append(chiffres, 0, debut);
    }
    for (int i = debut; i < chiffres.length(); i += 3) {
      if (groupe.length() > 0) {
        groupe.append(ESPACE);
      }
      groupe.append(chiffres, i, i + 3);
    }
    return groupe.toString();
  }
}
