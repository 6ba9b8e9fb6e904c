package org.sne4j.nuu;

import java.time.LocalDateTime;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.spi.DemandeNationale;

/**
 * An interfaceNuu document as the codec reads and writes it: the header ({@code entete}) and one
 * demand ({@code demande/demandeLogement}).
 *
 * @param version the interface version ({@code @versionInterface})
 * @param typeFichier the operation ({@code entete/typeFichier})
 * @param dateFichier when the file was produced ({@code entete/dateFichier}, local time in France)
 * @param numero the numéro unique, absent on a creation that asks for one ({@code numUnique})
 * @param demande the demand: desk, creation date, content, radiation and DALO decision; its number
 *     is {@code numero} when present. On a creation without a number, {@code demande.numero()} is
 *     a placeholder the codec does not write (see {@link #creation})
 */
public record DocumentNuu(
    VersionInterface version,
    TypeFichier typeFichier,
    LocalDateTime dateFichier,
    Optional<NumeroUnique> numero,
    DemandeNationale demande) {

  /**
   * The placeholder number of a demand that has none yet (a creation): it is never written, and a
   * document read without {@code numUnique} carries it.
   */
  public static final NumeroUnique SANS_NUMERO = NumeroUnique.parse("000000000000000000");

  public DocumentNuu {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(typeFichier, "typeFichier");
    Objects.requireNonNull(dateFichier, "dateFichier");
    Objects.requireNonNull(numero, "numero");
    Objects.requireNonNull(demande, "demande");
    if (numero.isPresent() && !numero.get().equals(demande.numero())) {
      throw new IllegalArgumentException(
          "The document's number " + numero.get() + " is not its demand's: " + demande.numero());
    }
    if (numero.isEmpty() && !demande.numero().equals(SANS_NUMERO)) {
      throw new IllegalArgumentException(
          "A document without numUnique holds a demand numbered SANS_NUMERO, not " + demande.numero());
    }
  }

  /** A document for a numbered demand. */
  public static DocumentNuu de(VersionInterface version, TypeFichier typeFichier, LocalDateTime dateFichier, DemandeNationale demande) {
    return new DocumentNuu(version, typeFichier, dateFichier, Optional.of(demande.numero()), demande);
  }

  /**
   * A creation that asks for a number ({@code getNumUnique}): {@code demande} is numbered {@link
   * #SANS_NUMERO}.
   */
  public static DocumentNuu creation(VersionInterface version, LocalDateTime dateFichier, DemandeNationale demande) {
    return new DocumentNuu(version, TypeFichier.CREATION, dateFichier, Optional.empty(), demande);
  }
}
