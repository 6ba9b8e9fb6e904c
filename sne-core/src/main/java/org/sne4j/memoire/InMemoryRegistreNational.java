package org.sne4j.memoire;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.menage.Titulaire;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.DoublonPotentiel;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RejectedException;
import org.sne4j.territoire.TerritoireEnregistrement;

/**
 * The embedded default {@link org.sne4j.spi.RegistreNational}: allocates numbers locally in the
 * usual layout (territory on three characters, month and year of filing, a six-digit sequence per
 * territory, desk and month, desk code), unique by construction, and the same number for the same
 * idempotency key. Thread-safe.
 *
 * <p>It also implements the other services of the national registry ({@link
 * EchangesRegistreNational}) for real, in memory: it keeps the demands it numbered and those
 * transmitted to it, finds duplicates by the applicant's name and first name (case and surrounding
 * blanks ignored) and birth date, and records DALO decisions and radiations with the instant it received
 * them (from its clock), which the two "since" queries filter on.
 */
public final class InMemoryRegistreNational implements EchangesRegistreNational {

  private record Compteur(TerritoireEnregistrement territoire, CodeGuichet guichet, YearMonth mois) {}

  private record Horodate<T>(Instant recuLe, T valeur) {}

  private final Clock horloge;
  private final Map<Compteur, Long> sequences = new HashMap<>();
  private final Map<String, NumeroUnique> parCle = new HashMap<>();
  private final Map<NumeroUnique, DemandeNationale> demandes = new LinkedHashMap<>();
  private final List<Horodate<DecisionDalo>> dalos = new ArrayList<>();
  private final List<Horodate<RadiationNationale>> radiations = new ArrayList<>();
  private final Map<NumeroUnique, DemandeATransmettre> derniereTransmission = new HashMap<>();
  private final Map<NumeroUnique, Long> versions = new HashMap<>();

  /** A registry whose "since" queries use the system clock in Europe/Paris. */
  public InMemoryRegistreNational() {
    this(Clock.system(ZoneId.of("Europe/Paris")));
  }

  /** A registry that dates what it receives with {@code horloge}. */
  public InMemoryRegistreNational(Clock horloge) {
    this.horloge = Objects.requireNonNull(horloge, "horloge");
  }

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
    demandes.put(numero, DemandeNationale.active(numero, demande.guichet(), demande.dateDepot(), demande.contenu()));
    return numero;
  }

  /**
   * Records the change. A creation of a number it does not hold registers the demand under that
   * number; a repeat of the last transmission of a demand, or of a change of a version already
   * applied, changes nothing.
   *
   * @throws RejectedException {@code DEMANDE-INCONNUE} for a change of a demand it does not hold
   */
  @Override
  public synchronized void transmettre(DemandeATransmettre transmission) {
    Objects.requireNonNull(transmission, "transmission");
    DemandeNationale demande = transmission.demande();
    NumeroUnique numero = demande.numero();
    if (transmission.equals(derniereTransmission.get(numero))) {
      return;
    }
    Long derniere = versions.get(numero);
    if (transmission.version().isPresent() && derniere != null && transmission.version().get() <= derniere) {
      return; // a repeat of a change already applied (at least once delivery): applied once
    }
    if (transmission.typeFichier() != TypeFichier.CREATION && !demandes.containsKey(numero)) {
      throw new RejectedException(
          "demand " + numero + " is unknown to the registry",
          List.of(new RejectedException.Anomalie("DEMANDE-INCONNUE", "Aucune demande n'est enregistrée sous le numéro " + numero)));
    }
    DemandeNationale avant = demandes.get(numero);
    demandes.put(numero, demande);
    if (transmission.typeFichier() == TypeFichier.RADIATION
        && demande.radiation().isPresent()
        && (avant == null || !demande.radiation().equals(avant.radiation()))) {
      radiations.add(new Horodate<>(horloge.instant(), demande.radiation().get()));
    }
    derniereTransmission.put(numero, transmission);
    transmission.version().ifPresent(v -> versions.put(numero, v));
  }

  @Override
  public synchronized Optional<DemandeNationale> demande(NumeroUnique numero) {
    Objects.requireNonNull(numero, "numero");
    return Optional.ofNullable(demandes.get(numero));
  }

  @Override
  public synchronized List<DoublonPotentiel> doublons(ContenuDemande contenu) {
    Objects.requireNonNull(contenu, "contenu");
    Titulaire cherche = contenu.menage().demandeur();
    return demandes.values().stream()
        .filter(d -> memePersonne(d.contenu().menage().demandeur(), cherche))
        .sorted(Comparator.comparing(DemandeNationale::dateCreation).thenComparing(DemandeNationale::numero))
        .map(InMemoryRegistreNational::doublon)
        .toList();
  }

  @Override
  public synchronized List<DecisionDalo> nouveauxDaloDepuis(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    return dalos.stream().filter(h -> !h.recuLe().isBefore(depuis)).map(Horodate::valeur).toList();
  }

  @Override
  public synchronized List<RadiationNationale> radiationsDepuis(Instant depuis) {
    Objects.requireNonNull(depuis, "depuis");
    return radiations.stream().filter(h -> !h.recuLe().isBefore(depuis)).map(Horodate::valeur).toList();
  }

  /**
   * Records the decision on the demand.
   *
   * @throws RejectedException {@code DEMANDE-INCONNUE} for a demand it does not hold
   */
  @Override
  public synchronized void declarerDalo(DecisionDalo decision) {
    Objects.requireNonNull(decision, "decision");
    DemandeNationale d = demandes.get(decision.numero());
    if (d == null) {
      throw new RejectedException(
          "demand " + decision.numero() + " is unknown to the registry",
          List.of(new RejectedException.Anomalie("DEMANDE-INCONNUE", "Aucune demande n'est enregistrée sous le numéro " + decision.numero())));
    }
    demandes.put(
        d.numero(),
        new DemandeNationale(d.numero(), d.guichet(), d.dateCreation(), d.contenu(), d.radiation(), Optional.of(decision)));
    dalos.add(new Horodate<>(horloge.instant(), decision));
  }

  private static boolean memePersonne(Titulaire a, Titulaire b) {
    return cle(a.nom()).equals(cle(b.nom()))
        && cle(a.prenom()).equals(cle(b.prenom()))
        && a.dateNaissance().equals(b.dateNaissance());
  }

  private static String cle(String texte) {
    return texte.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
  }

  private static DoublonPotentiel doublon(DemandeNationale d) {
    Titulaire t = d.contenu().menage().demandeur();
    LocalDate naissance = t.dateNaissance();
    return new DoublonPotentiel(d.numero(), d.guichet(), d.dateCreation(), t.nom(), t.prenom(), naissance);
  }
}
