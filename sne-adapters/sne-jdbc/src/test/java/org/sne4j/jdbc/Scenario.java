package org.sne4j.jdbc;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.memoire.IdentifiantsSequentiels;
import org.sne4j.memoire.InMemoryRegistreNational;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;
import org.sne4j.spi.EventStore;
import org.sne4j.spi.IndexDemandes;
import org.sne4j.testkit.fixtures.HorlogeReglable;
import org.sne4j.testkit.generateurs.GenerateursDemande;

/**
 * A territory over some months through the façade, identical for a given seed whatever the
 * store: registrations, modifications, priority labels, renewal notices, renewals, radiations for
 * non-renewal and on request, reactivations.
 */
final class Scenario {

  static final LocalDate DEBUT = LocalDate.of(2025, 1, 6);
  static final Acteur MAIRIE = Acteur.guichet(new CodeGuichet("G0042"), "Mairie de Lille");

  final HorlogeReglable horloge = HorlogeReglable.le(DEBUT);
  final Sne sne;
  final List<NumeroUnique> numeros = new ArrayList<>();
  private final Random hasard;
  private final List<ContenuDemande> contenus;

  Scenario(long graine, EventStore store, IndexDemandes index) {
    this.hasard = new Random(graine);
    this.sne = Sne.builder().horloge(horloge).eventStore(store).index(index)
        .registreNational(new InMemoryRegistreNational()).identifiants(new IdentifiantsSequentiels("corr-")).build();
    this.contenus = GenerateursDemande.contenu(DEBUT).sample(graine, 400);
  }

  /** Runs {@code mois} months with about {@code parMois} new demands a month. */
  Scenario executer(int mois, int parMois) {
    int suivant = 0;
    LocalDate fin = DEBUT.plus(Period.ofMonths(mois));
    for (LocalDate jour = DEBUT; jour.isBefore(fin); jour = jour.plusDays(7)) {
      horloge.allerAu(jour);
      sne.demandes().envoyerAvisDus();
      sne.demandes().radierDemandesNonRenouvelees();
      for (int i = 0; i < parMois / 4 && suivant < contenus.size(); i++) {
        ContenuDemande c = contenus.get(suivant++);
        numeros.add(sne.demandes().enregistrerContenu(MAIRIE, new CodeGuichet("G0042"), jour, c).numero());
      }
      for (int k = 0; k < 3 && !numeros.isEmpty(); k++) {
        NumeroUnique n = numeros.get(hasard.nextInt(numeros.size()));
        Optional<Demande> d = sne.consultation().demande(MAIRIE, n);
        int tirage = hasard.nextInt(10);
        CommandeDemande commande =
            switch (tirage) {
              case 0, 1 -> new CommandeDemande.Modifier(n, MAIRIE, d.orElseThrow().contenu(), OrigineModification.DEMANDE_DU_DEMANDEUR);
              case 2, 3 -> new CommandeDemande.Renouveler(n, MAIRIE, d.orElseThrow().contenu());
              case 4 -> new CommandeDemande.Radier(n, MAIRIE, MotifRadiation.RENONCIATION);
              case 5 -> new CommandeDemande.Reactiver(n, MAIRIE);
              case 6 -> new CommandeDemande.ReconnaitrePriorite(n, Acteur.serviceEtat("DDETS59", "DDETS du Nord"),
                  PublicPrioritaire.values()[hasard.nextInt(PublicPrioritaire.values().length)],
                  SourcePriorite.values()[hasard.nextInt(SourcePriorite.values().length)], jour, Optional.empty());
              default -> new CommandeDemande.EnvoyerAvisRenouvellement(n, Acteur.gestionnaire());
            };
        try {
          sne.demandes().executer(commande);
        } catch (RefusException | IllegalArgumentException refus) {
          // the rules refused it in this state: nothing was written, on either store
        }
      }
    }
    return this;
  }
}
