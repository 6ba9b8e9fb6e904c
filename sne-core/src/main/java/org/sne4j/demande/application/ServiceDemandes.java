package org.sne4j.demande.application;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Decision;
import org.sne4j.commun.IdentifiantCommande;
import org.sne4j.commun.IdentifiantCommandeReutiliseException;
import org.sne4j.commun.Refus;
import org.sne4j.commun.RefusException;
import org.sne4j.demande.ActeDemande;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.ContexteDecision;
import org.sne4j.demande.DecisionsDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.EvenementDemande;
import org.sne4j.demande.FicheDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.OrigineModification;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.formulaire.FormulaireDemande;
import org.sne4j.formulaire.FormulaireInvalideException;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.information.AvisRenouvellement;
import org.sne4j.internal.Abonne;
import org.sne4j.internal.Empreintes;
import org.sne4j.internal.Journal;
import org.sne4j.piece.PieceJustificative;
import org.sne4j.spi.CommandeEnregistree;
import org.sne4j.spi.ConflictException;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.Ecriture;
import org.sne4j.spi.MiseAJourProjections;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.StreamAppend;
import org.sne4j.spi.StreamId;

/**
 * The demand service: registration, the commands of a demand's life, and the registration
 * system's daily runs (renewal notices, radiations for non-renewal). Obtained from {@code
 * sne.demandes()}.
 *
 * <p>A command reads the demand's history, folds it, decides (pure, {@link
 * DecisionsDemande#decider}) and appends the new events expecting the version it read, with the
 * demand's new summary for the index: two writers on one demand never lose an event — the second
 * gets a {@link ConflictException} (retryable: run the command again, or use {@link
 * #executerAvecReprise}). A refused command throws {@link RefusException} and writes nothing.
 * Thread-safe.
 */
public final class ServiceDemandes {

  private final Journal journal;
  private final RegistreNational registre;
  private final DelaisReglementaires delais;
  private final PolitiqueDiffusion diffusion;
  private final ValidateurFormulaire validateur;

  /** Built by {@code Sne}; applications call {@code sne.demandes()}. */
  public ServiceDemandes(
      Journal journal,
      RegistreNational registre,
      DelaisReglementaires delais,
      PolitiqueDiffusion diffusion,
      ValidateurFormulaire validateur) {
    this.journal = Objects.requireNonNull(journal, "journal");
    this.registre = Objects.requireNonNull(registre, "registre");
    this.delais = Objects.requireNonNull(delais, "delais");
    this.diffusion = Objects.requireNonNull(diffusion, "diffusion");
    this.validateur = Objects.requireNonNull(validateur, "validateur");
  }

  /**
   * Registers a demand received today from its form (CCH L441-2-1, R441-2-2): validates the form
   * (every violation reported), allocates the number through the national registry, records the
   * registration.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is allocated or written)
   * @throws RefusException when a rule is not met (nothing is allocated or written)
   */
  public Demande enregistrer(Acteur auteur, CodeGuichet guichet, FormulaireDemande formulaire) {
    return enregistrer(nouvelIdentifiant(), auteur, guichet, journal.aujourdhui(), formulaire);
  }

  /**
   * Registers a demand received today, under the caller's command identifier: sent again (a retry
   * after a time-out, on either side), it gives back the demand first registered and allocates and
   * records nothing more.
   *
   * @throws IdentifiantCommandeReutiliseException when {@code id} already served another command
   */
  public Demande enregistrer(IdentifiantCommande id, Acteur auteur, CodeGuichet guichet, FormulaireDemande formulaire) {
    return enregistrer(id, auteur, guichet, journal.aujourdhui(), formulaire);
  }

  /**
   * Registers a demand received on {@code dateDepot} (at most today) from its form.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is allocated or written)
   * @throws RefusException when a rule is not met (nothing is allocated or written)
   */
  public Demande enregistrer(Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, FormulaireDemande formulaire) {
    return enregistrer(nouvelIdentifiant(), auteur, guichet, dateDepot, formulaire);
  }

  /**
   * Registers a demand received on {@code dateDepot} under the caller's command identifier.
   *
   * @throws IdentifiantCommandeReutiliseException when {@code id} already served another command
   */
  public Demande enregistrer(
      IdentifiantCommande id, Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, FormulaireDemande formulaire) {
    Objects.requireNonNull(dateDepot, "dateDepot");
    return enregistrerContenu(id, auteur, guichet, dateDepot, validateur.valide(formulaire, dateDepot));
  }

  /**
   * Registers a demand whose content is already a validated {@link ContenuDemande} (e.g. read
   * from another system): allocates its number through the national registry, then records the
   * registration (CCH L441-2-1, R441-2-4). Applications that take input from people use {@link
   * #enregistrer(Acteur, CodeGuichet, FormulaireDemande)}.
   *
   * @param dateDepot the date the demand was received (at most today)
   * @throws RefusException when a rule is not met (nothing is recorded)
   */
  public Demande enregistrerContenu(Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, ContenuDemande contenu) {
    return enregistrerContenu(nouvelIdentifiant(), auteur, guichet, dateDepot, contenu);
  }

  /**
   * Registers a validated content under the caller's command identifier, which is also the
   * national registry's idempotency key: a retry gets the same number and records nothing more.
   *
   * @throws IdentifiantCommandeReutiliseException when {@code id} already served another command
   */
  public Demande enregistrerContenu(
      IdentifiantCommande id, Acteur auteur, CodeGuichet guichet, LocalDate dateDepot, ContenuDemande contenu) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(auteur, "auteur");
    Objects.requireNonNull(guichet, "guichet");
    Objects.requireNonNull(dateDepot, "dateDepot");
    Objects.requireNonNull(contenu, "contenu");
    String empreinte = Empreintes.de("enregistrement", auteur, guichet, dateDepot, contenu);
    Optional<Demande> deja = premierResultat(id, empreinte);
    if (deja.isPresent()) {
      return deja.get();
    }
    ContexteDecision ctx = contexte();
    // Checked before the number is allocated, so that a refused registration allocates none.
    Optional<Refus> refus = DecisionsDemande.refusEnregistrement(auteur, dateDepot, ctx);
    if (refus.isPresent()) {
      throw new RefusException(refus.get());
    }
    NumeroUnique numero =
        registre.attribuerNumero(new DemandeAEnregistrer(contenu.territoire(), guichet, dateDepot, contenu, id.valeur()));
    return appliquer(new ActeDemande.Enregistrer(numero, auteur, guichet, dateDepot, contenu), Optional.empty(), 0, ctx,
        new Ecriture.Commande(id.valeur(), empreinte));
  }

  /**
   * Records a modification of the demand from its updated form, at the applicant's request or from
   * third-party data he validated (arrêté du 23 mars 2015 §4).
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande modifier(Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire, OrigineModification origine) {
    return modifier(nouvelIdentifiant(), auteur, numero, formulaire, origine);
  }

  /** {@link #modifier(Acteur, NumeroUnique, FormulaireDemande, OrigineModification)} under the caller's command identifier. */
  public Demande modifier(
      IdentifiantCommande id, Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire, OrigineModification origine) {
    return executer(id,
        new CommandeDemande.Modifier(numero, auteur, validateur.valide(formulaire, journal.aujourdhui()), origine));
  }

  /**
   * Renews the demand with its updated form (R441-2-7). {@link FormulaireDemande#depuis} pre-fills
   * the form from the current content.
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande renouveler(Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire) {
    return renouveler(nouvelIdentifiant(), auteur, numero, formulaire);
  }

  /** {@link #renouveler(Acteur, NumeroUnique, FormulaireDemande)} under the caller's command identifier. */
  public Demande renouveler(IdentifiantCommande id, Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire) {
    return executer(id, new CommandeDemande.Renouveler(numero, auteur, validateur.valide(formulaire, journal.aujourdhui())));
  }

  /**
   * Corrects the demand from the supporting documents the applicant supplied (R441-2-15 I).
   *
   * @throws FormulaireInvalideException when the form is invalid (nothing is written)
   */
  public Demande rectifier(
      Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire, Set<PieceJustificative> pieces, Optional<String> commentaire) {
    return rectifier(nouvelIdentifiant(), auteur, numero, formulaire, pieces, commentaire);
  }

  /** {@link #rectifier(Acteur, NumeroUnique, FormulaireDemande, Set, Optional)} under the caller's command identifier. */
  public Demande rectifier(IdentifiantCommande id, Acteur auteur, NumeroUnique numero, FormulaireDemande formulaire,
      Set<PieceJustificative> pieces, Optional<String> commentaire) {
    return executer(id,
        new CommandeDemande.Rectifier(numero, auteur, validateur.valide(formulaire, journal.aujourdhui()), pieces, commentaire));
  }

  /**
   * Runs a command on an existing demand.
   *
   * @return the demand's new state
   * @throws RefusException when a rule is not met (nothing is recorded)
   * @throws ConflictException when another writer changed the demand meanwhile (retryable)
   */
  public Demande executer(CommandeDemande commande) {
    return executer(nouvelIdentifiant(), commande);
  }

  /**
   * Runs a command under the caller's command identifier: sent again with the same command, it
   * gives back the state the first run produced and records nothing more.
   *
   * @return the demand's state after the command (the first run's, for a repeat)
   * @throws RefusException when a rule is not met (nothing is recorded)
   * @throws ConflictException when another writer changed the demand meanwhile (retryable)
   * @throws IdentifiantCommandeReutiliseException when {@code id} already served another command
   */
  public Demande executer(IdentifiantCommande id, CommandeDemande commande) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(commande, "commande");
    String empreinte = Empreintes.de("demande", commande);
    Optional<Demande> deja = premierResultat(id, empreinte);
    if (deja.isPresent()) {
      return deja.get();
    }
    Journal.Lecture<Demande> lu = journal.demande(commande.numero());
    return appliquer(commande, lu.etat(), lu.version(), contexte(), new Ecriture.Commande(id.valeur(), empreinte));
  }

  /**
   * Runs a command, and on a {@link ConflictException} reads the demand again and decides again,
   * at most {@code tentatives} times in all.
   */
  public Demande executerAvecReprise(CommandeDemande commande, int tentatives) {
    checkArgument(tentatives >= 1, "At least one attempt: %s", tentatives);
    IdentifiantCommande id = nouvelIdentifiant();
    ConflictException derniere = null;
    for (int i = 0; i < tentatives; i++) {
      try {
        return executer(id, commande);
      } catch (ConflictException e) {
        derniere = e;
      }
    }
    throw derniere;
  }

  /**
   * Sends the renewal notices due today (R441-2-7), as the registration system's gestionnaire:
   * records a notice on each demand whose notice is due (or overdue) and returns what to send.
   */
  public List<AvisRenouvellement> envoyerAvisDus() {
    List<AvisRenouvellement> avis = new ArrayList<>();
    for (FicheDemande f : journal.index().avisDus(journal.aujourdhui())) {
      Demande d = executerAvecReprise(new CommandeDemande.EnvoyerAvisRenouvellement(f.numero(), Acteur.gestionnaire()), 3);
      avis.add(AvisRenouvellement.de(d));
    }
    return avis;
  }

  /**
   * Radiates, as the registration system's gestionnaire, every demand not renewed in time
   * (R441-2-8 e) as of today; returns their numbers.
   */
  public List<NumeroUnique> radierDemandesNonRenouvelees() {
    List<NumeroUnique> radiees = new ArrayList<>();
    for (FicheDemande f : journal.index().radiationsNonRenouvellementDues(journal.aujourdhui())) {
      executerAvecReprise(new CommandeDemande.Radier(f.numero(), Acteur.gestionnaire(), MotifRadiation.NON_RENOUVELLEMENT), 3);
      radiees.add(f.numero());
    }
    return radiees;
  }

  /** The timers in use. */
  public DelaisReglementaires delais() {
    return delais;
  }

  private IdentifiantCommande nouvelIdentifiant() {
    return new IdentifiantCommande(journal.nouvelIdentifiant());
  }

  /**
   * The state the command recorded under {@code id} produced, when one was; refused when that
   * command was another.
   */
  private Optional<Demande> premierResultat(IdentifiantCommande id, String empreinte) {
    return journal.commande(id.valeur()).map(c -> {
      if (!c.empreinte().equals(empreinte)) {
        throw new IdentifiantCommandeReutiliseException(id);
      }
      CommandeEnregistree.Version v = c.flux().get(0);
      return journal.demande(NumeroUnique.parse(v.stream().id()), v.version()).orElseThrow();
    });
  }

  private ContexteDecision contexte() {
    return new ContexteDecision(journal.aujourdhui(), delais, diffusion);
  }

  private Demande appliquer(ActeDemande acte, Optional<Demande> etat, long version, ContexteDecision ctx, Ecriture.Commande commande) {
    Decision<EvenementDemande> decision = DecisionsDemande.decider(acte, etat, ctx);
    if (decision instanceof Decision.Refusee<EvenementDemande> r) {
      throw new RefusException(r.refus());
    }
    List<EvenementDemande> evenements = ((Decision.Acceptee<EvenementDemande>) decision).evenements();
    Demande apres = etat.orElse(null);
    for (EvenementDemande e : evenements) {
      apres = Demande.evolve(apres, e);
    }
    try {
      journal.ecrire(
          List.of(StreamAppend.of(StreamId.demande(acte.numero()), version, evenements,
              journal.metadata(commande.identifiant(), apres.territoire().code()))),
          MiseAJourProjections.de(FicheDemande.de(apres, delais)), Optional.of(commande), Abonne.Changements.de(apres));
    } catch (ConflictException e) {
      // The same command may have been recorded meanwhile (a concurrent retry): its result, then.
      return premierResultat(new IdentifiantCommande(commande.identifiant()), commande.empreinte()).orElseThrow(() -> e);
    }
    return apres;
  }
}
