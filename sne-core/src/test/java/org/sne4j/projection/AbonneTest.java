package org.sne4j.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.DelaisReglementaires;
import org.sne4j.demande.Demande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.PolitiqueDiffusion;
import org.sne4j.demande.application.ServiceDemandes;
import org.sne4j.formulaire.ValidateurFormulaire;
import org.sne4j.internal.Abonne;
import org.sne4j.internal.Journal;

/** An in-memory read model fed after each write sees every change, and a rebuild gives it the same. */
class AbonneTest {

  static final LocalDate JOUR = LocalDate.of(2025, 3, 15);
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");

  /** Keeps the last state of each demand it is given. */
  static final class DernierEtat implements Abonne {
    final List<Demande> vus = new ArrayList<>();
    int vidages;

    @Override
    public synchronized void apresEcriture(Changements c) {
      for (Demande d : c.demandes()) {
        vus.removeIf(x -> x.numero().equals(d.numero()));
        vus.add(d);
      }
    }

    @Override
    public synchronized void vider() {
      vus.clear();
      vidages++;
    }
  }

  @Test
  void chaque_ecriture_nourrit_l_abonne_et_la_reconstruction_lui_rend_le_meme_etat() {
    Banc banc = new Banc("abonne");
    Journal journal = new Journal(banc.store, banc.index, banc.attributions, Banc.horloge(JOUR), banc.identifiants);
    DernierEtat abonne = new DernierEtat();
    journal.abonner(abonne);
    ServiceDemandes demandes = new ServiceDemandes(journal, banc.registre, DelaisReglementaires.parDefaut(),
        PolitiqueDiffusion.parDefaut(), new ValidateurFormulaire());

    Demande a = demandes.enregistrerContenu(DESK, GUICHET, JOUR, Contenus.personneSeuleALille());
    Demande b = demandes.enregistrerContenu(DESK, GUICHET, JOUR, Contenus.coupleAvecDeuxEnfants());
    Demande bRadiee = demandes.executer(new CommandeDemande.Radier(b.numero(), DESK, MotifRadiation.RENONCIATION));
    List<Demande> apresEcritures = List.copyOf(abonne.vus);

    assertThat(apresEcritures).containsExactly(a, bRadiee);
    new ServiceProjections(journal, DelaisReglementaires.parDefaut()).reconstruire();
    assertThat(abonne.vidages).isOne();
    assertThat(abonne.vus).containsExactlyInAnyOrderElementsOf(apresEcritures);
  }
}
