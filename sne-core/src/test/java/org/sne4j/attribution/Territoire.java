package org.sne4j.attribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.cal.AccordCollectif;
import org.sne4j.commun.Montant;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.Financement;
import org.sne4j.logement.Logement;
import org.sne4j.logement.TypeHabitat;
import org.sne4j.logement.TypologieRpls;
import org.sne4j.memoire.InMemoryEventStore;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.SourcePriorite;

/** A small territory for the attribution scenarios: stores shared across simulated days. */
class Territoire {

  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");
  static final Acteur LMH = Acteur.bailleur("B-LMH", "Lille Métropole Habitat");
  static final Acteur VILOGIA = Acteur.bailleur("B-VIL", "Vilogia");
  static final Acteur ALS = Acteur.reservataire("R-ALS", "Action Logement Services");
  static final Acteur PREFET = Acteur.serviceEtat("E-DDETS59", "DDETS du Nord");
  static final Acteur COMED = Acteur.commission("C-COMED59", "Commission de médiation du Nord");
  static final LocalDate DEPOT = LocalDate.of(2025, 1, 15);
  static final LocalDate DECLARATION = LocalDate.of(2025, 10, 1);

  final Banc banc;
  final InMemoryEventStore store;

  Territoire() {
    this(new Banc("attribution"));
  }

  Territoire(Banc banc) {
    this.banc = banc;
    this.store = banc.store;
  }

  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  static Logement logement(String rpls, Financement financement) {
    return Logement.builder().identifiant(rpls).bailleur(LMH).commune(Contenus.LILLE).typologie(TypologieRpls.T2)
        .nombrePieces(2).surface("48.5").etage(3).ascenseur(true).financement(financement)
        .loyer(Montant.euros(390)).charges(Montant.euros(70)).typeHabitat(TypeHabitat.COLLECTIF).build();
  }

  NumeroUnique demande(ContenuDemande contenu) {
    return le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, contenu).numero();
  }

  NumeroUnique demande() {
    return demande(Contenus.personneSeuleALille());
  }

  NumeroUnique demandeDalo() {
    NumeroUnique n = demande();
    le(DEPOT.plusMonths(3)).demandes().executer(new CommandeDemande.ReconnaitrePriorite(n, COMED, PublicPrioritaire.DALO,
        SourcePriorite.DECISION_DALO, DEPOT.plusMonths(3), Optional.of("COMED-59-1")));
    return n;
  }

  Demande etat(NumeroUnique n) {
    return le(DECLARATION).consultation().demande(DESK, n).orElseThrow();
  }

  /** A vacancy declared on {@link #DECLARATION}, reserved for Action Logement. */
  IdentifiantVacance vacanceReservee(String rpls, Financement financement) {
    Logement l = logement(rpls, financement);
    IdentifiantVacance id = IdentifiantVacance.de(l.identifiant(), DECLARATION);
    le(DECLARATION).attributions().executer(new CommandeVacance.Declarer(id, LMH, l, DECLARATION.plusMonths(1),
        new TitulaireDesignation(ALS, TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT)));
    return id;
  }

  /** A vacancy with three candidates designated by Action Logement and listed for a session. */
  Vacance enCommission(IdentifiantVacance id, List<NumeroUnique> candidats, LocalDate seance) {
    for (NumeroUnique n : candidats) {
      le(DECLARATION.plusDays(3)).attributions().executer(new CommandeVacance.Designer(id, ALS, n, false));
    }
    return le(DECLARATION.plusDays(5)).attributions().executer(new CommandeVacance.InscrireEnCommission(id, LMH, seance, Optional.empty(), Optional.empty()));
  }

  static CommandeVacance.SignerBail bail(IdentifiantVacance id, NumeroUnique n) {
    return new CommandeVacance.SignerBail(id, LMH, n, AccordCollectif.AUCUN);
  }
}
