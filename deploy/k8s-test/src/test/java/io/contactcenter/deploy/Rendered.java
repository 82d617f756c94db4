package io.contactcenter.deploy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The objects {@code kubectl kustomize <overlay>} renders, with small typed lookups. */
final class Rendered {

    final String overlay;
    final List<Map<String, Object>> objects;

    private Rendered(String overlay, List<Map<String, Object>> objects) {
        this.overlay = overlay;
        this.objects = objects;
    }

    /** Runs {@code kubectl kustomize dir}; an error output or non-zero exit fails with kubectl's message. */
    static Rendered render(String kubectl, Path overlayDir) throws IOException, InterruptedException {
        Path out = Files.createTempFile("kustomize-", ".yaml");
        Path err = Files.createTempFile("kustomize-", ".err");
        try {
            Process process = new ProcessBuilder(kubectl, "kustomize", overlayDir.toString())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("kubectl kustomize " + overlayDir + " did not finish within 120 s");
            }
            if (process.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + overlayDir + " failed (exit " + process.exitValue()
                        + "):\n" + Files.readString(err, StandardCharsets.UTF_8));
            }
            List<Map<String, Object>> objects = new ArrayList<>();
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(64 * 1024 * 1024);
            for (Object doc : new Yaml(new SafeConstructor(options)).loadAll(Files.readString(out))) {
                if (doc != null) {
                    objects.add(map(doc));
                }
            }
            return new Rendered(overlayDir.getFileName().toString(), objects);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    List<Map<String, Object>> ofKind(String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    Optional<Map<String, Object>> find(String kind, String name) {
        return ofKind(kind).stream().filter(o -> name.equals(str(o, "metadata", "name"))).findFirst();
    }

    Map<String, Object> require(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError(
                "overlay " + overlay + " renders no " + kind + " named " + name));
    }

    // ---- navigation in the untyped YAML tree -------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object o) {
        return o instanceof List<?> l ? (List<Object>) l : List.of();
    }

    /** The value at a path of map keys, or null. */
    static Object at(Object root, String... path) {
        Object current = root;
        for (String key : path) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    static String str(Object root, String... path) {
        Object v = at(root, path);
        return v == null ? null : String.valueOf(v);
    }

    static List<Map<String, Object>> maps(Object root, String... path) {
        return list(at(root, path)).stream().map(Rendered::map).toList();
    }

    static Map<String, Object> named(List<Map<String, Object>> items, String name) {
        return items.stream().filter(i -> Objects.equals(name, i.get("name"))).findFirst().orElse(null);
    }

    /** A Kubernetes quantity ("250m", "2", "512Mi", "1Gi") as a number of units. */
    static BigDecimal quantity(Object q) {
        String s = String.valueOf(q).trim();
        String[][] suffixes = { { "Ki", "1024" }, { "Mi", "1048576" }, { "Gi", "1073741824" },
                { "Ti", "1099511627776" }, { "m", "0.001" }, { "k", "1000" }, { "M", "1000000" },
                { "G", "1000000000" } };
        for (String[] suffix : suffixes) {
            if (s.endsWith(suffix[0])) {
                return new BigDecimal(s.substring(0, s.length() - suffix[0].length()))
                        .multiply(new BigDecimal(suffix[1]));
            }
        }
        return new BigDecimal(s);
    }
}
