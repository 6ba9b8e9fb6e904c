package org.sne4j.nuu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.ContenuDemande;
import org.sne4j.demande.MotifRadiation;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.demande.TypeFichier;
import org.sne4j.menage.RevenuFiscal;
import org.sne4j.menage.Titulaire;
import org.sne4j.commun.Montant;
import org.sne4j.menage.Menage;
import org.sne4j.spi.DemandeNationale;
import org.sne4j.spi.RadiationNationale;
import org.sne4j.spi.RejectedException;
import org.sne4j.testkit.generateurs.GenerateursDemande;
import org.sne4j.testkit.property.Property;

class NuuCodecTest {

  private final NuuCodec codec = new NuuCodec();

  private DocumentNuu allerRetour(DocumentNuu d) {
    return codec.lire(codec.ecrire(d));
  }

  @Nested
  class Aller_retour {

    @Test
    void tout_contenu_genere_survit_a_l_ecriture_puis_a_la_lecture() {
      Property.forAll(GenerateursDemande.contenu(LocalDate.of(2025, 3, 10)))
          .check(contenu -> {
            DocumentNuu d = Documents.modification(contenu);
            assertThat(allerRetour(d)).isEqualTo(d);
          });
    }

    @Test
    void un_document_qui_remplit_chaque_champ_du_format_survit_a_l_aller_retour() {
      assertThat(allerRetour(Documents.modificationComplete())).isEqualTo(Documents.modificationComplete());
      assertThat(allerRetour(Documents.radiationComplete())).isEqualTo(Documents.radiationComplete());
    }

    @Test
    void une_creation_sans_numero_et_une_deradiation_survivent_a_l_aller_retour() {
      DocumentNuu creation = DocumentNuu.creation(VersionInterface.V02_00, Documents.DATE_FICHIER,
          DemandeNationale.active(DocumentNuu.SANS_NUMERO, Documents.GUICHET, Documents.CREATION, Documents.contenuComplet()));
      DocumentNuu deradiation = DocumentNuu.de(VersionInterface.V02_01, TypeFichier.RADIATION, Documents.DATE_FICHIER,
          DemandeNationale.active(Documents.NUMERO, Documents.GUICHET, Documents.CREATION, Documents.contenuComplet()));

      assertThat(allerRetour(creation)).isEqualTo(creation);
      assertThat(allerRetour(deradiation)).isEqualTo(deradiation);
      assertThat(codec.ecrireTexte(deradiation)).contains("<radiation><motifRadiation code=\"\"/></radiation>");
    }

    @Test
    void l_ecriture_est_deterministe_et_stable_apres_relecture() {
      Property.forAll(GenerateursDemande.contenu(LocalDate.of(2025, 3, 10)))
          .check(contenu -> {
            DocumentNuu d = Documents.modification(contenu);
            byte[] une = codec.ecrire(d);
            assertThat(codec.ecrire(d)).isEqualTo(une);
            assertThat(codec.ecrire(codec.lire(une))).isEqualTo(une);
          });
    }
  }

  @Nested
  class Forme_du_document {

    @Test
    void le_document_est_dans_l_espace_de_noms_nuu_sans_indentation_et_les_codes_sont_des_attributs() {
      String xml = codec.ecrireTexte(Documents.modificationComplete());

      assertThat(xml).startsWith("<?xml version='1.0' encoding='UTF-8'?><interfaceNuu xmlns=\"http://nuu.application.i2/\""
          + " versionInterface=\"02.01\"><entete><typeFichier>MOD</typeFichier><dateFichier>2025-03-11T14:30:05</dateFichier>"
          + "</entete><demande><demandeLogement><numUnique>02A0325000123G1226</numUnique><numGuichet>G1226</numGuichet>"
          + "<dateCreationDemande>2025-03-10</dateCreationDemande><personnePhysique><demandeur><civilite code=\"2\"/>");
      assertThat(xml).doesNotContain("\n").doesNotContain("xmlns=\"\"");
      assertThat(xml).contains("<commune code=\"2A004\"/>", "<typeLogement code=\"T4\"/><typeLogement code=\"T5\"/>",
          "<montantMensuelLoyer>780.00</montantMensuelLoyer>", "<listeMotifDemande><motifDemande code=\"07\"/>"
              + "<motifDemande code=\"13\"/><motifDemande code=\"23\"/></listeMotifDemande>");
    }
  }

  @Nested
  class Lecture_tolerante {

    private static final String MINIMAL = """
        <?xml version="1.0" encoding="UTF-8"?>
        <interfaceNuu versionInterface="02.00" xmlns="http://nuu.application.i2/" xmlns:x="urn:autre">
          <x:extension>ignorée</x:extension>
          <entete>
            <dateFichier>2025-03-11</dateFichier>
            <typeFichier> CRE </typeFichier>
            <logiciel>Autre logiciel 4.2</logiciel>
          </entete>
          <demande>
            <demandeLogement>
              <numGuichet>G1226</numGuichet>
              <dateCreationDemande>2025-03-10</dateCreationDemande>
              <champInconnu code="X"><sousChamp/></champInconnu>
              <logementRecherche>
                <listeLocalisationSouhaite>
                  <localisationSouhaite><commune code="2B033"/></localisationSouhaite>
                </listeLocalisationSouhaite>
                <listeTypeLogement><typeLogement code="T2"/></listeTypeLogement>
                <demandeElargie>false</demandeElargie>
              </logementRecherche>
              <personnePhysique>
                <logementActuel><listeModeleLogement><modeleLogement code="CPE"/></listeModeleLogement></logementActuel>
                <demandeur>
                  <prenom>Jean</prenom><nom>PAOLI</nom><civilite code="1"/><dateNaissance>1990-01-31</dateNaissance>
                  <nationalite code="1"/><situationFamiliale code="C"/>
                  <revenuFiscal><anneeMoins1>2024</anneeMoins1><montantMoins1>21000</montantMoins1></revenuFiscal>
                  <listeRessourceRecue><detailRessource><ressource code="SAL"/><montant>1450,5</montant></detailRessource></listeRessourceRecue>
                </demandeur>
              </personnePhysique>
            </demandeLogement>
          </demande>
        </interfaceNuu>
        """;

    @Test
    void un_document_d_un_autre_logiciel_se_lit_malgre_elements_inconnus_ordre_libre_indentation_et_blocs_absents() {
      DocumentNuu d = codec.lire(MINIMAL);

      assertThat(d.typeFichier()).isEqualTo(TypeFichier.CREATION);
      assertThat(d.version()).isEqualTo(VersionInterface.V02_00);
      assertThat(d.numero()).isEmpty();
      assertThat(d.dateFichier()).isEqualTo(LocalDate.of(2025, 3, 11).atStartOfDay());
      Titulaire demandeur = d.demande().contenu().menage().demandeur();
      assertThat(demandeur.nom()).isEqualTo("PAOLI");
      assertThat(demandeur.adresse()).isEmpty();
      assertThat(demandeur.revenusFiscaux()).containsExactly(new RevenuFiscal(2024, Montant.euros(21_000)));
      assertThat(demandeur.ressources().get(0).mensuel()).isEqualTo(Montant.parse("1450.50"));
      assertThat(d.demande().contenu().logementRecherche().communes()).extracting(c -> c.code()).containsExactly("2B033");
      assertThat(d.demande().contenu().handicap()).isEmpty();
      assertThat(d.demande().contenu().menage().cotitulaires()).isEmpty();
    }

    @Test
    void un_document_sans_espace_de_noms_se_lit_aussi() {
      DocumentNuu d = codec.lire(MINIMAL.replace(" xmlns=\"http://nuu.application.i2/\"", ""));

      assertThat(d.demande().guichet().code()).isEqualTo("G1226");
    }
  }

  @Nested
  class Erreurs_de_lecture {

    @Test
    void un_code_inconnu_est_refuse_avec_l_element_et_le_code() {
      String xml = codec.ecrireTexte(Documents.modificationComplete()).replace("<civilite code=\"2\"/>", "<civilite code=\"9\"/>");

      assertThatThrownBy(() -> codec.lire(xml))
          .isInstanceOf(DocumentNuuException.class)
          .hasMessageContaining("unknown code '9' in element <civilite>")
          .satisfies(e -> assertThat(((DocumentNuuException) e).problemes())
              .singleElement()
              .satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemeDocument.CODE_INCONNU);
                assertThat(p.chemin()).isEqualTo("demande/demandeLogement/personnePhysique/demandeur/civilite");
                assertThat(p.message()).contains("known codes: 1, 2, 3");
              }));
    }

    @Test
    void tous_les_problemes_sont_rapportes_ensemble() {
      String xml = codec.ecrireTexte(Documents.modificationComplete())
          .replace("<typeLogement code=\"T4\"/>", "<typeLogement code=\"T9\"/>")
          .replace("<nationalite code=\"2\"/>", "<nationalite code=\"FR\"/>")
          .replace("<dateCreationDemande>2025-03-10</dateCreationDemande>", "<dateCreationDemande>10/03/2025</dateCreationDemande>");

      assertThatThrownBy(() -> codec.lire(xml))
          .isInstanceOfSatisfying(DocumentNuuException.class, e -> assertThat(e.problemes())
              .extracting(ProblemeDocument::chemin)
              .contains("demande/demandeLogement/dateCreationDemande",
                  "demande/demandeLogement/personnePhysique/demandeur/nationalite",
                  "demande/demandeLogement/logementRecherche/listeTypeLogement/typeLogement[1]"));
    }

    @Test
    void les_champs_obligatoires_manquants_sont_nommes() {
      String xml = """
          <interfaceNuu xmlns="http://nuu.application.i2/"><entete><typeFichier>CRE</typeFichier></entete>
          <demande><demandeLogement><logementRecherche><demandeElargie>peut-être</demandeElargie></logementRecherche>
          </demandeLogement></demande></interfaceNuu>""";

      assertThatThrownBy(() -> codec.lire(xml))
          .isInstanceOfSatisfying(DocumentNuuException.class, e -> assertThat(e.problemes())
              .extracting(ProblemeDocument::chemin)
              .contains("@versionInterface", "entete/dateFichier", "demande/demandeLogement/numGuichet",
                  "demande/demandeLogement/dateCreationDemande",
                  "demande/demandeLogement/logementRecherche/demandeElargie",
                  "demande/demandeLogement/logementRecherche/listeTypeLogement/typeLogement",
                  "demande/demandeLogement/logementRecherche/listeLocalisationSouhaite/localisationSouhaite",
                  "demande/demandeLogement/personnePhysique"));
    }

    @Test
    void un_xml_mal_forme_ou_une_entite_externe_est_refuse() {
      assertThatThrownBy(() -> codec.lire("<interfaceNuu><entete>"))
          .isInstanceOfSatisfying(DocumentNuuException.class,
              e -> assertThat(e.problemes()).extracting(ProblemeDocument::code).containsExactly(ProblemeDocument.XML_INVALIDE));
      assertThatThrownBy(() -> codec.lire("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><interfaceNuu>&e;</interfaceNuu>"))
          .isInstanceOf(DocumentNuuException.class);
    }
  }

  @Nested
  class Ecriture_stricte {

    @Test
    void une_modification_sans_numero_est_refusee() {
      DocumentNuu sansNumero = new DocumentNuu(VersionInterface.V02_01, TypeFichier.MODIFICATION, Documents.DATE_FICHIER,
          Optional.empty(), DemandeNationale.active(DocumentNuu.SANS_NUMERO, Documents.GUICHET, Documents.CREATION, Documents.contenuComplet()));

      assertThatThrownBy(() -> codec.ecrire(sansNumero))
          .isInstanceOfSatisfying(DocumentNuuException.class, e -> {
            assertThat(e.sens()).isEqualTo(DocumentNuuException.Sens.ECRITURE);
            assertThat(e.problemes()).extracting(ProblemeDocument::chemin).containsExactly("demande/demandeLogement/numUnique");
          });
    }

    @Test
    void un_saut_de_ligne_dans_un_texte_est_refuse() {
      ContenuDemande c = Documents.contenuComplet();
      ContenuDemande avecSaut = new ContenuDemande(c.menage(), c.logementActuel(), c.motifs(), Optional.of("ligne 1\nligne 2"),
          c.logementRecherche(), c.handicap(), c.avisPostalSouhaite());

      assertThatThrownBy(() -> codec.ecrire(Documents.modification(avecSaut)))
          .isInstanceOfSatisfying(DocumentNuuException.class, e -> assertThat(e.problemes())
              .extracting(ProblemeDocument::chemin).containsExactly("demande/demandeLogement/precisionMotif"));
    }

    @Test
    void trois_revenus_fiscaux_ou_une_radiation_hors_fichier_rad_ne_sont_pas_transportables() {
      Titulaire t = Documents.titulaireComplet("Maria", org.sne4j.menage.Civilite.MADAME, false);
      Titulaire troisAnnees = new Titulaire(t.civilite(), t.nom(), t.nomUsage(), t.prenom(), t.dateNaissance(), t.nationalite(),
          t.situationFamiliale(), t.nir(), t.contact(), t.adresse(), t.situationProfessionnelle(),
          java.util.List.of(new RevenuFiscal(2022, Montant.euros(1)), new RevenuFiscal(2023, Montant.euros(2)), new RevenuFiscal(2024, Montant.euros(3))),
          t.ressources(), t.ressourcesVersees(), false);
      ContenuDemande c = Documents.contenuComplet();
      ContenuDemande contenu = new ContenuDemande(Menage.personneSeule(troisAnnees), c.logementActuel(), c.motifs(), c.precisionMotif(),
          c.logementRecherche(), Optional.empty(), false);
      DemandeNationale radiee = new DemandeNationale(Documents.NUMERO, Documents.GUICHET, Documents.CREATION, contenu,
          Optional.of(new RadiationNationale(Documents.NUMERO, MotifRadiation.RENONCIATION, Optional.empty(), Documents.CREATION, Optional.empty())),
          Optional.empty());

      assertThatThrownBy(() -> codec.ecrire(DocumentNuu.de(VersionInterface.V02_01, TypeFichier.MODIFICATION, Documents.DATE_FICHIER, radiee)))
          .isInstanceOfSatisfying(DocumentNuuException.class, e -> assertThat(e.problemes())
              .extracting(ProblemeDocument::code)
              .containsExactlyInAnyOrder(ProblemeDocument.INCOHERENT, ProblemeDocument.NON_TRANSPORTABLE));
    }
  }

  @Nested
  class Anomalies {

    @Test
    void les_anomalies_d_une_reponse_sont_lues_avec_leur_code_et_leur_message() {
      byte[] reponse = """
          <interfaceNuu xmlns="http://nuu.application.i2/" versionInterface="02.01"><demande><demandeLogement>
          <listeAnomalie>
            <anomalie code="CTRL_DEM_0033"><libelle>Le sous-motif d'irrecevabilité est obligatoire</libelle><gravite>BLOQUANTE</gravite></anomalie>
            <anomalie code="CTRL_DEM_0034">Texte direct</anomalie>
          </listeAnomalie></demandeLogement></demande></interfaceNuu>""".getBytes(StandardCharsets.UTF_8);

      assertThat(codec.anomalies(reponse)).containsExactly(
          new RejectedException.Anomalie("CTRL_DEM_0033", "Le sous-motif d'irrecevabilité est obligatoire"),
          new RejectedException.Anomalie("CTRL_DEM_0034", "Texte direct"));
      assertThat(codec.anomalies(codec.ecrire(Documents.modificationComplete()))).isEmpty();
    }
  }

  static NumeroUnique numero() {
    return Documents.NUMERO;
  }
}
