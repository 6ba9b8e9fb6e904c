package org.sne4j.memoire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sne4j.Contenus;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.cal.SousMotifIrrecevabilite;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.menage.Menage;
import org.sne4j.priorite.StatutDalo;
import org.sne4j.priorite.TypologieLogementDalo;
import org.sne4j.spi.DecisionDalo;
import org.sne4j.spi.DemandeAEnregistrer;
import org.sne4j.spi.DemandeATransmettre;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RejectedException;

class InMemoryRegistreNationalTest {

  private static final LocalDate JOUR = LocalDate.of(2025, 3, 10);
  private static final CodeGuichet GUICHET = new CodeGuichet("G0042");

  private final HorlogeManuelle horloge = new HorlogeManuelle(Instant.parse("2025-03-10T09:00:00Z"));
  private final InMemoryRegistreNational registre = new InMemoryRegistreNational(horloge);

  private NumeroUnique numeroter(ContenuDemande contenu, String cle) {
    return registre.attribuerNumero(new DemandeAEnregistrer(contenu.territoire(), GUICHET, JOUR, contenu, cle));
  }

  @Test
  void la_meme_cle_donne_le_meme_numero_et_une_seule_demande() {
    ContenuDemande contenu = Contenus.personneSeuleALille();

    NumeroUnique premier = numeroter(contenu, "cle-1");
    NumeroUnique second = numeroter(contenu, "cle-1");

    assertThat(second).isEqualTo(premier);
    assertThat(registre.doublons(contenu)).extracting(d -> d.numero()).containsExactly(premier);
  }

  @Test
  void le_registre_garde_la_demande_numerotee() {
    ContenuDemande contenu = Contenus.coupleAvecDeuxEnfants();

    NumeroUnique numero = numeroter(contenu, "cle-1");

    assertThat(registre.demande(numero))
        .contains(DemandeNationale.active(numero, GUICHET, JOUR, contenu));
  }

  @Test
  void les_doublons_sont_trouves_par_nom_prenom_et_date_de_naissance_sans_tenir_compte_de_la_casse() {
    ContenuDemande dupont = Contenus.contenu(
        Menage.personneSeule(Contenus.titulaire("Jean", "DUPONT", LocalDate.of(1980, 1, 2))), Contenus.LILLE);
    ContenuDemande dupontMinuscules = Contenus.contenu(
        Menage.personneSeule(Contenus.titulaire("jean", "Dupont ", LocalDate.of(1980, 1, 2))), Contenus.ROUBAIX);
    ContenuDemande autreNaissance = Contenus.contenu(
        Menage.personneSeule(Contenus.titulaire("Jean", "DUPONT", LocalDate.of(1981, 1, 2))), Contenus.LILLE);
    NumeroUnique numero = numeroter(dupont, "a");
    numeroter(autreNaissance, "b");

    assertThat(registre.doublons(dupontMinuscules))
        .singleElement()
        .satisfies(d -> {
          assertThat(d.numero()).isEqualTo(numero);
          assertThat(d.guichet()).isEqualTo(GUICHET);
          assertThat(d.dateCreation()).isEqualTo(JOUR);
        });
  }

  @Test
  void une_transmission_repetee_n_a_l_effet_que_d_une_seule() {
    ContenuDemande contenu = Contenus.personneSeuleALille();
    NumeroUnique numero = numeroter(contenu, "cle");
    RadiationNationale radiation =
        new RadiationNationale(numero, MotifRadiation.RENONCIATION, Optional.empty(), JOUR, Optional.empty());
    DemandeATransmettre rad = new DemandeATransmettre(
        TypeFichier.RADIATION, horloge.instant(),
        new DemandeNationale(numero, GUICHET, JOUR, contenu, Optional.of(radiation), Optional.empty()));

    registre.transmettre(rad);
    registre.transmettre(rad);

    assertThat(registre.radiationsDepuis(Instant.EPOCH)).containsExactly(radiation);
    assertThat(registre.demande(numero).orElseThrow().radiation()).contains(radiation);
  }

  @Test
  void une_modification_d_une_demande_inconnue_est_rejetee_avec_son_anomalie() {
    NumeroUnique inconnu = NumeroUnique.parse("0590325000999G0042");
    DemandeATransmettre mod = new DemandeATransmettre(
        TypeFichier.MODIFICATION, horloge.instant(),
        DemandeNationale.active(inconnu, GUICHET, JOUR, Contenus.personneSeuleALille()));

    assertThatThrownBy(() -> registre.transmettre(mod))
        .isInstanceOf(RejectedException.class)
        .satisfies(e -> assertThat(((RejectedException) e).anomalies())
            .extracting(RejectedException.Anomalie::code).containsExactly("DEMANDE-INCONNUE"));
  }

  @Test
  void une_creation_transmise_enregistre_la_demande_sous_son_numero() {
    NumeroUnique numero = NumeroUnique.parse("0590325000777G0042");
    DemandeNationale demande = DemandeNationale.active(numero, GUICHET, JOUR, Contenus.personneSeuleALille());

    registre.transmettre(new DemandeATransmettre(TypeFichier.CREATION, horloge.instant(), demande));

    assertThat(registre.demande(numero)).contains(demande);
  }

  @Test
  void les_decisions_dalo_et_radiations_sont_rendues_a_partir_de_l_instant_demande_inclus() {
    NumeroUnique a = numeroter(Contenus.personneSeuleALille(), "a");
    NumeroUnique b = numeroter(Contenus.coupleAvecDeuxEnfants(), "b");
    DecisionDalo ancienne = new DecisionDalo(a, StatutDalo.ACTIF, Optional.of(TypologieLogementDalo.T2), JOUR);
    registre.declarerDalo(ancienne);
    horloge.avancer(java.time.Duration.ofHours(1));
    Instant depuis = horloge.instant();
    DecisionDalo nouvelle = new DecisionDalo(b, StatutDalo.ACTIF, Optional.empty(), JOUR);
    registre.declarerDalo(nouvelle);
    RadiationNationale radiation = new RadiationNationale(
        b, MotifRadiation.IRRECEVABILITE, Optional.of(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR), JOUR, Optional.empty());
    DemandeNationale radiee = registre.demande(b).orElseThrow();
    registre.transmettre(new DemandeATransmettre(TypeFichier.RADIATION, depuis,
        new DemandeNationale(b, GUICHET, JOUR, radiee.contenu(), Optional.of(radiation), radiee.dalo())));

    assertThat(registre.nouveauxDaloDepuis(depuis)).containsExactly(nouvelle);
    assertThat(registre.nouveauxDaloDepuis(Instant.EPOCH)).containsExactly(ancienne, nouvelle);
    assertThat(registre.radiationsDepuis(depuis)).containsExactly(radiation);
    assertThat(registre.radiationsDepuis(depuis.plusSeconds(1))).isEmpty();
    assertThat(registre.demande(b).orElseThrow().dalo()).contains(nouvelle);
  }

  @Test
  void une_decision_dalo_sur_une_demande_inconnue_est_rejetee() {
    DecisionDalo d = new DecisionDalo(
        NumeroUnique.parse("0590325000999G0042"), StatutDalo.ACTIF, Optional.empty(), JOUR);

    assertThatThrownBy(() -> registre.declarerDalo(d)).isInstanceOf(RejectedException.class);
  }

  @Test
  void une_radiation_nationale_ne_porte_un_sous_motif_que_pour_l_irrecevabilite() {
    NumeroUnique n = NumeroUnique.parse("0590325000999G0042");

    assertThatThrownBy(() -> new RadiationNationale(
            n, MotifRadiation.RENONCIATION, Optional.of(SousMotifIrrecevabilite.IRREGULARITE_DE_SEJOUR), JOUR, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RadiationNationale(n, MotifRadiation.FUSION, Optional.empty(), JOUR, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void un_changement_deja_applique_pour_sa_version_ne_change_rien() {
    ContenuDemande contenu = Contenus.personneSeuleALille();
    NumeroUnique n = numeroter(contenu, "cle-v");
    DemandeNationale v2 = DemandeNationale.active(n, GUICHET, JOUR, Contenus.coupleAvecDeuxEnfants());
    DemandeNationale v3 = DemandeNationale.active(n, GUICHET, JOUR, contenu);
    registre.transmettre(new DemandeATransmettre(TypeFichier.MODIFICATION, horloge.instant(), v2, java.util.Optional.of(2L)));
    registre.transmettre(new DemandeATransmettre(TypeFichier.MODIFICATION, horloge.instant().plusSeconds(60), v3,
        java.util.Optional.of(3L)));

    // a relay repeats version 2 (it died before marking it): the registry keeps version 3
    registre.transmettre(new DemandeATransmettre(TypeFichier.MODIFICATION, horloge.instant(), v2, java.util.Optional.of(2L)));

    assertThat(registre.demande(n)).contains(v3);
  }
}
