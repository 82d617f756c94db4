package io.contactcenter.routing.scale;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.awaitility.Awaitility;

import io.contactcenter.testing.Tokens;

/**
 * Packaged routing-service processes for the *IT tests, and an HTTP client that spreads requests
 * over them as a load balancer does: a request an instance cannot serve (connection refused, 503)
 * is retried on the next one. Each test names its own routing partition, so tests never share
 * routing state even on one Redis database.
 */
final class RoutingInstances implements AutoCloseable {

    /** A 503 or a dropped connection: the caller may retry (every routing call is idempotent). */
    static final class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /** An HTTP answer other than 2xx and 503. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final String name;
    private final Map<String, String> environment = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Process> processes = new ArrayList<>();
    private final List<String> urls = new ArrayList<>();
    private final Path publicKey;
    final AtomicInteger retries = new AtomicInteger();

    /** Topics of the test's own (broker auto-create is off), so a running platform never consumes test events. */
    final String callTopic;
    private final String partition;
    final String agentTopic;

    RoutingInstances(String name, String partition) throws IOException {
        this.name = name;
        this.callTopic = "it." + partition + ".call-events";
        this.agentTopic = "it." + partition + ".agent-events";
        try (Admin admin = admin()) {
            admin.createTopics(List.of(new NewTopic(callTopic, 3, (short) 1), new NewTopic(agentTopic, 3, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the test's topics", e);
        }
        environment.put("ROUTING_EVENTS_CALL_TOPIC", callTopic);
        environment.put("ROUTING_EVENTS_AGENT_TOPIC", agentTopic);
        this.publicKey = Files.createTempFile("jwt-public", ".pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            Files.write(publicKey, in.readAllBytes());
        }
        this.partition = partition;
        environment.put("ROUTING_PARTITION", partition);
        environment.put("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:6379/3");
        environment.put("KAFKA_BOOTSTRAP_SERVERS", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
    }

    RoutingInstances with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    /** Starts {@code n} more instances and waits until all are ready. */
    RoutingInstances start(int n) throws IOException {
        for (int i = 0; i < n; i++) {
            startOne();
        }
        return this;
    }

    /**
     * One instance on a free port, ready. A port found free can be taken by another process before the
     * instance binds it (other tests run beside): then the instance exits and is started again.
     */
    private void startOne() throws IOException {
        for (int attempt = 1;; attempt++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) {
                port = s.getLocalPort();
            }
            Path logFile = Path.of("target/" + name + "-" + processes.size() + ".log");
            ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar", "target/quarkus-app/quarkus-run.jar")
                    .redirectErrorStream(true).redirectOutput(logFile.toFile());
            pb.environment().putAll(environment);
            pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
            pb.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
            Process process = pb.start();
            String url = "http://127.0.0.1:" + port;
            // ours is listening (not some other process on that port), then ready
            Awaitility.await(url + " listening (see " + logFile + ")").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> !process.isAlive() || Files.readString(logFile).contains("Listening on: http://0.0.0.0:" + port));
            if (!process.isAlive()) {
                if (attempt < 3) {
                    continue;
                }
                throw new AssertionError("instance did not start, see " + logFile);
            }
            Awaitility.await(url + " ready (see " + logFile + ")").atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250)).ignoreExceptions()
                    .until(() -> http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            processes.add(process);
            urls.add(url);
            return;
        }
    }

    Process process(int i) {
        return processes.get(i);
    }

    String url(int i) {
        return urls.get(i);
    }

    int size() {
        return urls.size();
    }

    /** Spread over the instances by {@code spread}; unavailable instances are skipped, each tried twice. */
    String call(String method, String path, String role, String body, int spread) {
        int first = Math.floorMod(spread, urls.size());
        List<String> failures = new ArrayList<>();
        for (int attempt = 0; attempt < 2 * urls.size(); attempt++) {
            int i = (first + attempt) % urls.size();
            try {
                return callOn(i, method, path, role, body);
            } catch (Unavailable e) {
                failures.add(e.getMessage());
                retries.incrementAndGet();
            }
        }
        throw new AssertionError(method + " " + path + " failed on every instance: " + failures);
    }

    /** Like {@link #call}, but keeps retrying (pausing between rounds) until {@code patience} is over. */
    String callPatiently(String method, String path, String role, String body, int spread, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (true) {
            try {
                return call(method, path, role, body, spread);
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep(100);
            }
        }
    }

    String callOn(int instance, String method, String path, String role, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(instance) + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + Tokens.forRole(role))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r;
        try {
            r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable(method + " " + path + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (r.statusCode() == 503) {
            throw new Unavailable(method + " " + path + " -> 503 " + r.body());
        }
        if (r.statusCode() >= 300) {
            throw new Refused(r.statusCode(), method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /**
     * Defines a queue every instance routes with (LONGEST_IDLE, no wrap-up unless given), whose offers ring the
     * longest allowed (120 s): these tests are about scale, not ring-no-answer.
     */
    void defineQueue(String queueId, String expression, int wrapUpSeconds) {
        defineQueue(queueId, expression, wrapUpSeconds, 120);
    }

    /** Waits until the agents the change concerns are re-placed (it runs in the background). */
    void defineQueue(String queueId, String expression, int wrapUpSeconds, int offerTimeoutSeconds) {
        String change = call("PUT", "/queues/" + queueId, "admin", "{\"expression\":\"" + expression + "\",\"priority\":1,"
                + "\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,\"wrapUpSeconds\":" + wrapUpSeconds
                + ",\"strategy\":\"LONGEST_IDLE\",\"offerTimeoutSeconds\":" + offerTimeoutSeconds + "}", 0);
        String changeId = field(change, "changeId");
        Awaitility.await("queue change " + changeId).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> !"RUNNING".equals(field(call("GET", "/queues/changes/" + changeId, "admin", null, 0), "status")));
    }

    void registerAvailable(String agentId, String teamId, String skill) {
        call("PUT", "/agents/" + agentId, "admin", "{\"name\":\"" + agentId + "\",\"teamId\":\"" + teamId
                + "\",\"hireDate\":\"2020-01-01\",\"skills\":{\"" + skill + "\":1}}", agentId.hashCode());
        call("POST", "/agents/" + agentId + "/state", "pbx", "{\"state\":\"AVAILABLE\"}", agentId.hashCode());
    }

    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
        dropPartition();
        try (Admin admin = admin()) {
            admin.deleteTopics(List.of(callTopic, agentTopic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            // left behind under it.<partition>.: harmless, the next run has a partition of its own
        }
    }

    /** The partition's keys go (a run of 100,000 agents would otherwise stay in Redis); best effort. */
    private void dropPartition() {
        try {
            new ProcessBuilder("bash", "-c", "redis-cli -n 3 --scan --pattern 'cc:{" + partition
                    + "}:*' | xargs -r -n 1000 redis-cli -n 3 unlink > /dev/null").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            // redis-cli missing: the keys stay under a partition no other run uses
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Admin admin() {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        return Admin.create(p);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(-?\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
