package org.sne4j.eligibilite;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sne4j.commun.Montant;
import org.sne4j.territoire.ZonePlafonds;

/**
 * Reads ceiling tables from text, with the JDK only. The format (UTF-8, one table per line,
 * fields separated by {@code ;}, lines starting with {@code #} and blank lines ignored) starts
 * with this header line:
 *
 * <pre>
 * bareme;annee;zone;categorie_1;categorie_2;categorie_3;categorie_4;categorie_5;categorie_6;personne_supplementaire;valable_du;valable_au;source
 * </pre>
 *
 * <p>{@code bareme} is {@code PLUS} or {@code PLAI}; {@code zone} is a {@link ZonePlafonds#code()}
 * code; amounts are whole euros written with digits only; dates are ISO ({@code 2025-01-01});
 * {@code source} is the rest of the line. Every error of the text is reported at once, each with
 * its line number.
 */
final class LecteurPlafonds {

  static final String ENTETE =
      "bareme;annee;zone;categorie_1;categorie_2;categorie_3;categorie_4;categorie_5;categorie_6;"
          + "personne_supplementaire;valable_du;valable_au;source";

  private static final int CHAMPS = 13;
  private static final Pattern EUROS = Pattern.compile("\\d{1,9}");
  private static final Pattern ANNEE = Pattern.compile("\\d{4}");

  private LecteurPlafonds() {}

  static List<TablePlafonds> lire(Reader texte) {
    List<String> erreurs = new ArrayList<>();
    List<TablePlafonds> tables = new ArrayList<>();
    Map<String, Integer> lignesDesCles = new HashMap<>();
    boolean enteteLue = false;
    try (BufferedReader lecteur = new BufferedReader(texte)) {
      String ligne;
      int numero = 0;
      while ((ligne = lecteur.readLine()) != null) {
        numero++;
        if (numero == 1 && ligne.startsWith("\ufeff")) {
          ligne = ligne.substring(1);
        }
        String t = ligne.strip();
        if (t.isEmpty() || t.startsWith("#")) {
          continue;
        }
        if (!enteteLue) {
          enteteLue = true;
          if (!t.replace(" ", "").equalsIgnoreCase(ENTETE)) {
            erreurs.add("line " + numero + ": expected the header line '" + ENTETE + "', found '" + t + "'");
            break;
          }
          continue;
        }
        try {
          TablePlafonds table = table(t);
          String cle = table.bareme() + " " + table.annee() + " " + table.zone().code();
          Integer premiere = lignesDesCles.putIfAbsent(cle, numero);
          if (premiere != null) {
            erreurs.add(
                "line " + numero + ": duplicate table " + cle + " (already on line " + premiere + ")");
          } else {
            tables.add(table);
          }
        } catch (IllegalArgumentException | NullPointerException e) {
          erreurs.add("line " + numero + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the ceiling tables", e);
    }
    if (!enteteLue) {
      erreurs.add("no header line and no table: expected '" + ENTETE + "' then one table per line");
    } else if (tables.isEmpty() && erreurs.isEmpty()) {
      erreurs.add("no table after the header line");
    }
    if (!erreurs.isEmpty()) {
      throw new IllegalArgumentException(
          "Invalid ceiling tables ("
              + erreurs.size()
              + (erreurs.size() == 1 ? " error" : " errors")
              + "):\n  "
              + String.join("\n  ", erreurs));
    }
    return List.copyOf(tables);
  }

  private static TablePlafonds table(String ligne) {
    String[] champs = ligne.split(";", CHAMPS);
    if (champs.length != CHAMPS) {
      throw new IllegalArgumentException(
          "expected " + CHAMPS + " fields separated by ';', found " + champs.length);
    }
    for (int i = 0; i < champs.length; i++) {
      champs[i] = champs[i].strip();
    }
    BaremePlafonds bareme = BaremePlafonds.parNom(champs[0]);
    if (!ANNEE.matcher(champs[1]).matches()) {
      throw new IllegalArgumentException("malformed year '" + champs[1] + "'");
    }
    int annee = Integer.parseInt(champs[1]);
    ZonePlafonds zone = ZonePlafonds.parCode(champs[2]);
    List<Montant> parCategorie = new ArrayList<>();
    for (int i = 3; i < 9; i++) {
      parCategorie.add(euros(champs[i], "category " + (i - 2)));
    }
    Montant parPersonne = euros(champs[9], "additional person");
    return new TablePlafonds(
        bareme,
        annee,
        zone,
        parCategorie,
        parPersonne,
        champs[12],
        date(champs[10], "valable_du"),
        date(champs[11], "valable_au"));
  }

  private static Montant euros(String texte, String quoi) {
    if (!EUROS.matcher(texte).matches()) {
      throw new IllegalArgumentException(
          "amount of " + quoi + " must be whole euros written with digits only: '" + texte + "'");
    }
    return Montant.euros(Long.parseLong(texte));
  }

  private static LocalDate date(String texte, String quoi) {
    try {
      return LocalDate.parse(texte);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "malformed date " + quoi + " '" + texte + "' (expected YYYY-MM-DD)", e);
    }
  }
}
