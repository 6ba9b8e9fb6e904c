package org.sne4j.testkit.property;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The JUnit 5 extension behind {@link PropertyTest}: resolves {@link ForAll} parameters to placeholders,
 * then replaces the single invocation of the test method by a property run that invokes it once per
 * generated case. Registered by {@code @PropertyTest}; there is no need to register it yourself.
 */
public final class PropertyExtension implements ParameterResolver, InvocationInterceptor {

    private static final Map<Class<?>, Object> PLACEHOLDERS = Map.of(int.class, 0, long.class, 0L,
            boolean.class, false, char.class, '\0', double.class, 0.0, float.class, 0f, short.class, (short) 0,
            byte.class, (byte) 0);

    private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)");

    /** Creates the extension (JUnit does). */
    public PropertyExtension() {
        // stateless
    }

    /**
     * Supports the parameters annotated with {@link ForAll}.
     *
     * @param parameterContext  the parameter
     * @param extensionContext  the test
     * @return whether the parameter is generated
     */
    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.isAnnotated(ForAll.class);
    }

    /**
     * Returns a placeholder, replaced by a generated value for each case.
     *
     * @param parameterContext the parameter
     * @param extensionContext the test
     * @return a placeholder (zero, false or null)
     */
    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return PLACEHOLDERS.get(parameterContext.getParameter().getType());
    }

    /**
     * Runs the property instead of the plain invocation of a {@link PropertyTest} method.
     *
     * @param invocation        the plain invocation (skipped)
     * @param invocationContext the method, target and resolved arguments
     * @param extensionContext  the test
     * @throws Throwable a {@link PropertyFailure} if the property does not hold
     */
    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
            ExtensionContext extensionContext) throws Throwable {
        Method method = invocationContext.getExecutable();
        Optional<PropertyTest> annotation = AnnotationSupport.findAnnotation(method, PropertyTest.class);
        if (annotation.isEmpty()) {
            invocation.proceed();
            return;
        }
        invocation.skip();
        PropertyTest config = annotation.get();
        Object target = invocationContext.getTarget().orElse(null);
        List<Object> resolved = invocationContext.getArguments();
        Parameter[] parameters = method.getParameters();
        List<Integer> positions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<Gen<?>> gens = new ArrayList<>();
        for (int i = 0; i < parameters.length; i++) {
            ForAll forAll = parameters[i].getAnnotation(ForAll.class);
            if (forAll != null) {
                positions.add(i);
                names.add(parameters[i].getName());
                gens.add(factory(forAll.value(), parameters[i], extensionContext));
            }
        }
        String name = method.getDeclaringClass().getSimpleName() + "." + method.getName();
        Settings settings = Settings.resolve(name, config.tries() == 0 ? null : config.tries(),
                config.seed() == 0 ? null : config.seed(), parseDuration(config.maxShrinkTime(), method), Map.of(),
                "@PropertyTest(seed = %dL)", "try");
        method.setAccessible(true);
        Engine.run(settings, context -> {
            List<Object> values = new ArrayList<>(gens.size());
            for (Gen<?> gen : gens) {
                values.add(gen.generate(context.source()));
            }
            context.example(Collections.unmodifiableList(values), Property.describeAll(names, values));
            Object[] arguments = resolved.toArray();
            for (int k = 0; k < positions.size(); k++) {
                arguments[positions.get(k)] = values.get(k);
            }
            try {
                method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }

    private static Gen<?> factory(String methodName, Parameter parameter, ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        List<Object> instances = context.getTestInstances()
                .map(i -> new ArrayList<>(i.getAllInstances())).orElseGet(ArrayList::new);
        Collections.reverse(instances); // innermost first
        for (Class<?> scope = testClass; scope != null; scope = scope.getEnclosingClass()) {
            for (Class<?> type = scope; type != null && type != Object.class; type = type.getSuperclass()) {
                Method factory;
                try {
                    factory = type.getDeclaredMethod(methodName);
                } catch (NoSuchMethodException e) {
                    continue;
                }
                checkType(factory, parameter);
                Object owner = null;
                if (!Modifier.isStatic(factory.getModifiers())) {
                    owner = instances.stream().filter(factory.getDeclaringClass()::isInstance).findFirst()
                            .orElseThrow(() -> new ExtensionConfigurationException("@ForAll(\"" + methodName
                                    + "\"): no instance of " + factory.getDeclaringClass().getName()
                                    + " to call it on; make the factory static"));
                }
                try {
                    factory.setAccessible(true);
                    Gen<?> gen = (Gen<?>) factory.invoke(owner);
                    if (gen == null) {
                        throw new ExtensionConfigurationException("@ForAll(\"" + methodName + "\") returned null");
                    }
                    return gen;
                } catch (IllegalAccessException e) {
                    throw new ExtensionConfigurationException("@ForAll(\"" + methodName + "\") is not accessible", e);
                } catch (InvocationTargetException e) {
                    throw new ExtensionConfigurationException("@ForAll(\"" + methodName + "\") threw "
                            + e.getCause(), e.getCause());
                }
            }
        }
        throw new ExtensionConfigurationException("@ForAll(\"" + methodName + "\") on parameter "
                + parameter.getName() + ": no method " + methodName + "() in " + testClass.getName()
                + ", its superclasses or enclosing classes");
    }

    private static void checkType(Method factory, Parameter parameter) {
        String where = "@ForAll(\"" + factory.getName() + "\") on parameter " + parameter.getName();
        if (!Gen.class.isAssignableFrom(factory.getReturnType())) {
            throw new ExtensionConfigurationException(where + ": " + factory.getName() + "() must return a Gen, not "
                    + factory.getGenericReturnType().getTypeName());
        }
        Type returned = factory.getGenericReturnType();
        if (returned instanceof ParameterizedType) {
            Type generated = ((ParameterizedType) returned).getActualTypeArguments()[0];
            Class<?> raw = generated instanceof Class ? (Class<?>) generated
                    : generated instanceof ParameterizedType
                            ? (Class<?>) ((ParameterizedType) generated).getRawType() : null;
            if (raw != null && !box(parameter.getType()).isAssignableFrom(raw)) {
                throw new ExtensionConfigurationException(where + ": " + factory.getName() + "() returns "
                        + returned.getTypeName() + ", which does not fit " + parameter.getParameterizedType()
                                .getTypeName());
            }
        }
    }

    private static Class<?> box(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return Map.<Class<?>, Class<?>>of(int.class, Integer.class, long.class, Long.class, boolean.class,
                Boolean.class, char.class, Character.class, double.class, Double.class, float.class, Float.class,
                short.class, Short.class, byte.class, Byte.class).get(type);
    }

    static Duration parseDuration(String text, Method method) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        Matcher simple = SIMPLE_DURATION.matcher(trimmed);
        if (simple.matches()) {
            long amount = Long.parseLong(simple.group(1));
            switch (simple.group(2)) {
                case "ms":
                    return Duration.ofMillis(amount);
                case "s":
                    return Duration.ofSeconds(amount);
                default:
                    return Duration.ofMinutes(amount);
            }
        }
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new ExtensionConfigurationException("@PropertyTest(maxShrinkTime = \"" + text + "\") on "
                    + (method == null ? "?" : method.getName())
                    + ": use an ISO-8601 duration (\"PT30S\") or a number with ms, s or m (\"10s\")", e);
        }
    }
}
