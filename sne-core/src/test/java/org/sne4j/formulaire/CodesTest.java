package org.sne4j.formulaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sne4j.formulaire.Formulaires.DATE_DEPOT;
import static org.sne4j.formulaire.Formulaires.avecCommunes;
import static org.sne4j.formulaire.Formulaires.avecDemandeur;
import static org.sne4j.formulaire.Formulaires.unFormulaireCompletValide;
import static org.sne4j.formulaire.Formulaires.unePersonneSeuleAParis;

import jakarta.validation.Constraint;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sne4j.demande.MotifDemande;
import org.sne4j.handicap.AideTechnique;
import org.sne4j.logement.ModeleLogement;
import org.sne4j.menage.LienParente;
import org.sne4j.menage.Sexe;
import org.sne4j.menage.TypeRessource;

/** The codes are a public contract: frozen here, documented, translated, and each one reachable. */
class CodesTest {

  private static final Pattern CLE = Pattern.compile("\\{sne\\.([a-z0-9.-]+)\\}");

  private static final List<Class<?>> ENREGISTREMENTS =
      List.of(
          FormulaireDemande.class,
          FormulaireTitulaire.class,
          FormulaireCotitulaire.class,
          FormulairePersonneACharge.class,
          FormulaireNaissance.class,
          FormulaireEnfantEnGarde.class,
          FormulaireAdresse.class,
          FormulaireSituationProfessionnelle.class,
          FormulaireRevenuFiscal.class,
          FormulaireRessource.class,
          FormulaireRessourceVersee.class,
          FormulaireLogementActuel.class,
          FormulaireLogementRecherche.class,
          FormulaireHandicap.class);

  @Test
  void les_codes_sont_stables() {
    // THEN: removing or renaming a code breaks applications; add new ones at the end
    assertThat(CodesViolation.TOUS)
        .containsExactly(
            "formulaire.absent",
            "champ.obligatoire",
            "texte.trop-long",
            "texte.caracteres-interdits",
            "liste.trop-longue",
            "valeur.hors-limites",
            "code-insee.invalide",
            "code-postal.invalide",
            "nir.invalide",
            "numero-unique.invalide",
            "telephone.invalide",
            "email.invalide",
            "montant.invalide",
            "montant.negatif",
            "date-naissance.future",
            "date-naissance.trop-ancienne",
            "date-naissance-prevue.invalide",
            "annee-revenu.invalide",
            "revenu-fiscal.annee-en-double",
            "adresse.commune-manquante",
            "adresse.pays-manquant",
            "communes.trop-nombreuses",
            "communes.doublon",
            "communes.territoires-multiples",
            "motif-autre.precision-manquante",
            "aides-techniques.aucune-combinee",
            "menage.trop-nombreux",
            "handicap.personnes-trop-nombreuses");
  }

  @Test
  void chaque_code_a_son_message_en_francais_et_en_anglais_et_rien_de_plus() throws IOException {
    // GIVEN
    Set<String> cles =
        CodesViolation.TOUS.stream().map(c -> "sne." + c).collect(Collectors.toSet());
    // WHEN
    Properties francais = bundle("Messages.properties");
    Properties anglais = bundle("Messages_en.properties");
    // THEN
    assertThat(francais.stringPropertyNames()).isEqualTo(cles);
    assertThat(anglais.stringPropertyNames()).isEqualTo(cles);
    assertThat(francais.getProperty("sne.date-naissance.future")).contains("postérieure");
  }

  @Test
  void chaque_contrainte_des_formulaires_porte_un_code_connu() {
    // GIVEN
    List<String> messages = new ArrayList<>();
    for (Class<?> enregistrement : ENREGISTREMENTS) {
      for (Annotation a : enregistrement.getAnnotations()) {
        messagesDe(a, messages);
      }
      for (Field champ : enregistrement.getDeclaredFields()) {
        for (Annotation a : champ.getAnnotations()) {
          messagesDe(a, messages);
        }
        messagesDesTypes(champ.getAnnotatedType(), messages);
      }
    }
    // WHEN
    List<String> codes = messages.stream().map(CodesTest::code).toList();
    // THEN
    assertThat(messages).hasSizeGreaterThan(50);
    assertThat(CodesViolation.TOUS).containsAll(codes);
  }

  @Test
  void chaque_gabarit_du_code_source_porte_un_code_connu() throws IOException {
    // GIVEN
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> sources = Files.list(Path.of("src/main/java/org/sne4j/formulaire"))) {
      for (Path source : sources.toList()) {
        Matcher m = CLE.matcher(Files.readString(source));
        while (m.find()) {
          codes.add(m.group(1));
        }
      }
    }
    // WHEN THEN
    assertThat(CodesViolation.TOUS).containsAll(codes);
    assertThat(codes).hasSizeGreaterThanOrEqualTo(CodesViolation.TOUS.size() - 1);
  }

  @Test
  void le_readme_et_la_javadoc_du_paquet_listent_tous_les_codes() throws IOException {
    // GIVEN
    String readme = Files.readString(Path.of("README.md"));
    String paquet =
        Files.readString(Path.of("src/main/java/org/sne4j/formulaire/package-info.java"));
    // WHEN THEN
    assertThat(readme).contains("## Validation codes");
    for (String code : CodesViolation.TOUS) {
      assertThat(readme).contains("| `" + code + "` |");
      assertThat(paquet).contains("<tr><td>{@code " + code + "}");
    }
  }

  @Test
  void chaque_code_est_produit_par_au_moins_un_formulaire() {
    // GIVEN: one form per code
    FormulairePersonneACharge enfant =
        FormulairePersonneACharge.builder()
            .nom("DIALLO")
            .prenom("Issa")
            .dateNaissance(DATE_DEPOT.plusDays(1))
            .sexe(Sexe.MASCULIN)
            .lien(LienParente.ENFANT)
            .build();
    Map<String, FormulaireDemande> exemples = new LinkedHashMap<>();
    exemples.put("formulaire.absent", null);
    exemples.put("champ.obligatoire", avecDemandeur(d -> d.nom(" ")));
    exemples.put("texte.trop-long", avecDemandeur(d -> d.prenom("p".repeat(101))));
    exemples.put("texte.caracteres-interdits", avecDemandeur(d -> d.prenom("A\u0007wa")));
    exemples.put(
        "liste.trop-longue",
        unePersonneSeuleAParis().toBuilder()
            .motifs(Collections.nCopies(51, MotifDemande.EXPULSION))
            .build());
    exemples.put(
        "valeur.hors-limites",
        unePersonneSeuleAParis().toBuilder()
            .naissanceAttendue(FormulaireNaissance.of(10, DATE_DEPOT))
            .build());
    exemples.put("code-insee.invalide", avecCommunes(unePersonneSeuleAParis(), "7500X"));
    exemples.put(
        "code-postal.invalide",
        avecDemandeur(
            d -> d.adresse(FormulaireAdresse.enFrance("1", "rue", "7513", "75113", "Paris"))));
    exemples.put("nir.invalide", avecDemandeur(d -> d.nir("290057511304200")));
    exemples.put(
        "numero-unique.invalide", unePersonneSeuleAParis().toBuilder().numeroUnique("0").build());
    exemples.put("telephone.invalide", avecDemandeur(d -> d.telephone("allo")));
    exemples.put("email.invalide", avecDemandeur(d -> d.email("awa.example.fr")));
    exemples.put(
        "montant.invalide",
        avecDemandeur(
            d -> d.ressources(FormulaireRessource.of(TypeRessource.RSA, new BigDecimal("1.234")))));
    exemples.put(
        "montant.negatif",
        avecDemandeur(
            d -> d.ressources(FormulaireRessource.of(TypeRessource.RSA, new BigDecimal("-1")))));
    exemples.put(
        "date-naissance.future",
        unePersonneSeuleAParis().toBuilder().personnesACharge(enfant).build());
    exemples.put(
        "date-naissance.trop-ancienne",
        avecDemandeur(d -> d.dateNaissance(DATE_DEPOT.minusYears(131))));
    exemples.put(
        "date-naissance-prevue.invalide",
        unePersonneSeuleAParis().toBuilder()
            .naissanceAttendue(FormulaireNaissance.of(1, DATE_DEPOT.plusYears(2)))
            .build());
    exemples.put(
        "annee-revenu.invalide",
        avecDemandeur(d -> d.revenusFiscaux(FormulaireRevenuFiscal.of(1899, BigDecimal.ONE))));
    exemples.put(
        "revenu-fiscal.annee-en-double",
        avecDemandeur(
            d ->
                d.revenusFiscaux(
                    FormulaireRevenuFiscal.of(2023, BigDecimal.ONE),
                    FormulaireRevenuFiscal.of(2023, BigDecimal.ONE))));
    exemples.put(
        "adresse.commune-manquante",
        avecDemandeur(
            d -> d.adresse(FormulaireAdresse.enFrance("1", "rue", "75013", null, "Paris"))));
    exemples.put(
        "adresse.pays-manquant",
        avecDemandeur(
            d -> d.adresse(FormulaireAdresse.aLEtranger("rue", "1000", "Bruxelles", null))));
    exemples.put(
        "communes.trop-nombreuses",
        avecCommunes(
            unePersonneSeuleAParis(),
            "75101",
            "75102",
            "75103",
            "75104",
            "75105",
            "75106",
            "75107",
            "75108",
            "75109",
            "75110",
            "75111"));
    exemples.put("communes.doublon", avecCommunes(unePersonneSeuleAParis(), "75101", "75101"));
    exemples.put(
        "communes.territoires-multiples", avecCommunes(unePersonneSeuleAParis(), "59350", "62041"));
    exemples.put(
        "motif-autre.precision-manquante",
        unePersonneSeuleAParis().toBuilder().motifs(MotifDemande.AUTRE).build());
    exemples.put(
        "aides-techniques.aucune-combinee",
        unFormulaireCompletValide().toBuilder()
            .handicap(
                unFormulaireCompletValide().handicap().toBuilder()
                    .aidesTechniques(AideTechnique.AUCUNE, AideTechnique.LIT_MEDICALISE)
                    .build())
            .build());
    exemples.put(
        "menage.trop-nombreux",
        unePersonneSeuleAParis().toBuilder()
            .personnesACharge(
                Collections.nCopies(20, enfant.toBuilder().dateNaissance(DATE_DEPOT).build()))
            .build());
    exemples.put(
        "handicap.personnes-trop-nombreuses",
        unFormulaireCompletValide().toBuilder()
            .handicap(
                unFormulaireCompletValide().handicap().toBuilder().nombrePersonnes(20).build())
            .build());
    // WHEN
    Map<String, List<String>> produits = new LinkedHashMap<>();
    exemples.forEach(
        (code, formulaire) ->
            produits.put(
                code,
                Signalements.VALIDATEUR.valider(formulaire, DATE_DEPOT).stream()
                    .map(Violation::code)
                    .toList()));
    // THEN
    assertThat(exemples.keySet()).containsExactlyElementsOf(CodesViolation.TOUS);
    produits.forEach((code, obtenus) -> assertThat(obtenus).as(code).containsExactly(code));
  }

  @Test
  void les_types_enumeres_du_formulaire_ne_laissent_pas_passer_de_code_inconnu() {
    // GIVEN: a Java caller can only pass a constant of the domain's closed lists
    FormulaireDemande formulaire =
        unePersonneSeuleAParis().toBuilder()
            .logementActuel(FormulaireLogementActuel.of(ModeleLogement.values()))
            .motifs(MotifDemande.values())
            .precisionMotif("Autre")
            .build();
    // WHEN THEN
    assertThat(Signalements.VALIDATEUR.valider(formulaire, DATE_DEPOT)).isEmpty();
  }

  private static Properties bundle(String nom) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FormulaireDemande.class.getResourceAsStream(nom)) {
      assertThat(in).as(nom).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static String code(String message) {
    Matcher m = CLE.matcher(message);
    assertThat(m.matches()).as("message template %s", message).isTrue();
    return m.group(1);
  }

  private static void messagesDesTypes(AnnotatedType type, List<String> messages) {
    for (Annotation a : type.getAnnotations()) {
      messagesDe(a, messages);
    }
    if (type instanceof AnnotatedParameterizedType parametre) {
      for (AnnotatedType argument : parametre.getAnnotatedActualTypeArguments()) {
        messagesDesTypes(argument, messages);
      }
    }
  }

  /** The message of a constraint, and of the constraints it is composed of. */
  private static void messagesDe(Annotation annotation, List<String> messages) {
    Class<? extends Annotation> type = annotation.annotationType();
    if (!type.isAnnotationPresent(Constraint.class)) {
      return;
    }
    boolean composee = type.getAnnotation(Constraint.class).validatedBy().length == 0;
    if (composee) {
      for (Annotation composante : type.getAnnotations()) {
        messagesDe(composante, messages);
      }
      return;
    }
    try {
      Method message = type.getMethod("message");
      messages.add((String) message.invoke(annotation));
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
