package io.contactcenter.deploy;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a service really serves and uses, read from its own files rather than from the manifests:
 * the HTTP port and health paths from {@code src/main/resources/application.properties} (prod
 * profile), the Kafka topics of its SmallRye Kafka channels, whether it talks to Redis and
 * PostgreSQL, and whether its pom has the health extension that serves the probe paths.
 */
record ServiceFacts(String name, Path dir, int httpPort, String startedPath, String readyPath, String livePath,
        boolean healthExtension, Map<String, String> topicUses, Set<String> consumedTopics, boolean usesKafka,
        boolean usesRedis, boolean usesDatasource, boolean usesReactiveDatasource, boolean usesJdbcDatasource,
        String jwtKeyLocation, String shutdownTimeout) {

    private static final Pattern CHANNEL_KEY = Pattern
            .compile("^mp\\.messaging\\.(incoming|outgoing)\\.(\"[^\"]+\"|[^.]+)\\.(.+)$");
    private static final Pattern EXPRESSION = Pattern.compile("^\\$\\{[^:}]+:([^}]*)}$");

    static ServiceFacts read(Path serviceDir) throws IOException {
        String name = serviceDir.getFileName().toString();
        Properties raw = new Properties();
        try (Reader r = Files.newBufferedReader(serviceDir.resolve("src/main/resources/application.properties"))) {
            raw.load(r);
        }
        Map<String, String> p = prodProfile(raw);

        int port = Integer.parseInt(p.getOrDefault("quarkus.http.port", "8080"));
        String root = p.getOrDefault("quarkus.http.root-path", "/");
        String nonApp = under(root, p.getOrDefault("quarkus.http.non-application-root-path", "q"));
        String health = under(nonApp, p.getOrDefault("quarkus.smallrye-health.root-path", "health"));
        String started = under(health, p.getOrDefault("quarkus.smallrye-health.startup-path", "started"));
        String ready = under(health, p.getOrDefault("quarkus.smallrye-health.readiness-path", "ready"));
        String live = under(health, p.getOrDefault("quarkus.smallrye-health.liveness-path", "live"));
        String pom = Files.readString(serviceDir.resolve("pom.xml"));
        boolean healthExtension = pom.contains("<artifactId>quarkus-smallrye-health</artifactId>");

        // channel -> attribute -> value
        Map<String, Map<String, String>> incoming = new TreeMap<>();
        Map<String, Map<String, String>> outgoing = new TreeMap<>();
        p.forEach((k, v) -> {
            Matcher m = CHANNEL_KEY.matcher(k);
            if (m.matches()) {
                String channel = m.group(2).replace("\"", "");
                (m.group(1).equals("incoming") ? incoming : outgoing)
                        .computeIfAbsent(channel, c -> new TreeMap<>()).put(m.group(3), v);
            }
        });
        Map<String, String> uses = new LinkedHashMap<>();
        Set<String> consumed = new LinkedHashSet<>();
        incoming.forEach((channel, attrs) -> {
            if (!"smallrye-kafka".equals(attrs.get("connector"))) {
                return;
            }
            for (String topic : topicsOf(channel, attrs)) {
                uses.put(topic, "consumed by incoming channel " + channel);
                consumed.add(topic);
            }
            if ("dead-letter-queue".equals(attrs.get("failure-strategy"))) {
                if (attrs.containsKey("dead-letter-queue.topic")) {
                    uses.put(attrs.get("dead-letter-queue.topic"), "dead-letter queue of incoming channel " + channel);
                } else {
                    // The platform's EventConsumer names it after the topic and the service (event catalog rule)
                    for (String topic : topicsOf(channel, attrs)) {
                        uses.put(topic + "." + name + ".dlq", "dead-letter queue of incoming channel " + channel);
                    }
                }
            }
        });
        outgoing.forEach((channel, attrs) -> {
            if ("smallrye-kafka".equals(attrs.get("connector"))) {
                for (String topic : topicsOf(channel, attrs)) {
                    uses.putIfAbsent(topic, "written by outgoing channel " + channel);
                }
            }
        });
        boolean kafka = !uses.isEmpty() || p.containsKey("kafka.bootstrap.servers");
        boolean redis = p.keySet().stream().anyMatch(k -> k.startsWith("quarkus.redis."));
        boolean reactive = p.containsKey("quarkus.datasource.reactive.url");
        boolean jdbc = p.containsKey("quarkus.datasource.jdbc.url");
        boolean datasource = reactive || jdbc || p.containsKey("quarkus.datasource.db-kind");
        return new ServiceFacts(name, serviceDir, port, started, ready, live, healthExtension, uses, consumed, kafka,
                redis, datasource, reactive, jdbc, p.get("mp.jwt.verify.publickey.location"),
                p.get("quarkus.shutdown.timeout"));
    }

    /** The values the packaged application runs with: %prod.x over x, other profiles ignored. */
    private static Map<String, String> prodProfile(Properties raw) {
        Map<String, String> out = new TreeMap<>();
        for (String key : raw.stringPropertyNames()) {
            if (!key.startsWith("%")) {
                out.putIfAbsent(key, value(raw.getProperty(key)));
            }
        }
        for (String key : raw.stringPropertyNames()) {
            if (key.startsWith("%prod.")) {
                out.put(key.substring("%prod.".length()), value(raw.getProperty(key)));
            }
        }
        return out;
    }

    /** {@code ${ENV:default}} counts as its default; anything else as written. */
    private static String value(String v) {
        Matcher m = EXPRESSION.matcher(v.trim());
        return m.matches() ? m.group(1) : v.trim();
    }

    private static Set<String> topicsOf(String channel, Map<String, String> attrs) {
        Set<String> topics = new LinkedHashSet<>();
        if (attrs.containsKey("topics")) {
            for (String t : attrs.get("topics").split(",")) {
                if (!t.isBlank()) {
                    topics.add(t.trim());
                }
            }
        } else {
            topics.add(attrs.getOrDefault("topic", channel));
        }
        return topics;
    }

    /** Quarkus's rule: a path starting with '/' is absolute, otherwise relative to its parent. */
    private static String under(String parent, String path) {
        if (path.startsWith("/")) {
            return path;
        }
        return (parent.endsWith("/") ? parent : parent + "/") + path;
    }
}
