package org.sne4j.testkit.regles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads Java test sources and finds their test methods: the class that holds each one (nested
 * classes joined by dots), its name, its own {@code @DisplayName}, and its body as a string of
 * tokens (comments dropped, string literals kept in double quotes).
 *
 * <p>A small lexer and a brace-matching walk, not a Java parser: it knows string literals, text
 * blocks, character literals and comments, so that braces or annotations inside them are not
 * mistaken for code; a method is an identifier followed by a parameter list and a body.
 */
final class SourcesDeTest {

  /** The annotations that make a method a test. */
  private static final Set<String> ANNOTATIONS_DE_TEST = Set.of("Test", "ParameterizedTest", "RepeatedTest");

  /** Identifiers followed by parentheses and a block that are not method declarations. */
  private static final Set<String> MOTS_CLES = Set.of(
      "if", "for", "while", "switch", "catch", "synchronized", "return", "new", "throw", "else", "do", "try",
      "assert", "super", "this", "case", "yield");

  /** A test method found in the sources. */
  record MethodeDeTest(String classe, String methode, Optional<String> nomAffiche, String corps) {

    /** {@code Classe.Imbriquee#methode}. */
    String reference() {
      return classe + "#" + methode;
    }
  }

  private SourcesDeTest() {}

  /** Every test method of the {@code .java} files under {@code racines}, in file order. */
  static List<MethodeDeTest> lire(List<Path> racines) {
    List<MethodeDeTest> methodes = new ArrayList<>();
    for (Path racine : racines) {
      if (!Files.isDirectory(racine)) {
        throw new IllegalArgumentException("No test sources at " + racine.toAbsolutePath());
      }
      try (Stream<Path> fichiers = Files.walk(racine)) {
        for (Path f : fichiers.filter(p -> p.toString().endsWith(".java")).sorted(Comparator.naturalOrder()).toList()) {
          methodes.addAll(analyser(Files.readString(f, StandardCharsets.UTF_8)));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return methodes;
  }

  /** The test methods of one compilation unit. */
  static List<MethodeDeTest> analyser(String source) {
    List<Jeton> jetons = lexer(source);
    List<MethodeDeTest> methodes = new ArrayList<>();
    List<Annotation> enAttente = new ArrayList<>();
    Deque<String> classes = new ArrayDeque<>();
    for (int i = 0; i < jetons.size(); i++) {
      Jeton j = jetons.get(i);
      if (j.est("@") && i + 1 < jetons.size() && jetons.get(i + 1).type == Type.IDENT
          && !jetons.get(i + 1).texte.equals("interface")) {
        int k = i + 1;
        String nom = jetons.get(k).texte;
        while (k + 2 < jetons.size() && jetons.get(k + 1).est(".") && jetons.get(k + 2).type == Type.IDENT) {
          k += 2;
          nom = jetons.get(k).texte;
        }
        String valeur = "";
        if (k + 1 < jetons.size() && jetons.get(k + 1).est("(")) {
          int fin = fermante(jetons, k + 1, "(", ")");
          valeur = jetons.subList(k + 2, fin).stream().filter(x -> x.type == Type.CHAINE).map(x -> x.texte)
              .collect(Collectors.joining());
          k = fin;
        }
        enAttente.add(new Annotation(nom, valeur));
        i = k;
      } else if (j.type == Type.IDENT && Set.of("class", "interface", "enum", "record").contains(j.texte)
          && i + 1 < jetons.size() && jetons.get(i + 1).type == Type.IDENT) {
        String nom = jetons.get(i + 1).texte;
        int k = i + 2;
        while (k < jetons.size() && !jetons.get(k).est("{")) {
          k = jetons.get(k).est("(") ? fermante(jetons, k, "(", ")") + 1 : k + 1;
        }
        classes.push(nom);
        enAttente.clear();
        i = k;
      } else if (j.est("{")) {
        classes.push("");
        enAttente.clear();
      } else if (j.est("}")) {
        if (!classes.isEmpty()) {
          classes.pop();
        }
        enAttente.clear();
      } else if (j.est(";")) {
        enAttente.clear();
      } else if (j.type == Type.IDENT && !MOTS_CLES.contains(j.texte) && i + 1 < jetons.size()
          && jetons.get(i + 1).est("(")) {
        int fin = fermante(jetons, i + 1, "(", ")");
        int k = fin + 1;
        if (k < jetons.size() && jetons.get(k).est("throws")) {
          while (k < jetons.size() && !jetons.get(k).est("{") && !jetons.get(k).est(";")) {
            k++;
          }
        }
        if (k < jetons.size() && jetons.get(k).est("{")) {
          int finCorps = fermante(jetons, k, "{", "}");
          boolean test = enAttente.stream().anyMatch(a -> ANNOTATIONS_DE_TEST.contains(a.nom));
          if (test) {
            Optional<String> nomAffiche = enAttente.stream().filter(a -> a.nom.equals("DisplayName")).map(a -> a.valeur)
                .findFirst();
            String corps = jetons.subList(k, finCorps + 1).stream().map(Jeton::source).collect(Collectors.joining(" "));
            methodes.add(new MethodeDeTest(nomDeClasse(classes), j.texte, nomAffiche, corps));
          }
          enAttente.clear();
          i = finCorps;
        } else {
          i = fin;
        }
      }
    }
    return methodes;
  }

  private static String nomDeClasse(Deque<String> classes) {
    List<String> noms = new ArrayList<>();
    classes.descendingIterator().forEachRemaining(n -> {
      if (!n.isEmpty()) {
        noms.add(n);
      }
    });
    return String.join(".", noms);
  }

  /** The index of the token that closes the one at {@code ouvrante}. */
  private static int fermante(List<Jeton> jetons, int ouvrante, String ouvre, String ferme) {
    int profondeur = 0;
    for (int k = ouvrante; k < jetons.size(); k++) {
      if (jetons.get(k).est(ouvre)) {
        profondeur++;
      } else if (jetons.get(k).est(ferme) && --profondeur == 0) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unbalanced " + ouvre + ferme + " from token " + ouvrante);
  }

  // Lexer ---------------------------------------------------------------------------------------

  private enum Type { IDENT, CHAINE, CARACTERE, PONCTUATION }

  private record Jeton(Type type, String texte) {
    boolean est(String s) {
      return (type == Type.PONCTUATION || type == Type.IDENT) && texte.equals(s);
    }

    /** The token as it reads in code; a string literal in double quotes. */
    String source() {
      return type == Type.CHAINE ? "\"" + texte + "\"" : type == Type.CARACTERE ? "'" + texte + "'" : texte;
    }
  }

  private record Annotation(String nom, String valeur) {}

  private static List<Jeton> lexer(String s) {
    List<Jeton> jetons = new ArrayList<>();
    int i = 0;
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (s.startsWith("//", i)) {
        int fin = s.indexOf('\n', i);
        i = fin < 0 ? n : fin + 1;
      } else if (s.startsWith("/*", i)) {
        int fin = s.indexOf("*/", i + 2);
        i = fin < 0 ? n : fin + 2;
      } else if (s.startsWith("\"\"\"", i)) {
        int debut = s.indexOf('\n', i + 3);
        int fin = debut;
        while (fin >= 0) {
          fin = s.indexOf("\"\"\"", fin);
          if (fin < 0 || s.charAt(fin - 1) != '\\') {
            break;
          }
          fin += 3;
        }
        if (debut < 0 || fin < 0) {
          throw new IllegalArgumentException("Unterminated text block at " + i);
        }
        jetons.add(new Jeton(Type.CHAINE, s.substring(debut + 1, fin)));
        i = fin + 3;
      } else if (c == '"' || c == '\'') {
        StringBuilder b = new StringBuilder();
        int k = i + 1;
        while (k < n && s.charAt(k) != c) {
          if (s.charAt(k) == '\\' && k + 1 < n) {
            char e = s.charAt(k + 1);
            b.append(e == 'n' ? '\n' : e == 't' ? '\t' : e);
            k += 2;
          } else {
            b.append(s.charAt(k++));
          }
        }
        jetons.add(new Jeton(c == '"' ? Type.CHAINE : Type.CARACTERE, b.toString()));
        i = k + 1;
      } else if (Character.isJavaIdentifierStart(c) || Character.isDigit(c)) {
        int k = i + 1;
        while (k < n && Character.isJavaIdentifierPart(s.charAt(k))) {
          k++;
        }
        jetons.add(new Jeton(Type.IDENT, s.substring(i, k)));
        i = k;
      } else {
        jetons.add(new Jeton(Type.PONCTUATION, String.valueOf(c)));
        i++;
      }
    }
    return jetons;
  }
}
