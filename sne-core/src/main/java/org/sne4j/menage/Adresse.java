package org.sne4j.menage;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.Optional;
import org.sne4j.territoire.CodeInsee;

/**
 * A postal address (CCH R441-2-2 b; interfaceNuu {@code adressePostale}). A French address has a
 * postal code and a commune (INSEE code); an address abroad has a country instead of a commune.
 *
 * @param etranger whether the address is abroad
 * @param numero street number, with its extension ({@code 12 bis})
 * @param voie street
 * @param complement building, staircase, "chez …"
 * @param codePostal postal code (French: five digits; abroad: free)
 * @param commune INSEE code of the commune, for a French address
 * @param localite town name as written on the envelope
 * @param pays country, for an address abroad
 */
public record Adresse(
    boolean etranger,
    Optional<String> numero,
    String voie,
    Optional<String> complement,
    String codePostal,
    Optional<CodeInsee> commune,
    String localite,
    Optional<String> pays) {

  public Adresse {
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(complement, "complement");
    Objects.requireNonNull(commune, "commune");
    Objects.requireNonNull(pays, "pays");
    checkArgument(voie != null && !voie.isBlank(), "An address needs a street: '%s'", voie);
    checkArgument(codePostal != null && !codePostal.isBlank(), "An address needs a postal code");
    checkArgument(localite != null && !localite.isBlank(), "An address needs a town");
    checkArgument(
        etranger || commune.isPresent(), "A French address needs its commune's INSEE code");
    checkArgument(!etranger || pays.isPresent(), "An address abroad needs its country");
  }

  /** A French address. */
  public static Adresse enFrance(
      String numero, String voie, String codePostal, CodeInsee commune, String localite) {
    return new Adresse(
        false,
        Optional.ofNullable(numero),
        voie,
        Optional.empty(),
        codePostal,
        Optional.of(commune),
        localite,
        Optional.empty());
  }

  /** The address on one line, as on an envelope. */
  public String surUneLigne() {
    StringBuilder sb = new StringBuilder();
    numero.ifPresent(n -> sb.append(n).append(' '));
    sb.append(voie);
    complement.ifPresent(c -> sb.append(", ").append(c));
    sb.append(", ").append(codePostal).append(' ').append(localite);
    pays.ifPresent(p -> sb.append(", ").append(p));
    return sb.toString();
  }
}
