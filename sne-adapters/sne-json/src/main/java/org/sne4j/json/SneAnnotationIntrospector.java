package org.sne4j.json;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.sne4j.commun.CodeSne;
import org.sne4j.demande.EvenementDemande;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.Annotated;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.AnnotatedMember;
import tools.jackson.databind.introspect.AnnotatedParameter;
import tools.jackson.databind.introspect.NopAnnotationIntrospector;

/**
 * What the core would say with annotations if it knew Jackson (it must not): enums of the SNE's
 * closed lists by their code, stable type identifiers, which record components are required, and
 * the one JSON name that differs from its component's.
 */
final class SneAnnotationIntrospector extends NopAnnotationIntrospector {

  private static final long serialVersionUID = 1L;

  /**
   * Components whose JSON name is not their Java name. {@code EvenementLocal.type} would collide
   * with the {@code "type"} property that holds the event's type identifier.
   */
  static final Map<Class<?>, Map<String, String>> RENAMED =
      Map.of(EvenementDemande.EvenementLocal.class, Map.of("type", "typeLocal"));

  @Override
  public String[] findEnumValues(
      MapperConfig<?> config, AnnotatedClass ac, Enum<?>[] values, String[] names) {
    if (CodeSne.class.isAssignableFrom(ac.getRawType())) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null) {
          names[i] = ((CodeSne) values[i]).code();
        }
      }
    }
    return names;
  }

  @Override
  public String findTypeName(MapperConfig<?> config, AnnotatedClass ac) {
    return TypeRegistry.byType(ac.getRawType()).map(TypeRegistry.Entry::id).orElse(null);
  }

  /**
   * Every component of a domain record is required, except the optional ones ({@code Optional},
   * {@code OptionalInt}…), which are absent when empty: a stored document that lacks one is
   * damaged, and reading it fails naming the component rather than defaulting it.
   */
  @Override
  public Boolean hasRequiredMarker(MapperConfig<?> config, AnnotatedMember m) {
    Class<?> owner = m.getDeclaringClass();
    if (!isDomainRecord(owner)) {
      return null;
    }
    Class<?> raw = m.getRawType();
    if (raw == Optional.class
        || raw == OptionalInt.class
        || raw == OptionalLong.class
        || raw == OptionalDouble.class) {
      return Boolean.FALSE;
    }
    return Boolean.TRUE;
  }

  @Override
  public PropertyName findNameForSerialization(MapperConfig<?> config, Annotated a) {
    return renamed(a);
  }

  @Override
  public PropertyName findNameForDeserialization(MapperConfig<?> config, Annotated a) {
    return renamed(a);
  }

  private static PropertyName renamed(Annotated a) {
    if (!(a instanceof AnnotatedMember member)) {
      return null;
    }
    Map<String, String> names = RENAMED.get(member.getDeclaringClass());
    if (names == null) {
      return null;
    }
    String component = member.getName();
    if (member instanceof AnnotatedParameter parameter) {
      RecordComponent[] components = member.getDeclaringClass().getRecordComponents();
      if (components == null || parameter.getIndex() >= components.length) {
        return null;
      }
      component = components[parameter.getIndex()].getName();
    }
    String json = names.get(component);
    return json == null ? null : PropertyName.construct(json);
  }

  /**
   * The records of the core's domain; not the input forms ({@code org.sne4j.formulaire}), whose
   * components are all optional so that any input can be read and reported.
   */
  static boolean isDomainRecord(Class<?> type) {
    return type != null
        && type.isRecord()
        && type.getPackageName().startsWith("org.sne4j.")
        && !type.getPackageName().startsWith("org.sne4j.formulaire");
  }
}
