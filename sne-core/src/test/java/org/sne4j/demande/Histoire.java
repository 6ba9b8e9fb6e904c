package org.sne4j.demande;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Decision;
import org.sne4j.commun.Refus;

/**
 * Given/when/then over decide and evolve: a demand's history built command by command, each on
 * its day.
 */
final class Histoire {

  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final Acteur BAILLEUR = Acteur.bailleur("B001", "Lille Métropole Habitat");
  static final Acteur AUTRE_BAILLEUR = Acteur.bailleur("B002", "Partenord");
  static final Acteur RESERVATAIRE = Acteur.reservataire("ALS", "Action Logement Services");
  static final Acteur PREFET = Acteur.serviceEtat("DDETS59", "DDETS du Nord");
  static final Acteur COMED = Acteur.commission("COMED59", "Commission de médiation du Nord");
  static final NumeroUnique NUMERO = NumeroUnique.parse("0590125000001G0042");

  private final List<EvenementDemande> evenements = new ArrayList<>();
  private ContexteDecision ctx;

  private Histoire(LocalDate jour) {
    this.ctx = ContexteDecision.le(jour);
  }

  /** A demand registered at a desk on {@code jour} with {@code contenu}. */
  static Histoire enregistreeLe(LocalDate jour, ContenuDemande contenu) {
    Histoire h = new Histoire(jour);
    h.accepte(new ActeDemande.Enregistrer(NUMERO, DESK, GUICHET, jour, contenu));
    return h;
  }

  /** A person alone in Lille, who filed online on {@code jour}. */
  static Histoire enregistreeEnLigneLe(LocalDate jour) {
    Histoire h = new Histoire(jour);
    h.accepte(new ActeDemande.Enregistrer(NUMERO, Acteur.demandeur(), new CodeGuichet("GDPUB"), jour,
        Contenus.personneSeuleALille()));
    return h;
  }

  /** A decision on a demand that does not exist. */
  static Decision<EvenementDemande> surUneDemandeInexistante(ActeDemande c, LocalDate jour) {
    return DecisionsDemande.decider(c, Optional.empty(), ContexteDecision.le(jour));
  }

  /** A person alone in Lille, registered at a desk on {@code jour}. */
  static Histoire enregistreeLe(LocalDate jour) {
    return enregistreeLe(jour, Contenus.personneSeuleALille());
  }

  Histoire le(LocalDate jour) {
    ctx = new ContexteDecision(jour, ctx.delais(), ctx.diffusion());
    return this;
  }

  Histoire avec(DelaisReglementaires delais) {
    ctx = new ContexteDecision(ctx.aujourdhui(), delais, ctx.diffusion());
    return this;
  }

  Histoire avec(PolitiqueDiffusion diffusion) {
    ctx = new ContexteDecision(ctx.aujourdhui(), ctx.delais(), diffusion);
    return this;
  }

  LocalDate aujourdhui() {
    return ctx.aujourdhui();
  }

  Decision<EvenementDemande> decide(ActeDemande c) {
    return DecisionsDemande.decider(c, Demande.rejouer(evenements), ctx);
  }

  /** Runs {@code c}, which must be accepted; returns the events it produced. */
  List<EvenementDemande> accepte(ActeDemande c) {
    Decision<EvenementDemande> d = decide(c);
    assertThat(d).as("decision for %s", c).isInstanceOf(Decision.Acceptee.class);
    List<EvenementDemande> nouveaux = ((Decision.Acceptee<EvenementDemande>) d).evenements();
    evenements.addAll(nouveaux);
    return nouveaux;
  }

  /** Runs {@code c}, which must be refused; returns the refusal. */
  Refus refuse(ActeDemande c) {
    Decision<EvenementDemande> d = decide(c);
    assertThat(d).as("decision for %s", c).isInstanceOf(Decision.Refusee.class);
    return ((Decision.Refusee<EvenementDemande>) d).refus();
  }

  Demande etat() {
    return Demande.rejouer(evenements).orElseThrow();
  }

  List<EvenementDemande> evenements() {
    return List.copyOf(evenements);
  }

  Optional<Demande> etatOptionnel() {
    return Demande.rejouer(evenements);
  }

  // Shortcuts for the usual commands ------------------------------------------------------------

  Histoire avis() {
    accepte(new CommandeDemande.EnvoyerAvisRenouvellement(NUMERO, Acteur.gestionnaire()));
    return this;
  }

  Histoire renouvelee(Acteur auteur) {
    accepte(new CommandeDemande.Renouveler(NUMERO, auteur, etat().contenu()));
    return this;
  }

  static CommandeDemande radier(Acteur auteur, MotifRadiation motif) {
    return new CommandeDemande.Radier(NUMERO, auteur, motif);
  }
}
