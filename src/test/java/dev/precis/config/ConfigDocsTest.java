package dev.precis.config;

import dev.precis.devs3.DevS3Config;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's configuration table is the users' reference: every property of the typed configuration
 * has its row (name, environment variable, default), and no row names a property that does not exist.
 */
class ConfigDocsTest {

    /** A row of the table: {@code | `precis.x.y` | `PRECIS_X_Y` | default | meaning |}. */
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `(precis\\.[a-z0-9.-]+)` \\| `([A-Z0-9_]+)` \\| ([^|]*) \\|");

    @Test
    void everyPropertyHasItsRowWithEnvironmentVariableAndDefault() throws IOException {
        Map<String, Row> rows = readmeRows();
        Map<String, Optional<String>> properties = properties();
        for (var p : properties.entrySet()) {
            Row row = rows.get(p.getKey());
            assertTrue(row != null, p.getKey() + " has no row in the README's configuration table");
            assertEquals(p.getKey().toUpperCase().replace('.', '_').replace('-', '_'), row.env(),
                    p.getKey() + ": the environment variable in the README");
            p.getValue().ifPresent(def -> assertTrue(row.defaults().contains("`" + def + "`"),
                    p.getKey() + ": README gives the default as " + row.defaults().strip() + ", the code has " + def));
        }
        var stale = new TreeSet<>(rows.keySet());
        stale.removeAll(properties.keySet());
        assertTrue(stale.isEmpty(), "README rows for properties that do not exist: " + stale);
    }

    @Test
    void theWalkFindsNestedGroupsAndDefaults() {
        Map<String, Optional<String>> properties = properties();
        assertEquals(Optional.of("60s"), properties.get("precis.llm.timeout"));
        assertEquals(Optional.empty(), properties.get("precis.sources.s3.allowed-buckets"));
        assertEquals(Optional.of("8084"), properties.get("precis.dev-s3.port"));
        assertTrue(properties.size() > 30, "found " + properties.size());
    }

    private record Row(String env, String defaults) { }

    private static Map<String, Row> readmeRows() throws IOException {
        Matcher m = ROW.matcher(Files.readString(Path.of("README.md")));
        Map<String, Row> rows = new LinkedHashMap<>();
        while (m.find()) {
            assertTrue(rows.put(m.group(1), new Row(m.group(2), m.group(3))) == null, m.group(1) + " has two rows");
        }
        return rows;
    }

    /** Every leaf property of the typed configuration, with its default if it has one. */
    private static Map<String, Optional<String>> properties() {
        Map<String, Optional<String>> out = new LinkedHashMap<>();
        for (Class<?> mapping : new Class<?>[] {PrecisConfig.class, DevS3Config.class}) {
            walk(mapping, mapping.getAnnotation(ConfigMapping.class).prefix(), out);
        }
        return out;
    }

    private static void walk(Class<?> group, String prefix, Map<String, Optional<String>> out) {
        Method[] methods = group.getMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        for (Method m : methods) {
            if (m.isDefault() || m.getParameterCount() > 0 || java.lang.reflect.Modifier.isStatic(m.getModifiers())) continue;
            String name = prefix + "." + kebab(m.getName());
            Class<?> type = m.getReturnType();
            if (type.isInterface() && type.getEnclosingClass() != null
                    && type.getPackageName().startsWith("dev.precis")) {
                walk(type, name, out);
            } else {
                WithDefault def = m.getAnnotation(WithDefault.class);
                out.put(name, Optional.ofNullable(def).map(WithDefault::value));
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
