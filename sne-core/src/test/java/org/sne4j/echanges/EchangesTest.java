package org.sne4j.echanges;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.acteur.Acteur;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.api.Sne;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.echanges.BilanSynchronisation.Issue;
import org.sne4j.echanges.BilanSynchronisation.Nature;
import org.sne4j.priorite.PublicPrioritaire;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.EchangesRegistreNational;
import org.sne4j.spi.Outbox;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RegistreNational;
import org.sne4j.spi.RejectedException;
import org.sne4j.spi.UnavailableException;

@DisplayName("Échanges avec le système national (arrêté du 23 mars 2015 annexe §8 ; CCH R441-2-5, L441-2-3)")
class EchangesTest {

  static final LocalDate JOUR = LocalDate.of(2025, 3, 10);
  static final CodeGuichet GUICHET = new CodeGuichet("G0042");
  static final Acteur DESK = Acteur.guichet(GUICHET, "Mairie de Lille");

  final Banc banc = new Banc("echanges");

  Sne sne() {
    return banc.le(JOUR);
  }

  NumeroUnique demande() {
    return sne().demandes().enregistrerContenu(DESK, GUICHET, JOUR, Contenus.personneSeuleALille()).numero();
  }

  @Nested
  @DisplayName("Relais de l'outbox")
  class Relais {

    @Test
    @DisplayName("Annexe §8 : créations, modifications, renouvellements et radiations partent, dans l'ordre, une fois")
    void chaque_changement_part_dans_l_ordre_et_une_fois_en_effet() {
      // GIVEN a demand registered, given a quota (a local event), then radiated on request
      NumeroUnique n = demande();
      sne().demandes().executer(new CommandeDemande.DeclarerContingent(n, Acteur.reservataire("ALS", "Action Logement"),
          new ContingentEligible(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT, "ALS")));
      sne().demandes().executer(new CommandeDemande.Radier(n, DESK, MotifRadiation.RENONCIATION));
      Journalise registre = new Journalise(banc.registre);
      Sne sne = banc.builder(JOUR).registreNational(registre).build();
      // WHEN the relay runs twice
      BilanRelais premier = sne.echanges().relayer();
      BilanRelais second = sne.echanges().relayer();
      // THEN the creation and the radiation went (not the local event), in that order, then nothing
      assertThat(premier).isEqualTo(new BilanRelais(2, 0, 0, 0));
      assertThat(second).isEqualTo(BilanRelais.VIDE);
      assertThat(registre.envois).extracting(DemandeATransmettre::typeFichier)
          .containsExactly(TypeFichier.CREATION, TypeFichier.RADIATION);
      assertThat(registre.envois.get(1).demande().radiation().orElseThrow().motif()).isEqualTo(MotifRadiation.RENONCIATION);
      assertThat(banc.registre.demande(n).orElseThrow().radiation()).isPresent();
    }

    @Test
    void un_echec_passager_retient_la_demande_et_un_rejet_est_garde_pour_un_operateur() {
      NumeroUnique a = demande();
      NumeroUnique b = sne().demandes().enregistrerContenu(DESK, GUICHET, JOUR, Contenus.coupleAvecDeuxEnfants()).numero();
      sne().demandes().executer(new CommandeDemande.Radier(a, DESK, MotifRadiation.RENONCIATION));
      Journalise registre = new Journalise(banc.registre);
      registre.indisponiblePour = a;
      registre.rejetePour = b;
      Sne sne = banc.builder(JOUR).registreNational(registre).build();

      BilanRelais bilan = sne.echanges().relayer();

      // a's creation fails transiently: its radiation waits behind it; b is rejected and kept aside
      assertThat(bilan).isEqualTo(new BilanRelais(0, 0, 1, 1));
      assertThat(sne.echanges().outbox().aTraiter(Outbox.REGISTRE_NATIONAL, 10))
          .extracting(e -> e.evenement().stream().id() + "#" + e.evenement().version() + " " + e.tentatives())
          .containsExactly(a.valeur() + "#1 1", a.valeur() + "#2 0");
      registre.indisponiblePour = null;
      assertThat(sne.echanges().relayer()).isEqualTo(new BilanRelais(2, 0, 0, 0));
    }

    @Test
    @DisplayName("R441-2-8 f : la radiation pour fusion n'a pas de fichier national ; rien n'est envoyé")
    void la_fusion_ne_part_pas() {
      NumeroUnique n = demande();
      banc.le(JOUR).demandes().executer(new CommandeDemande.RadierPourFusion(n, Acteur.gestionnaire(),
          NumeroUnique.parse("NAT000000000000001")));
      assertThat(sne().echanges().relayer()).isEqualTo(new BilanRelais(1, 1, 0, 0));
    }
  }

  @Nested
  @DisplayName("Synchronisation entrante")
  class Synchronisation {

    @Test
    @DisplayName("L441-2-3 : une décision DALO du SNE devient un label une fois ; caduque, elle le retire")
    void une_decision_dalo_devient_un_label_une_fois_puis_caduque_le_retire() {
      NumeroUnique n = demande();
      banc.registre.declarerDalo(new DecisionDalo(n, StatutDalo.ACTIF, Optional.empty(), JOUR.minusDays(3)));

      BilanSynchronisation premier = sne().echanges().synchroniser(Instant.EPOCH);
      BilanSynchronisation second = sne().echanges().synchroniser(Instant.EPOCH);

      assertThat(premier.elements()).singleElement()
          .satisfies(e -> assertThat(e.issue()).isEqualTo(Issue.LABEL_RECONNU));
      assertThat(second.elements()).singleElement().satisfies(e -> assertThat(e.issue()).isEqualTo(Issue.DEJA_APPLIQUE));
      assertThat(demandeLocale(n).labels()).singleElement()
          .satisfies(l -> assertThat(l.publicPrioritaire()).isEqualTo(PublicPrioritaire.DALO));

      banc.registre.declarerDalo(new DecisionDalo(n, StatutDalo.CADUC, Optional.empty(), JOUR));
      BilanSynchronisation caduc = sne().echanges().synchroniser(second.prochainDepuis());
      assertThat(caduc.labelsRetires()).isOne();
      assertThat(demandeLocale(n).labels()).isEmpty();
    }

    @Test
    @DisplayName("R441-2-5 : une radiation prononcée ailleurs est reportée telle quelle ; la nôtre revient sans effet")
    void une_radiation_faite_ailleurs_est_reportee_et_une_demande_inconnue_ignoree() {
      NumeroUnique n = demande();
      DemandeNationale nationale = banc.registre.demande(n).orElseThrow();
      RadiationNationale ailleurs = new RadiationNationale(n, MotifRadiation.RENONCIATION, Optional.empty(), JOUR, Optional.empty());
      banc.registre.transmettre(new DemandeATransmettre(TypeFichier.RADIATION, Instant.parse("2025-03-10T12:00:00Z"),
          new DemandeNationale(n, nationale.guichet(), nationale.dateCreation(), nationale.contenu(), Optional.of(ailleurs),
              Optional.empty())));
      banc.registre.declarerDalo(new DecisionDalo(n, StatutDalo.ACTIF, Optional.empty(), JOUR));

      BilanSynchronisation bilan = sne().echanges().synchroniser(Instant.EPOCH);

      assertThat(bilan.elements()).extracting(BilanSynchronisation.Element::nature, BilanSynchronisation.Element::issue)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(Nature.DECISION_DALO, Issue.LABEL_RECONNU),
              org.assertj.core.groups.Tuple.tuple(Nature.RADIATION, Issue.RADIATION_APPLIQUEE));
      assertThat(demandeLocale(n).radiation().orElseThrow().motif()).isEqualTo(MotifRadiation.RENONCIATION);
      assertThat(sne().echanges().synchroniser(Instant.EPOCH).radiationsIgnorees()).isOne();
    }

    @Test
    void un_element_refuse_par_une_regle_locale_garde_le_code_de_la_regle() {
      // GIVEN a DALO decision dated after today (a rule refuses a decision in the future)
      NumeroUnique n = demande();
      banc.registre.declarerDalo(new DecisionDalo(n, StatutDalo.ACTIF, Optional.empty(), JOUR.plusDays(5)));

      BilanSynchronisation bilan = sne().echanges().synchroniser(Instant.EPOCH);

      assertThat(bilan.refus()).singleElement().satisfies(e -> {
        assertThat(e.issue()).isEqualTo(Issue.REFUSE);
        assertThat(e.codeRefus()).isPresent();
        assertThat(e.numero()).isEqualTo(n);
      });
      assertThat(bilan.decisionsIgnorees()).isOne();
    }
  }

  @Test
  void sans_registre_d_echanges_le_service_dit_ce_qu_il_faut_brancher() {
    RegistreNational seulementNumeros = d -> banc.registre.attribuerNumero(d);
    Sne sne = banc.builder(JOUR).registreNational(seulementNumeros).build();
    assertThatIllegalStateException().isThrownBy(sne::echanges).withMessageContaining("EchangesRegistreNational");
  }

  Demande demandeLocale(NumeroUnique n) {
    return sne().consultation().demande(DESK, n).orElseThrow();
  }

  /** The in-memory registry, recording what it is sent and failing on demand. */
  static final class Journalise implements EchangesRegistreNational {
    final EchangesRegistreNational registre;
    final List<DemandeATransmettre> envois = new ArrayList<>();
    NumeroUnique indisponiblePour;
    NumeroUnique rejetePour;

    Journalise(EchangesRegistreNational registre) {
      this.registre = registre;
    }

    @Override
    public void transmettre(DemandeATransmettre t) {
      if (t.demande().numero().equals(indisponiblePour)) {
        throw new UnavailableException("registry down", null);
      }
      if (t.demande().numero().equals(rejetePour)) {
        throw new RejectedException("refused", List.of(new RejectedException.Anomalie("CTRL_TEST", "refusée")));
      }
      envois.add(t);
      registre.transmettre(t);
    }

    @Override
    public org.sne4j.demande.NumeroUnique attribuerNumero(org.sne4j.spi.DemandeAEnregistrer d) {
      return registre.attribuerNumero(d);
    }

    @Override
    public Optional<DemandeNationale> demande(NumeroUnique numero) {
      return registre.demande(numero);
    }

    @Override
    public List<org.sne4j.spi.DoublonPotentiel> doublons(org.sne4j.demande.ContenuDemande contenu) {
      return registre.doublons(contenu);
    }

    @Override
    public List<DecisionDalo> nouveauxDaloDepuis(Instant depuis) {
      return registre.nouveauxDaloDepuis(depuis);
    }

    @Override
    public List<RadiationNationale> radiationsDepuis(Instant depuis) {
      return registre.radiationsDepuis(depuis);
    }

    @Override
    public void declarerDalo(DecisionDalo decision) {
      registre.declarerDalo(decision);
    }
  }
}
