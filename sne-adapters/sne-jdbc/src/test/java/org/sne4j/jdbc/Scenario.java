package org.sne4j.jdbc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.RefusException;
import org.sne4j.api.Sne;
import org.sne4j.attribution.CommandeVacance;
import org.sne4j.attribution.EvenementVacance;
import org.sne4j.attribution.IdentifiantVacance;
import org.sne4j.attribution.TitulaireDesignation;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.cal.DecisionCal;
import org.sne4j.cal.MotifNonAttribution;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.logement.TypologieRpls;
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
  static final Acteur BAILLEUR = Acteur.bailleur("B-LMH", "Lille Métropole Habitat");

  final HorlogeReglable horloge = HorlogeReglable.le(DEBUT);
  final Sne sne;
  final List<NumeroUnique> numeros = new ArrayList<>();
  private final Random hasard;
  private final List<ContenuDemande> contenus;

  Scenario(long graine, EventStore store, IndexDemandes index) {
    this(graine, store, index, null);
  }

  /** A scenario with the attribution records in {@code attributions} (null: the store's, or the default). */
  Scenario(long graine, EventStore store, IndexDemandes index, org.sne4j.spi.RegistreAttributions attributions) {
    this.hasard = new Random(graine);
    Sne.Builder b = Sne.builder().horloge(horloge).eventStore(store).index(index)
        .registreNational(new InMemoryRegistreNational()).identifiants(new IdentifiantsSequentiels("corr-"));
    if (attributions != null) {
      b.attributions(attributions);
    }
    this.sne = b.build();
    this.contenus = GenerateursDemande.contenu(DEBUT).sample(graine, 400);
  }

  private boolean baux;

  /** Also declares a dwelling vacant every four weeks and leads it to a lease with one of three candidates. */
  Scenario avecBaux() {
    this.baux = true;
    return this;
  }

  /** A vacancy of the bailleur, three active demands designated, listed, decided, offered, leased. */
  private void bail(LocalDate jour) {
    List<NumeroUnique> actives = numeros.stream()
        .filter(n -> sne.consultation().demande(MAIRIE, n).filter(d -> !d.estRadiee()).isPresent())
        .toList();
    if (actives.size() < 3) {
      return;
    }
    List<NumeroUnique> candidats = new ArrayList<>();
    while (candidats.size() < 3) {
      NumeroUnique n = actives.get(hasard.nextInt(actives.size()));
      if (!candidats.contains(n)) {
        candidats.add(n);
      }
    }
    Logement l = Logement.builder().identifiant("RPLS" + jour.toEpochDay()).bailleur(BAILLEUR)
        .commune(GenerateursDemande.METROPOLE_LILLOISE.get(hasard.nextInt(GenerateursDemande.METROPOLE_LILLOISE.size())))
        .typologie(TypologieRpls.T3).nombrePieces(3).surface(new BigDecimal("65")).etage(1).ascenseur(false)
        .financement(Financement.values()[hasard.nextInt(Financement.values().length)])
        .loyer(Montant.euros(480)).charges(Montant.euros(90)).typeHabitat(TypeHabitat.COLLECTIF).build();
    IdentifiantVacance id = IdentifiantVacance.de(l.identifiant(), jour);
    try {
      sne.attributions().executer(new CommandeVacance.Declarer(id, BAILLEUR, l, jour,
          new TitulaireDesignation(BAILLEUR, TypeReservataire.HORS_CONTINGENT)));
      for (NumeroUnique n : candidats) {
        sne.attributions().executer(new CommandeVacance.Designer(id, BAILLEUR, n, false));
      }
      sne.attributions().executer(new CommandeVacance.InscrireEnCommission(id, BAILLEUR, jour, Optional.empty(), Optional.empty()));
      sne.attributions().executer(new CommandeVacance.RendreDecisions(id, BAILLEUR, List.of(
          new EvenementVacance.DecisionCandidat(candidats.get(0), new DecisionCal.AttributionEnRang(1)),
          new EvenementVacance.DecisionCandidat(candidats.get(1), new DecisionCal.AttributionEnRang(2)),
          new EvenementVacance.DecisionCandidat(candidats.get(2),
              new DecisionCal.NonAttribution(Set.of(MotifNonAttribution.TAUX_EFFORT), Optional.empty())))));
      sne.attributions().executer(new CommandeVacance.Proposer(id, BAILLEUR));
      sne.attributions().executer(new CommandeVacance.AccepterOffre(id, Acteur.demandeur(), candidats.get(0)));
      sne.attributions().executer(new CommandeVacance.SignerBail(id, BAILLEUR, candidats.get(0),
          hasard.nextBoolean() ? AccordCollectif.AUCUN : AccordCollectif.INTERCOMMUNAL));
    } catch (RefusException refus) {
      // a rule stopped this dwelling's process (e.g. a candidate radiated meanwhile): nothing more for it
    }
  }

  /** Runs {@code mois} months with about {@code parMois} new demands a month. */
  Scenario executer(int mois, int parMois) {
    int suivant = 0;
    LocalDate fin = DEBUT.plus(Period.ofMonths(mois));
    int semaine = 0;
    for (LocalDate jour = DEBUT; jour.isBefore(fin); jour = jour.plusDays(7)) {
      horloge.allerAu(jour);
      if (baux && ++semaine % 4 == 0) {
        bail(jour);
      }
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
