package io.contactcenter.deploy;

import static io.contactcenter.deploy.Rendered.at;
import static io.contactcenter.deploy.Rendered.list;
import static io.contactcenter.deploy.Rendered.map;
import static io.contactcenter.deploy.Rendered.maps;
import static io.contactcenter.deploy.Rendered.named;
import static io.contactcenter.deploy.Rendered.quantity;
import static io.contactcenter.deploy.Rendered.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.function.Executable;

/**
 * Renders every overlay of {@code deploy/k8s} with {@code kubectl kustomize} and checks the objects
 * against the services themselves: each service has a Deployment whose container port is its
 * {@code quarkus.http.port}, whose startup/readiness/liveness probes are on the health paths the
 * application serves, with requests and limits, a non-root read-only container, a graceful shutdown
 * that fits in the grace period, the connection settings and JWT key its configuration needs; a
 * Service on that port; an autoscaler that does not outgrow the partitions it consumes; a disruption
 * budget; and every Kafka topic it uses is a KafkaTopic that matches {@code deploy/topics.conf}.
 *
 * <p>Skipped (JUnit assumption) only when kubectl is missing: {@code deploy/k8s/ensure-kubectl.sh}.
 */
class RenderedManifestsTest {

    /** Seconds the Kafka clients may need after the HTTP drain (consumer commit, producer close). */
    private static final int KAFKA_CLOSE_SECONDS = 5;
    private static final String PLACEHOLDER_ANNOTATION = "contact-center.io/placeholder";

    record TopicSpec(String name, int partitions, int replication, long retentionMs) {
    }

    private static Path root;
    private static String kubectl;
    private static List<ServiceFacts> services;
    private static Map<String, TopicSpec> topicsConf;
    private static List<Path> overlays;
    private static String runbook;

    @BeforeAll
    static void setUp() throws IOException {
        kubectl = findKubectl();
        if (kubectl == null) {
            System.err.println("[deploy/k8s-test] SKIPPED: kubectl not found (PATH or $KUBECTL); the Kubernetes "
                    + "manifests of deploy/k8s were NOT checked. Install it: bash deploy/k8s/ensure-kubectl.sh");
        }
        root = repoRoot();
        services = serviceModules(root).stream().map(dir -> {
            try {
                return ServiceFacts.read(dir);
            } catch (IOException e) {
                throw new IllegalStateException("cannot read " + dir, e);
            }
        }).toList();
        assertFalse(services.isEmpty(), "no *-service module in " + root.resolve("pom.xml"));
        topicsConf = readTopicsConf(root.resolve("deploy/topics.conf"));
        try (Stream<Path> dirs = Files.list(root.resolve("deploy/k8s/overlays"))) {
            overlays = dirs.filter(d -> Files.isRegularFile(d.resolve("kustomization.yaml"))).sorted().toList();
        }
        Set<String> names = new TreeSet<>(overlays.stream().map(d -> d.getFileName().toString()).toList());
        assertTrue(names.containsAll(Set.of("dev", "prod")), "deploy/k8s/overlays must have dev and prod: " + names);
        Path runbookFile = root.resolve("deploy/RUNBOOK.md");
        runbook = Files.isRegularFile(runbookFile) ? Files.readString(runbookFile) : "";
    }

    /** Without kubectl this is the one test reported, as skipped with the reason; the factory is empty. */
    @Test
    void kubectlIsAvailable() {
        assumeTrue(kubectl != null, "kubectl not found (PATH or $KUBECTL): deploy/k8s not checked; "
                + "install it with deploy/k8s/ensure-kubectl.sh");
    }

    @TestFactory
    Stream<DynamicNode> overlays() {
        if (kubectl == null) {
            return Stream.empty();
        }
        return overlays.stream().map(dir -> {
            String overlay = dir.getFileName().toString();
            boolean production = overlay.startsWith("prod");
            Memo rendered = new Memo(dir);
            List<DynamicNode> nodes = new ArrayList<>();
            String where = "overlay " + overlay;
            nodes.add(check(where, "renders with kubectl kustomize",
                    () -> assertFalse(rendered.get().objects.isEmpty(), "kubectl kustomize rendered nothing")));
            nodes.add(check(where, "KafkaTopics match deploy/topics.conf",
                    () -> topicsMatchConf(rendered.get(), production)));
            nodes.add(check(where, "every ConfigMap and Secret the pods use is rendered or documented as out of band",
                    () -> referencesResolve(rendered.get())));
            if (production) {
                nodes.add(check(where, "no DEV-ONLY placeholder Secret", () -> noPlaceholderSecrets(rendered.get())));
            }
            for (ServiceFacts s : services) {
                String at = where + ", " + s.name();
                nodes.add(dynamicContainer(s.name(), Stream.of(
                        check(at, "Deployment container port is quarkus.http.port " + s.httpPort(),
                                () -> containerPort(rendered.get(), s)),
                        check(at, "startup/readiness/liveness probes on " + s.startedPath() + ", " + s.readyPath()
                                + ", " + s.livePath(), () -> probes(rendered.get(), s)),
                        check(at, "resource requests and limits", () -> resources(rendered.get(), s)),
                        check(at, "Service targets port " + s.httpPort() + " of its pods",
                                () -> service(rendered.get(), s)),
                        check(at, "non-root, read-only root filesystem, writable /tmp",
                                () -> security(rendered.get(), s)),
                        check(at, "graceful shutdown fits in the grace period", () -> shutdown(rendered.get(), s)),
                        check(at, "connection settings for the Kafka, Redis, PostgreSQL it uses",
                                () -> connections(rendered.get(), s)),
                        check(at, "JWT verification key mounted from a Secret", () -> jwtKey(rendered.get(), s)),
                        check(at, "every Kafka topic it uses is a KafkaTopic", () -> topicsExist(rendered.get(), s)),
                        check(at, "autoscaler and disruption budget", () -> scaling(rendered.get(), s)))));
            }
            return dynamicContainer("overlay " + overlay, nodes);
        });
    }

    /** A test whose failure message starts with where it failed ("[overlay prod, ticket-service] ..."). */
    private static DynamicNode check(String where, String name, Executable body) {
        return dynamicTest(name, () -> {
            try {
                body.execute();
            } catch (AssertionError e) {
                AssertionError located = new AssertionError("[" + where + "] " + e.getMessage(), e.getCause());
                located.setStackTrace(e.getStackTrace());
                throw located;
            }
        });
    }

    // ---- overlay-wide checks -------------------------------------------------------------------------

    private static void topicsMatchConf(Rendered r, boolean production) {
        Map<String, Map<String, Object>> rendered = new TreeMap<>();
        for (Map<String, Object> t : r.ofKind("KafkaTopic")) {
            assertEquals("kafka.strimzi.io/v1beta2", t.get("apiVersion"), "KafkaTopic apiVersion");
            rendered.put(topicName(t), t);
        }
        Set<String> missing = new TreeSet<>(topicsConf.keySet());
        missing.removeAll(rendered.keySet());
        Set<String> extra = new TreeSet<>(rendered.keySet());
        extra.removeAll(topicsConf.keySet());
        assertTrue(missing.isEmpty() && extra.isEmpty(), "KafkaTopics differ from deploy/topics.conf: missing "
                + missing + ", not in topics.conf " + extra + " (run deploy/k8s/gen-kafka-topics.sh)");
        List<String> problems = new ArrayList<>();
        for (TopicSpec spec : topicsConf.values()) {
            Map<String, Object> t = rendered.get(spec.name());
            String where = "KafkaTopic " + spec.name() + ": ";
            int partitions = intOf(at(t, "spec", "partitions"), -1);
            int replicas = intOf(at(t, "spec", "replicas"), -1);
            String retention = str(t, "spec", "config", "retention.ms");
            Object minIsr = at(t, "spec", "config", "min.insync.replicas");
            if (partitions != spec.partitions()) {
                problems.add(where + "partitions " + partitions + ", topics.conf says " + spec.partitions());
            }
            if (retention == null || Long.parseLong(retention) != spec.retentionMs()) {
                problems.add(where + "retention.ms " + retention + ", topics.conf says " + spec.retentionMs());
            }
            if (replicas < spec.replication()) {
                problems.add(where + "replicas " + replicas + " < topics.conf's " + spec.replication());
            }
            if (minIsr != null && intOf(minIsr, 0) >= replicas) {
                problems.add(where + "min.insync.replicas " + minIsr + " >= replicas " + replicas
                        + ": one broker down would stop every acks=all producer");
            }
            if (production && (replicas < 3 || minIsr == null || intOf(minIsr, 0) < 2)) {
                problems.add(where + "production needs replicas >= 3 and min.insync.replicas >= 2, has " + replicas
                        + " / " + minIsr);
            }
            String cluster = str(t, "metadata", "labels", "strimzi.io/cluster");
            if (cluster == null || cluster.isBlank()) {
                problems.add(where + "no strimzi.io/cluster label: no Topic Operator would manage it");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void referencesResolve(Rendered r) {
        List<String> problems = new ArrayList<>();
        Set<String> outOfBand = new TreeSet<>();
        for (Map<String, Object> d : r.ofKind("Deployment")) {
            String deployment = str(d, "metadata", "name");
            Map<String, Object> pod = map(at(d, "spec", "template", "spec"));
            for (Map<String, Object> c : maps(pod, "containers")) {
                for (Map<String, Object> from : maps(c, "envFrom")) {
                    String cm = str(from, "configMapRef", "name");
                    if (cm != null && !bool(at(from, "configMapRef", "optional")) && r.find("ConfigMap", cm).isEmpty()) {
                        problems.add(deployment + ": envFrom ConfigMap " + cm + " is not rendered");
                    }
                    String secret = str(from, "secretRef", "name");
                    if (secret != null && !bool(at(from, "secretRef", "optional"))) {
                        secretUsed(r, secret, null, deployment, problems, outOfBand);
                    }
                }
                for (Map<String, Object> e : maps(c, "env")) {
                    Object ref = at(e, "valueFrom", "secretKeyRef");
                    if (ref != null && !bool(at(ref, "optional"))) {
                        secretUsed(r, str(ref, "name"), str(ref, "key"), deployment, problems, outOfBand);
                    }
                    Object cmRef = at(e, "valueFrom", "configMapKeyRef");
                    if (cmRef != null && !bool(at(cmRef, "optional"))
                            && r.find("ConfigMap", str(cmRef, "name")).isEmpty()) {
                        problems.add(deployment + ": env " + e.get("name") + " from ConfigMap " + str(cmRef, "name")
                                + ", which is not rendered");
                    }
                }
            }
            for (Map<String, Object> v : maps(pod, "volumes")) {
                String secret = str(v, "secret", "secretName");
                if (secret != null && !bool(at(v, "secret", "optional"))) {
                    secretUsed(r, secret, null, deployment, problems, outOfBand);
                }
                String cm = str(v, "configMap", "name");
                if (cm != null && !bool(at(v, "configMap", "optional")) && r.find("ConfigMap", cm).isEmpty()) {
                    problems.add(deployment + ": volume ConfigMap " + cm + " is not rendered");
                }
            }
        }
        for (String secret : outOfBand) {
            if (!runbook.contains(secret)) {
                problems.add("Secret " + secret + " is used but not rendered, and deploy/RUNBOOK.md does not say how "
                        + "to create it out of band");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void secretUsed(Rendered r, String secret, String key, String deployment, List<String> problems,
            Set<String> outOfBand) {
        var rendered = r.find("Secret", secret);
        if (rendered.isEmpty()) {
            outOfBand.add(secret);
            return;
        }
        if (key != null) {
            Set<String> keys = new TreeSet<>(map(rendered.get().get("data")).keySet());
            keys.addAll(map(rendered.get().get("stringData")).keySet());
            if (!keys.contains(key)) {
                problems.add(deployment + ": Secret " + secret + " has no key " + key + " (keys " + keys + ")");
            }
        }
    }

    private static void noPlaceholderSecrets(Rendered r) {
        List<String> placeholders = r.ofKind("Secret").stream()
                .filter(s -> at(s, "metadata", "annotations", PLACEHOLDER_ANNOTATION) != null)
                .map(s -> str(s, "metadata", "name")).toList();
        assertTrue(placeholders.isEmpty(), "overlay " + r.overlay + " renders the DEV-ONLY placeholder Secrets "
                + placeholders + "; production Secrets are created out of band (deploy/RUNBOOK.md)");
    }

    // ---- per-service checks --------------------------------------------------------------------------

    private static void containerPort(Rendered r, ServiceFacts s) {
        Map<String, Object> c = container(r, s);
        List<Integer> ports = maps(c, "ports").stream().map(p -> intOf(p.get("containerPort"), -1)).toList();
        assertTrue(ports.contains(s.httpPort()), "Deployment " + s.name() + " exposes container ports " + ports
                + ", but quarkus.http.port of " + s.name() + " is " + s.httpPort());
        Map<String, Object> override = named(maps(c, "env"), "QUARKUS_HTTP_PORT");
        if (override != null) {
            assertEquals(String.valueOf(s.httpPort()), String.valueOf(override.get("value")),
                    s.name() + ": QUARKUS_HTTP_PORT in the Deployment disagrees with the container port");
        }
    }

    private static void probes(Rendered r, ServiceFacts s) {
        assertTrue(s.healthExtension(), s.name() + "/pom.xml has no quarkus-smallrye-health: nothing serves "
                + s.readyPath());
        Map<String, Object> c = container(r, s);
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("startupProbe", s.startedPath());
        expected.put("readinessProbe", s.readyPath());
        expected.put("livenessProbe", s.livePath());
        List<String> problems = new ArrayList<>();
        expected.forEach((probe, path) -> {
            Object httpGet = at(c, probe, "httpGet");
            if (httpGet == null) {
                problems.add(probe + ": no httpGet probe (expected GET " + path + ")");
                return;
            }
            if (!path.equals(str(httpGet, "path"))) {
                problems.add(probe + ": path " + str(httpGet, "path") + ", but " + s.name() + " serves " + path);
            }
            int port = resolvePort(c, at(httpGet, "port"));
            if (port != s.httpPort()) {
                problems.add(probe + ": port " + at(httpGet, "port") + " (= " + port + "), but " + s.name()
                        + " listens on " + s.httpPort());
            }
        });
        assertTrue(problems.isEmpty(), "Deployment " + s.name() + ":\n" + String.join("\n", problems));
    }

    private static void resources(Rendered r, ServiceFacts s) {
        Map<String, Object> c = container(r, s);
        List<String> problems = new ArrayList<>();
        for (String resource : List.of("cpu", "memory")) {
            Object request = at(c, "resources", "requests", resource);
            Object limit = at(c, "resources", "limits", resource);
            if (request == null || limit == null) {
                problems.add(resource + ": request " + request + ", limit " + limit + " (both are required)");
            } else if (quantity(request).compareTo(quantity(limit)) > 0) {
                problems.add(resource + ": request " + request + " above limit " + limit);
            }
        }
        assertTrue(problems.isEmpty(), "Deployment " + s.name() + ":\n" + String.join("\n", problems));
    }

    private static void service(Rendered r, ServiceFacts s) {
        Map<String, Object> svc = r.require("Service", s.name());
        Map<String, Object> c = container(r, s);
        List<Object> targets = new ArrayList<>();
        boolean found = false;
        for (Map<String, Object> p : maps(svc, "spec", "ports")) {
            Object target = p.containsKey("targetPort") ? p.get("targetPort") : p.get("port");
            targets.add(target);
            found |= resolvePort(c, target) == s.httpPort();
        }
        assertTrue(found, "Service " + s.name() + " targets ports " + targets + ", none of which is "
                + s.name() + "'s port " + s.httpPort());
        Map<String, Object> selector = map(at(svc, "spec", "selector"));
        assertFalse(selector.isEmpty(), "Service " + s.name() + " has no selector");
        Map<String, Object> podLabels = map(at(deployment(r, s), "spec", "template", "metadata", "labels"));
        assertTrue(podLabels.entrySet().containsAll(selector.entrySet()), "Service " + s.name() + " selects "
                + selector + ", the pods are labelled " + podLabels);
    }

    private static void security(Rendered r, ServiceFacts s) {
        Map<String, Object> pod = map(at(deployment(r, s), "spec", "template", "spec"));
        Map<String, Object> c = container(r, s);
        boolean nonRoot = bool(at(c, "securityContext", "runAsNonRoot"))
                || (at(c, "securityContext", "runAsNonRoot") == null && bool(at(pod, "securityContext", "runAsNonRoot")));
        assertTrue(nonRoot, s.name() + ": runAsNonRoot is not true");
        Object user = at(c, "securityContext", "runAsUser") != null ? at(c, "securityContext", "runAsUser")
                : at(pod, "securityContext", "runAsUser");
        assertTrue(user == null || intOf(user, 0) != 0, s.name() + ": runAsUser 0");
        assertTrue(bool(at(c, "securityContext", "readOnlyRootFilesystem")), s.name()
                + ": readOnlyRootFilesystem is not true");
        assertEquals(Boolean.FALSE, at(c, "securityContext", "allowPrivilegeEscalation"),
                s.name() + ": allowPrivilegeEscalation must be false");
        Map<String, Object> tmp = maps(c, "volumeMounts").stream().filter(m -> "/tmp".equals(m.get("mountPath")))
                .findFirst().orElse(null);
        assertNotNull(tmp, s.name() + ": no volume mounted at /tmp (the JVM and Vert.x write there)");
        Map<String, Object> volume = named(maps(pod, "volumes"), String.valueOf(tmp.get("name")));
        assertTrue(volume != null && volume.containsKey("emptyDir"), s.name() + ": /tmp is not an emptyDir");
    }

    private static void shutdown(Rendered r, ServiceFacts s) {
        Map<String, Object> pod = map(at(deployment(r, s), "spec", "template", "spec"));
        Map<String, Object> c = container(r, s);
        // the env var of the Deployment wins over quarkus.shutdown.timeout of application.properties
        Map<String, Object> timeoutEnv = named(maps(c, "env"), "QUARKUS_SHUTDOWN_TIMEOUT");
        String configured = timeoutEnv != null ? String.valueOf(timeoutEnv.get("value")) : s.shutdownTimeout();
        assertNotNull(configured, s.name() + ": neither QUARKUS_SHUTDOWN_TIMEOUT in the Deployment nor "
                + "quarkus.shutdown.timeout: Quarkus would not wait for in-flight requests on SIGTERM");
        long timeout = seconds(configured);
        long preStop = preStopSeconds(c);
        assertTrue(preStop > 0, s.name() + ": no preStop sleep: the pod would stop before the endpoint removal "
                + "reaches kube-proxy and ingresses");
        int grace = intOf(pod.get("terminationGracePeriodSeconds"), 30);
        assertTrue(grace >= preStop + timeout + KAFKA_CLOSE_SECONDS, s.name() + ": terminationGracePeriodSeconds "
                + grace + " < preStop " + preStop + " s + QUARKUS_SHUTDOWN_TIMEOUT " + timeout + " s + "
                + KAFKA_CLOSE_SECONDS + " s for the Kafka clients: the kubelet would SIGKILL a draining pod");
    }

    private static void connections(Rendered r, ServiceFacts s) {
        Map<String, Object> c = container(r, s);
        Set<String> provided = new TreeSet<>();
        maps(c, "env").forEach(e -> provided.add(String.valueOf(e.get("name"))));
        for (Map<String, Object> from : maps(c, "envFrom")) {
            String cm = str(from, "configMapRef", "name");
            if (cm != null) {
                r.find("ConfigMap", cm).ifPresent(m -> provided.addAll(map(m.get("data")).keySet()));
            }
        }
        List<String> needed = new ArrayList<>();
        if (s.usesKafka()) {
            needed.add("KAFKA_BOOTSTRAP_SERVERS");
        }
        if (s.usesRedis()) {
            needed.add("QUARKUS_REDIS_HOSTS");
        }
        if (s.usesReactiveDatasource()) {
            needed.add("QUARKUS_DATASOURCE_REACTIVE_URL");
        }
        if (s.usesJdbcDatasource()) {
            needed.add("QUARKUS_DATASOURCE_JDBC_URL");
        }
        List<String> missing = needed.stream().filter(n -> !provided.contains(n)).toList();
        assertTrue(missing.isEmpty(), s.name() + "'s application.properties uses "
                + (s.usesKafka() ? "Kafka " : "") + (s.usesRedis() ? "Redis " : "")
                + (s.usesDatasource() ? "PostgreSQL " : "") + "but its Deployment sets no " + missing
                + " (env or a ConfigMap in envFrom)");
        if (s.usesDatasource()) {
            for (String credential : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
                Map<String, Object> e = named(maps(c, "env"), credential);
                assertTrue(e != null && at(e, "valueFrom", "secretKeyRef") != null, s.name() + ": " + credential
                        + " must come from a Secret (env valueFrom.secretKeyRef)");
            }
        }
    }

    private static void jwtKey(Rendered r, ServiceFacts s) {
        if (s.jwtKeyLocation() == null) {
            return;
        }
        Map<String, Object> pod = map(at(deployment(r, s), "spec", "template", "spec"));
        Map<String, Object> c = container(r, s);
        Map<String, Object> env = named(maps(c, "env"), "MP_JWT_VERIFY_PUBLICKEY_LOCATION");
        String location = env == null ? s.jwtKeyLocation() : String.valueOf(env.get("value"));
        Map<String, Object> mount = maps(c, "volumeMounts").stream()
                .filter(m -> location.startsWith(String.valueOf(m.get("mountPath")).replaceAll("/$", "") + "/"))
                .findFirst().orElse(null);
        assertNotNull(mount, s.name() + ": the JWT key location " + location + " is on no mounted volume");
        Map<String, Object> volume = named(maps(pod, "volumes"), String.valueOf(mount.get("name")));
        String secret = volume == null ? null : str(volume, "secret", "secretName");
        assertNotNull(secret, s.name() + ": the JWT key at " + location + " is not mounted from a Secret");
        String file = location.substring(location.lastIndexOf('/') + 1);
        r.find("Secret", secret).ifPresent(rendered -> assertTrue(map(rendered.get("data")).containsKey(file),
                "Secret " + secret + " has no key " + file + " for " + location));
    }

    private static void topicsExist(Rendered r, ServiceFacts s) {
        Set<String> topics = new TreeSet<>();
        r.ofKind("KafkaTopic").forEach(t -> topics.add(topicName(t)));
        List<String> missing = new ArrayList<>();
        s.topicUses().forEach((topic, why) -> {
            if (!topics.contains(topic)) {
                missing.add(topic + " (" + why + ")");
            }
        });
        assertTrue(missing.isEmpty(), s.name() + " uses Kafka topics that are no KafkaTopic in overlay " + r.overlay
                + ": " + missing + "; add them to deploy/topics.conf and run deploy/k8s/gen-kafka-topics.sh");
    }

    private static void scaling(Rendered r, ServiceFacts s) {
        Map<String, Object> deployment = deployment(r, s);
        Map<String, Object> hpa = r.ofKind("HorizontalPodAutoscaler").stream()
                .filter(h -> s.name().equals(str(h, "spec", "scaleTargetRef", "name"))
                        && "Deployment".equals(str(h, "spec", "scaleTargetRef", "kind")))
                .findFirst().orElseThrow(() -> new AssertionError("no HorizontalPodAutoscaler scales Deployment "
                        + s.name()));
        int min = intOf(at(hpa, "spec", "minReplicas"), 1);
        int max = intOf(at(hpa, "spec", "maxReplicas"), -1);
        assertTrue(min >= 1 && min <= max, s.name() + ": HPA minReplicas " + min + ", maxReplicas " + max);
        assertFalse(list(at(hpa, "spec", "metrics")).isEmpty(), s.name() + ": HPA has no metric");
        Object replicas = at(deployment, "spec", "replicas");
        assertTrue(replicas == null || intOf(replicas, 0) <= max, s.name() + ": Deployment replicas " + replicas
                + " above the HPA's maxReplicas " + max);
        if (s.consumedTopics().isEmpty()) {
            boolean cpu = maps(hpa, "spec", "metrics").stream()
                    .anyMatch(m -> "cpu".equals(str(m, "resource", "name")));
            assertTrue(cpu, s.name() + " serves HTTP only: its HPA should scale on CPU");
        } else {
            int partitions = s.consumedTopics().stream().mapToInt(t -> r.ofKind("KafkaTopic").stream()
                    .filter(k -> t.equals(topicName(k))).mapToInt(k -> intOf(at(k, "spec", "partitions"), 0))
                    .findFirst().orElse(0)).max().orElse(0);
            assertTrue(max <= partitions, s.name() + ": HPA maxReplicas " + max + " but " + s.consumedTopics()
                    + " have at most " + partitions + " partitions: replicas beyond that get no partition and idle");
        }
        Map<String, Object> podLabels = map(at(deployment, "spec", "template", "metadata", "labels"));
        Map<String, Object> pdb = r.ofKind("PodDisruptionBudget").stream().filter(p -> {
            Map<String, Object> sel = map(at(p, "spec", "selector", "matchLabels"));
            return !sel.isEmpty() && podLabels.entrySet().containsAll(sel.entrySet());
        }).findFirst().orElseThrow(() -> new AssertionError("no PodDisruptionBudget selects the pods of " + s.name()));
        Object minAvailable = at(pdb, "spec", "minAvailable");
        assertTrue(at(pdb, "spec", "maxUnavailable") != null || minAvailable != null,
                s.name() + ": PodDisruptionBudget sets neither maxUnavailable nor minAvailable");
        if (minAvailable instanceof Integer n) {
            assertTrue(n < min, s.name() + ": PDB minAvailable " + n + " >= HPA minReplicas " + min
                    + ": a node drain would block");
        }
    }

    // ---- helpers --------------------------------------------------------------------------------------

    private static Map<String, Object> deployment(Rendered r, ServiceFacts s) {
        return r.require("Deployment", s.name());
    }

    private static Map<String, Object> container(Rendered r, ServiceFacts s) {
        List<Map<String, Object>> containers = maps(deployment(r, s), "spec", "template", "spec", "containers");
        Map<String, Object> c = named(containers, s.name());
        if (c == null && containers.size() == 1) {
            c = containers.get(0);
        }
        assertNotNull(c, "Deployment " + s.name() + " has no container named " + s.name());
        return c;
    }

    /** A port number, or a named port resolved against the container's ports; -1 when unresolvable. */
    private static int resolvePort(Map<String, Object> container, Object port) {
        if (port instanceof Integer n) {
            return n;
        }
        if (port == null) {
            return -1;
        }
        String name = String.valueOf(port);
        if (name.matches("\\d+")) {
            return Integer.parseInt(name);
        }
        Map<String, Object> p = named(maps(container, "ports"), name);
        return p == null ? -1 : intOf(p.get("containerPort"), -1);
    }

    private static long preStopSeconds(Map<String, Object> container) {
        Object sleep = at(container, "lifecycle", "preStop", "sleep", "seconds");
        if (sleep != null) {
            return intOf(sleep, 0);
        }
        List<Object> command = list(at(container, "lifecycle", "preStop", "exec", "command"));
        String joined = String.join(" ", command.stream().map(String::valueOf).toList());
        Matcher m = Pattern.compile("\\bsleep\\s+(\\d+)").matcher(joined);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Quarkus duration syntax: "20s", "500ms", "2m", "PT20S", or a plain number of seconds. */
    static long seconds(String value) {
        String v = value.trim();
        if (v.matches("\\d+")) {
            return Long.parseLong(v);
        }
        if (v.matches("\\d+ms")) {
            return (Long.parseLong(v.substring(0, v.length() - 2)) + 999) / 1000;
        }
        if (v.matches("\\d+[smhd]")) {
            v = (v.endsWith("d") ? "P" : "PT") + v.toUpperCase();
        }
        Duration d = Duration.parse(v);
        return d.toSeconds() + (d.toMillisPart() > 0 ? 1 : 0);
    }

    private static String topicName(Map<String, Object> kafkaTopic) {
        String name = str(kafkaTopic, "spec", "topicName");
        return name != null ? name : str(kafkaTopic, "metadata", "name");
    }

    private static int intOf(Object o, int fallback) {
        if (o instanceof Number n) {
            return n.intValue();
        }
        try {
            return o == null ? fallback : Integer.parseInt(String.valueOf(o).trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean bool(Object o) {
        return Boolean.TRUE.equals(o) || "true".equals(o);
    }

    private static String findKubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank() && Files.isExecutable(Path.of(configured))) {
            return configured;
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "kubectl");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    private static Path repoRoot() {
        String configured = System.getProperty("repo.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/topics.conf")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("repository root (with deploy/topics.conf) not found above " + start);
    }

    /** The reactor's *-service modules, from the root pom. */
    private static List<Path> serviceModules(Path root) throws IOException {
        Matcher m = Pattern.compile("<module>\\s*([^<\\s]+-service)\\s*</module>").matcher(
                Files.readString(root.resolve("pom.xml")));
        Set<Path> modules = new LinkedHashSet<>();
        while (m.find()) {
            modules.add(root.resolve(m.group(1)));
        }
        return new ArrayList<>(modules);
    }

    static Map<String, TopicSpec> readTopicsConf(Path conf) throws IOException {
        Map<String, TopicSpec> topics = new LinkedHashMap<>();
        for (String line : Files.readAllLines(conf)) {
            String content = line.replaceAll("#.*", "").trim();
            if (content.isEmpty()) {
                continue;
            }
            String[] f = content.split("\\s+");
            if (f.length != 4) {
                fail("deploy/topics.conf: expected 'name partitions replication retention_ms': " + line);
            }
            topics.put(f[0], new TopicSpec(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Long.parseLong(f[3])));
        }
        assertFalse(topics.isEmpty(), "deploy/topics.conf lists no topic");
        return topics;
    }

    /** Renders an overlay once; every test of the overlay shares the result (or the failure). */
    private static final class Memo {
        private final Path dir;
        private Rendered rendered;
        private AssertionError failure;

        Memo(Path dir) {
            this.dir = dir;
        }

        synchronized Rendered get() {
            if (rendered == null && failure == null) {
                try {
                    rendered = Rendered.render(kubectl, dir);
                } catch (AssertionError e) {
                    failure = e;
                } catch (IOException e) {
                    failure = new AssertionError("cannot run " + kubectl + " kustomize " + dir + ": " + e, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failure = new AssertionError("interrupted while rendering " + dir, e);
                }
            }
            if (failure != null) {
                throw failure;
            }
            return Objects.requireNonNull(rendered);
        }
    }
}
