package org.sne4j.memoire;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sne4j.attribution.EnregistrementAttribution;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.spi.RegistreAttributions;

/**
 * The embedded default {@link RegistreAttributions}: the records in a concurrent map by vacancy.
 * Queries scan it, which suits the tens of thousands of leases a territory signs a year.
 */
public final class InMemoryRegistreAttributions implements RegistreAttributions {

  private static final Comparator<EnregistrementAttribution> ORDRE =
      Comparator.comparing(EnregistrementAttribution::dateBail).thenComparing(e -> e.vacance().valeur());

  private final ConcurrentHashMap<IdentifiantVacance, EnregistrementAttribution> parVacance = new ConcurrentHashMap<>();

  @Override
  public void enregistrer(EnregistrementAttribution enregistrement) {
    Objects.requireNonNull(enregistrement, "enregistrement");
    parVacance.putIfAbsent(enregistrement.vacance(), enregistrement);
  }

  @Override
  public Optional<EnregistrementAttribution> attribution(IdentifiantVacance vacance) {
    return Optional.ofNullable(parVacance.get(Objects.requireNonNull(vacance, "vacance")));
  }

  @Override
  public List<EnregistrementAttribution> signesEntre(LocalDate du, LocalDate au) {
    Objects.requireNonNull(du, "du");
    Objects.requireNonNull(au, "au");
    return parVacance.values().stream()
        .filter(e -> !e.dateBail().isBefore(du) && !e.dateBail().isAfter(au))
        .sorted(ORDRE)
        .toList();
  }

  @Override
  public long nombre() {
    return parVacance.size();
  }

  @Override
  public void viderRegistre() {
    parVacance.clear();
  }
}
