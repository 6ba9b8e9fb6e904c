package org.sne4j.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.sne4j.acteur.CodeGuichet;
import org.sne4j.commun.Montant;
import org.sne4j.demande.NumeroUnique;
import org.sne4j.logement.IdentifiantRpls;
import org.sne4j.menage.Nir;
import org.sne4j.territoire.CodeInsee;
import org.sne4j.territoire.Departement;
import org.sne4j.territoire.TerritoireEnregistrement;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * The value types written as one JSON string: the identifiers with a single string component,
 * and {@link Montant}. Each is read back through the type's own {@code parse}, so the JSON layer
 * never re-implements a check; a value it refuses is a Jackson {@code InvalidFormatException}
 * carrying the JSON path and the type's own message.
 */
final class ValueTypes {

  /**
   * The written form of an amount: euros, a dot and exactly two decimals, with an optional minus
   * sign and no leading zero ({@code "0.00"}, {@code "1234.50"}, {@code "-12.30"}); up to 17
   * integer digits, enough for any amount a {@code long} of cents holds.
   */
  static final Pattern MONTANT = Pattern.compile("-?(?:0|[1-9][0-9]{0,16})\\.[0-9]{2}");

  /** The regular expression of {@link #MONTANT}, for the JSON Schemas. */
  static final String MONTANT_REGEX = "^" + MONTANT.pattern() + "$";

  /** A value type read and written as a JSON string. */
  record StringType<T>(Class<T> type, Function<String, T> parse, Function<T, String> format) {}

  /** The identifiers of the domain written as their canonical string. */
  static final List<StringType<?>> IDENTIFIANTS =
      List.of(
          new StringType<>(NumeroUnique.class, NumeroUnique::parse, NumeroUnique::valeur),
          new StringType<>(CodeInsee.class, CodeInsee::parse, CodeInsee::code),
          new StringType<>(Departement.class, Departement::parse, Departement::code),
          new StringType<>(
              TerritoireEnregistrement.class,
              TerritoireEnregistrement::new,
              TerritoireEnregistrement::code),
          new StringType<>(CodeGuichet.class, CodeGuichet::parse, CodeGuichet::code),
          new StringType<>(IdentifiantRpls.class, IdentifiantRpls::parse, IdentifiantRpls::valeur),
          new StringType<>(Nir.class, Nir::parse, Nir::valeur),
          new StringType<>(Montant.class, ValueTypes::montant, ValueTypes::montant));

  private ValueTypes() {}

  /** {@code "1234.50"}: the euros with two decimals, never a JSON number. */
  static String montant(Montant montant) {
    return BigDecimal.valueOf(montant.centimes(), 2).toPlainString();
  }

  /** Reads the written form of an amount, and only it. */
  static Montant montant(String texte) {
    if (!MONTANT.matcher(texte).matches()) {
      throw new IllegalArgumentException(
          "An amount is written as a string of euros with two decimals, e.g. \"1234.50\"");
    }
    try {
      return Montant.centimes(new BigDecimal(texte).movePointRight(2).longValueExact());
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("Amount out of range");
    }
  }

  /** Adds the serializers, deserializers and map-key handlers of every string value type. */
  static void register(SimpleModule module) {
    for (StringType<?> type : IDENTIFIANTS) {
      add(module, type);
    }
  }

  private static <T> void add(SimpleModule module, StringType<T> type) {
    module.addSerializer(type.type(), new Serializer<>(type));
    module.addKeySerializer(type.type(), new KeySerializer<>(type));
    module.addDeserializer(type.type(), new Deserializer<>(type));
    module.addKeyDeserializer(type.type(), new KeyReader<>(type));
  }

  private static final class Serializer<T> extends StdSerializer<T> {
    private final StringType<T> type;

    Serializer(StringType<T> type) {
      super(type.type());
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(type.format().apply(value));
    }
  }

  private static final class KeySerializer<T> extends StdSerializer<T> {
    private final StringType<T> type;

    KeySerializer(StringType<T> type) {
      super(type.type());
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeName(type.format().apply(value));
    }
  }

  private static final class Deserializer<T> extends StdDeserializer<T> {
    private final StringType<T> type;

    Deserializer(StringType<T> type) {
      super(type.type());
      this.type = type;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        @SuppressWarnings("unchecked")
        T unexpected = (T) ctxt.handleUnexpectedToken(type.type(), p);
        return unexpected;
      }
      String text = p.getString();
      try {
        return type.parse().apply(text);
      } catch (IllegalArgumentException e) {
        // The core's message, not Jackson's: Jackson would quote the input, and a NIR must not
        // reach a log.
        return ctxt.reportInputMismatch(
            type.type(), "Invalid %s: %s", type.type().getSimpleName(), e.getMessage());
      }
    }
  }

  private static final class KeyReader<T> extends KeyDeserializer {
    private final StringType<T> type;

    KeyReader(StringType<T> type) {
      this.type = type;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) {
      try {
        return type.parse().apply(key);
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(
            type.type(), "Invalid %s as a map key: %s", type.type().getSimpleName(), e.getMessage());
      }
    }
  }
}
