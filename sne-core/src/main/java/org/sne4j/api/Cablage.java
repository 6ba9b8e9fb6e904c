package org.sne4j.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.RegistreNational;

/**
 * How {@link Sne.Builder} finds each port's implementation — explicit wiring, else {@link
 * ServiceLoader}, else the in-memory default — and checks that the store's own read models are
 * not wired twice. Records where each came from, for {@link Sne#implementations()}.
 */
final class Cablage {

  private final ClassLoader chargeur;
  private final Map<String, String> origines = new LinkedHashMap<>();

  Cablage(ClassLoader chargeur) {
    this.chargeur = chargeur;
  }

  /**
   * The implementation of {@code port}: {@code explicite} if given, else the only one {@link
   * ServiceLoader} finds, else {@code defaut}.
   *
   * @throws IllegalStateException when {@link ServiceLoader} finds several
   */
  <T> T resoudre(Class<T> port, T explicite, Supplier<T> defaut) {
    if (explicite != null) {
      return noter(port, explicite, "fourni explicitement");
    }
    List<T> trouves = ServiceLoader.load(port, chargeur).stream().map(ServiceLoader.Provider::get).toList();
    if (trouves.size() > 1) {
      throw new IllegalStateException(
          "Several implementations of " + port.getName() + " found with ServiceLoader: "
              + trouves.stream().map(t -> t.getClass().getName()).collect(Collectors.joining(", "))
              + "; wire one explicitly with Sne.builder()");
    }
    if (trouves.size() == 1) {
      return noter(port, trouves.get(0), "ServiceLoader");
    }
    return noter(port, defaut.get(), "défaut embarqué en mémoire : aucun fournisseur trouvé");
  }

  /**
   * The read model {@code port} of the application: the store itself when it keeps that read
   * model in its append transaction (its rows are written with the events), else as {@link
   * #resoudre}.
   *
   * @throws IllegalStateException when the store keeps that read model and another implementation
   *     is wired: the store would write one and the services read the other
   */
  <T> T projection(Class<T> port, EventStore store, T explicite, Supplier<T> defaut) {
    if (!store.projectionsTenues().contains(port)) {
      return resoudre(port, explicite, defaut);
    }
    if (!port.isInstance(store)) {
      throw new IllegalStateException(
          store.getClass().getName() + " says it keeps the read model " + port.getSimpleName()
              + " in its transaction but does not implement it");
    }
    if (explicite != null && explicite != store) {
      throw new IllegalStateException(
          "The event store " + store.getClass().getName() + " keeps the read model " + port.getSimpleName()
              + " in its append transaction, but another implementation (" + explicite.getClass().getName()
              + ") is wired: leave " + port.getSimpleName() + " unwired, or wire the store for it");
    }
    return noter(port, port.cast(store), "tenu par le store, dans la transaction de ses ajouts");
  }

  /** The registry's other services, when the registry wired offers them. */
  static Optional<EchangesRegistreNational> echanges(RegistreNational registre) {
    return Optional.of(registre).filter(EchangesRegistreNational.class::isInstance).map(EchangesRegistreNational.class::cast);
  }

  <T> T noter(Class<?> port, T implementation, String origine) {
    origines.put(port.getSimpleName(), implementation.getClass().getName() + " (" + origine + ")");
    return implementation;
  }

  Map<String, String> origines() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(origines));
  }
}
