package org.sne4j.json;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.util.Objects;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.type.LogicalType;

/**
 * Ready-made Jackson mappers for the sne domain.
 *
 * <p>{@link #mapper()} is the mapper the library itself uses (the event serializer, the
 * validator): {@link SneJsonModule} plus these settings:
 *
 * <ul>
 *   <li>{@code LocalDate} as ISO {@code yyyy-MM-dd}, {@code Instant} as ISO-8601 UTC, {@code
 *       Period} as ISO ({@code P1M}); never timestamps; parsing not lenient;
 *   <li>{@code Optional} and {@code OptionalInt} empty: property absent; absent or {@code null}:
 *       empty on read;
 *   <li>{@code BigDecimal} (surfaces) as a JSON string, like amounts: no JSON number with a
 *       fraction is ever written;
 *   <li>set elements and map entries sorted on write (enums in declaration order, identifiers
 *       and numbers in their natural order), so the same value always gives the same text;
 *   <li>strict reading: unknown properties, duplicate keys, trailing tokens, {@code null} for a
 *       primitive, a number where a string is expected (or the reverse) are errors;
 *   <li>the hard {@linkplain JsonLimits limits} of {@link JsonLimits#DEFAULT} on every parse.
 * </ul>
 *
 * <p>Mappers are immutable and thread-safe: share them.
 */
public final class SneJson {

  private static final JsonMapper MAPPER = builder(JsonLimits.DEFAULT).build();

  private SneJson() {}

  /** The library's mapper (shared instance). */
  public static JsonMapper mapper() {
    return MAPPER;
  }

  /** A builder with the library's settings and limits, to add the application's own settings. */
  public static JsonMapper.Builder builder() {
    return builder(JsonLimits.DEFAULT);
  }

  /** A builder with the library's settings and the given parsing limits. */
  public static JsonMapper.Builder builder(JsonLimits limits) {
    Objects.requireNonNull(limits, "limits");
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits.constraints())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    return JsonMapper.builder(factory)
        .addModule(new SneJsonModule())
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .changeDefaultPropertyInclusion(
            incl -> JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .withConfigOverride(
            BigDecimal.class, o -> o.setFormat(JsonFormat.Value.forShape(JsonFormat.Shape.STRING)))
        .defaultLeniency(false)
        .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .disable(SerializationFeature.FAIL_ON_ORDER_MAP_BY_INCOMPARABLE_KEY)
        .enable(SerializationFeature.ORDER_SET_ELEMENTS)
        .disable(SerializationFeature.FAIL_ON_ORDER_SET_BY_INCOMPARABLE_ELEMENT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }
}
