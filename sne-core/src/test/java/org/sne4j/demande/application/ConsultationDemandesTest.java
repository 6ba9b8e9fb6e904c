package org.sne4j.demande.application;


import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.Banc.DESK;
import static org.sne4j.Banc.GUICHET;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.sne4j.Banc;
import org.sne4j.Contenus;
import org.sne4j.api.Sne;
import org.sne4j.commun.RefusException;
import org.sne4j.acteur.Acteur;
import org.sne4j.contingent.ContingentEligible;
import org.sne4j.contingent.TypeReservataire;
import org.sne4j.demande.CommandeDemande;
import org.sne4j.demande.Demande;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.evenement.Chronologie;
import org.sne4j.information.Attestation;
import org.sne4j.information.DelaiAnormalementLong;
import org.sne4j.information.InformationsLocales;
import org.sne4j.information.VueDemandeur;
import org.sne4j.territoire.TerritoireEnregistrement;

@DisplayName("Consultation des demandes")
class ConsultationDemandesTest {

  static final LocalDate DEPOT = LocalDate.of(2025, 3, 15);

  final Banc banc = new Banc("test");

  /** The library on {@code jour}, over the same ports (a new clock each simulated day). */
  Sne le(LocalDate jour) {
    return banc.le(jour);
  }

  @Test
  void l_attestation_porte_les_mentions_de_r441_2_4() {
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    InformationsLocales infos = InformationsLocales.builder()
        .adresseService(GUICHET, "Place Augustin Laurent, 59000 Lille")
        .bailleurs(Contenus.LILLE, List.of("Lille Métropole Habitat", "Vilogia"))
        .commissionDeMediation(TerritoireEnregistrement.de(Contenus.LILLE), "DDETS du Nord, Lille",
            new DelaiAnormalementLong(java.time.Period.ofMonths(24), LocalDate.of(2020, 1, 1)))
        .build();
    Attestation a = le(DEPOT).consultation().attestation(DESK, d.numero(), infos);
    assertThat(a.demandeur()).isEqualTo("Madame Awa DIALLO");
    assertThat(a.serviceEnregistreur()).isEqualTo("Mairie de Lille");
    assertThat(a.adresseService()).contains("Place Augustin Laurent, 59000 Lille");
    assertThat(a.numero()).isEqualTo(d.numero());
    assertThat(a.dateReception()).isEqualTo(DEPOT);
    assertThat(a.bailleursParCommune()).containsEntry(Contenus.LILLE, List.of("Lille Métropole Habitat", "Vilogia"));
    assertThat(a.casSaisineComed()).contains("délai anormalement long");
    assertThat(a.saisineComedPossibleLe()).contains(LocalDate.of(2027, 3, 15));
    assertThat(a.validiteEtRenouvellement()).contains("15/03/2026").contains("15/04/2026").contains("15/09/2026");
    assertThat(a.piecesInstruction()).isNotEmpty();
  }

  @Test
  void le_demandeur_voit_la_chronologie_diffusee_pas_le_contingent() {
    Demande d = le(DEPOT).demandes().enregistrerContenu(DESK, GUICHET, DEPOT, Contenus.personneSeuleALille());
    le(DEPOT).demandes().executer(new CommandeDemande.DeclarerContingent(d.numero(), Acteur.reservataire("ALS", "Action Logement"),
        new ContingentEligible(TypeReservataire.EMPLOYEURS_ACTION_LOGEMENT, "ALS")));
    le(DEPOT.plusDays(3)).demandes().executer(new CommandeDemande.DemanderPieces(d.numero(), DESK,
        java.util.Set.of(org.sne4j.piece.PieceJustificative.AVIS_IMPOSITION), Optional.empty(), Optional.empty()));
    Chronologie c = le(DEPOT).consultation().chronologie(DESK, d.numero());
    assertThat(c.entrees()).hasSize(3);
    VueDemandeur v = le(DEPOT.plusDays(3)).consultation().vueDemandeur(Acteur.demandeur(), d.numero());
    assertThat(v.evenements()).extracting(VueDemandeur.Ligne::titre)
        .containsExactly("Enregistrement de la demande", "Demande de pièces ou d'information");
    assertThat(v.evenements().get(1).texte()).contains("Avis d'imposition");
  }

  @Test
  void une_demande_inconnue_est_un_refus_nomme() {
    assertThatThrownBy(() -> le(DEPOT).consultation().vueDemandeur(DESK, NumeroUnique.parse("0590325999999G0042")))
        .isInstanceOfSatisfying(RefusException.class, e -> assertThat(e.code()).isEqualTo("DEM-INCONNUE"));
    assertThat(le(DEPOT).consultation().demande(DESK, NumeroUnique.parse("0590325999999G0042"))).isEmpty();
  }
}
