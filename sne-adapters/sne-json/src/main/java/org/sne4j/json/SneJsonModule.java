package org.sne4j.json;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.sne4j.cal.DecisionCal;
import org.sne4j.demande.EvenementDemande;
import tools.jackson.core.Version;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.jsontype.NamedType;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module of the sne domain: register it on a {@code JsonMapper} to read and write
 * every public record and enum of {@code sne-core} with stable, documented JSON names. {@link
 * SneJson#mapper()} gives a mapper already configured with it and with the library's settings;
 * prefer it unless you embed the domain into your own documents.
 *
 * <p>What the module does:
 *
 * <ul>
 *   <li>records are objects whose properties are the record components, in declaration order and
 *       with the same (French, camelCase) names; one exception, {@code EvenementLocal.type}, is
 *       written {@code typeLocal};
 *   <li>the identifiers ({@code NumeroUnique}, {@code CodeInsee}, {@code Departement}, {@code
 *       TerritoireEnregistrement}, {@code CodeGuichet}, {@code IdentifiantRpls}, {@code Nir}) are
 *       JSON strings, read back through their own {@code parse};
 *   <li>a {@code Montant} is a JSON string of euros with exactly two decimals ({@code "1234.50"}),
 *       never a JSON number;
 *   <li>enums of the SNE's closed lists ({@code CodeSne}) are their SNE code ({@code "RADATT"},
 *       {@code "01"}); other enums their constant name;
 *   <li>the records of {@link EvenementDemande} and {@link DecisionCal} carry their stable type
 *       identifier in a {@code "type"} property ({@link TypeRegistry});
 *   <li>components of domain records are required, except {@code Optional}/{@code OptionalInt}
 *       ones, which are absent when empty.
 * </ul>
 *
 * <p>Dates, the {@code Optional} family and the ordering of sets and maps are settings of the
 * mapper, not of the module: see {@link SneJson#builder()}.
 */
public final class SneJsonModule extends JacksonModule {

  /** The polymorphic type information of the sealed hierarchies, as a mix-in. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  private interface TypeIdMixIn {}

  /** Creates the module. */
  public SneJsonModule() {}

  @Override
  public String getModuleName() {
    return "sne-json";
  }

  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleModule values = new SimpleModule("sne-json-values");
    ValueTypes.register(values);
    values.setupModule(context);
    context.insertAnnotationIntrospector(new SneAnnotationIntrospector());
    for (Class<?> hierarchy : TypeRegistry.HIERARCHIES) {
      context.setMixIn(hierarchy, TypeIdMixIn.class);
    }
    context.registerSubtypes(
        TypeRegistry.entries().stream()
            .map(e -> new NamedType(e.type(), e.id()))
            .toArray(NamedType[]::new));
  }
}
