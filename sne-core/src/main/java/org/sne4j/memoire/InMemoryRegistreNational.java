package org.sne4j.memoire;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.RejectedException;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The embedded default {@link RegistreNational}: allocates numbers locally in the usual layout
 * (territory on three characters, month and year of filing, a six-digit sequence per territory,
 * desk and month, desk code), unique by construction, and the same number for the same
 * idempotency key. Thread-safe.
 */
public final class InMemoryRegistreNational implements RegistreNational {

  private record Compteur(TerritoireEnregistrement territoire, CodeGuichet guichet, YearMonth mois) {}

  private final Map<Compteur, Long> sequences = new HashMap<>();
  private final Map<String, NumeroUnique> parCle = new HashMap<>();

  @Override
  public synchronized NumeroUnique attribuerNumero(DemandeAEnregistrer demande) {
    Objects.requireNonNull(demande, "demande");
    NumeroUnique deja = parCle.get(demande.cleIdempotence());
    if (deja != null) {
      return deja;
    }
    Compteur compteur =
        new Compteur(demande.territoire(), demande.guichet(), YearMonth.from(demande.dateDepot()));
    long suivant = sequences.getOrDefault(compteur, 0L) + 1;
    if (suivant > 999_999) {
      throw new RejectedException(
          "no number left for desk " + demande.guichet() + " in " + compteur.mois(),
          List.of(new RejectedException.Anomalie("SEQUENCE-EPUISEE", "Plus de numéro disponible ce mois-ci pour ce guichet")));
    }
    sequences.put(compteur, suivant);
    NumeroUnique numero =
        NumeroUnique.composer(demande.territoire(), compteur.mois(), suivant, demande.guichet());
    parCle.put(demande.cleIdempotence(), numero);
    return numero;
  }
}
