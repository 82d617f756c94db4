package io.contactcenter.routing.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;

/**
 * Scale-in under load: two routing-service processes (the packaged application) share one Redis,
 * a client spreads PBX and agent requests over both as a load balancer would, and one instance
 * gets SIGTERM in the middle. Requests that hit the stopping instance are retried on the other
 * (every request is idempotent). At the end every contact is accounted for: ended or abandoned,
 * and the queue's counters match what the client did.
 */
class ScaleInIT {

    static final int AGENTS = 12;
    static final int CLIENTS = 6;
    static final Duration LOAD = Duration.ofSeconds(8);
    static final Duration STOP_AFTER = Duration.ofSeconds(4);
    static final String REDIS_DB = "3";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final List<Process> instances = new ArrayList<>();
    final List<String> urls = new ArrayList<>();
    final AtomicInteger retries = new AtomicInteger();

    @AfterEach
    void stopInstances() {
        instances.forEach(Process::destroyForcibly);
    }

    @Test
    void stoppingOneInstanceLosesNoContact() throws Exception {
        flushRedis();
        Path key = Files.createTempFile("jwt-public", ".pem");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("testing/jwt-public.pem")) {
            Files.write(key, in.readAllBytes());
        }
        start(key);
        start(key);
        for (String url : urls) {
            awaitReady(url);
        }
        call("PUT", "/queues/scale", "admin", "{\"expression\":\"scale>=1\",\"priority\":1,\"serviceLevelSeconds\":10,"
                + "\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"LONGEST_IDLE\"}", 0);
        for (int i = 0; i < AGENTS; i++) {
            call("PUT", "/agents/s-" + i, "admin", "{\"name\":\"s" + i + "\",\"teamId\":\"t\",\"hireDate\":\"2020-01-01\","
                    + "\"skills\":{\"scale\":1}}", i);
            call("POST", "/agents/s-" + i + "/state", "agent", "{\"state\":\"AVAILABLE\"}", i);
        }

        Map<String, String> outcome = new ConcurrentHashMap<>();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String contact = "sc-" + client + "-" + n;
                    outcome.put(contact, "OFFERED");
                    String answer = call("POST", "/contacts", "pbx",
                            "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"scale\"}", n);
                    String agent = field(answer, "agentId");
                    if (agent == null) { // queued: the caller gives up
                        call("POST", "/contacts/" + contact + "/abandon", "pbx", "", n);
                        outcome.put(contact, "ABANDONED");
                        continue;
                    }
                    call("POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"" + agent + "\"}", n + 1);
                    call("POST", "/contacts/" + contact + "/end", "pbx",
                            "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", n + 2);
                    outcome.put(contact, "ENDED");
                    // 409: the wrap-up tick (wrap-up 0 s) already freed the agent and it took another contact
                    callAllowingConflict("/agents/" + agent + "/state", n + 3);
                }
                return null;
            }));
        }
        Thread.sleep(STOP_AFTER.toMillis());
        Process stopped = instances.get(1);
        stopped.destroy(); // SIGTERM: graceful shutdown, as Kubernetes does on scale-in
        assertTrue(stopped.waitFor(30, TimeUnit.SECONDS), "instance did not stop within its grace period");
        Thread.sleep(LOAD.minus(STOP_AFTER).toMillis());
        stop.set(true);
        for (Future<?> f : clients) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        // Every contact the client handled is in Redis in the state the client drove it to.
        long ended = outcome.values().stream().filter("ENDED"::equals).count();
        long abandoned = outcome.values().stream().filter("ABANDONED"::equals).count();
        assertEquals(outcome.size(), ended + abandoned, "every contact finished");
        for (Map.Entry<String, String> e : outcome.entrySet()) {
            String view = callOn(0, "GET", "/contacts/" + e.getKey(), "supervisor", null);
            assertEquals(e.getValue(), field(view, "state"), e.getKey());
        }
        String stats = callOn(0, "GET", "/queues/scale/stats", "supervisor", null);
        assertEquals(outcome.size(), number(stats, "offered"), stats);
        assertEquals(ended, number(stats, "answered"), stats);
        assertEquals(abandoned, number(stats, "abandoned"), stats);
        assertEquals(0, number(stats, "waiting"), stats);
        assertTrue(ended > 20, "load too light to mean anything: " + ended + " calls");
        System.out.printf("scale-in: %d contacts (%d ended, %d abandoned), %d requests retried on the surviving instance%n",
                outcome.size(), ended, abandoned, retries.get());
    }

    private void start(Path publicKey) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        ProcessBuilder pb = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString())
                .redirectErrorStream(true)
                .redirectOutput(Path.of("target/scale-in-" + instances.size() + ".log").toFile());
        pb.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        pb.environment().put("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:6379/" + REDIS_DB);
        pb.environment().put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", publicKey.toString());
        pb.environment().put("KAFKA_BOOTSTRAP_SERVERS", System.getProperty("kafka.bootstrap.servers", "127.0.0.1:9092"));
        instances.add(pb.start());
        urls.add("http://127.0.0.1:" + port);
    }

    private void awaitReady(String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // starting
            }
            Thread.sleep(250);
        }
        throw new AssertionError(url + " not ready; see target/scale-in-*.log");
    }

    /** Round robin over the instances; a request the stopping instance cannot serve goes to the other. */
    private String call(String method, String path, String role, String body, int spread) throws Exception {
        int first = Math.floorMod(spread, urls.size());
        for (int attempt = 0; attempt < 2 * urls.size(); attempt++) {
            int i = (first + attempt) % urls.size();
            try {
                return callOn(i, method, path, role, body);
            } catch (IOException | ServiceUnavailable e) {
                retries.incrementAndGet();
            }
        }
        throw new AssertionError(method + " " + path + " failed on every instance");
    }

    private void callAllowingConflict(String path, int spread) throws Exception {
        try {
            call("POST", path, "agent", "{\"state\":\"AVAILABLE\"}", spread);
        } catch (AssertionError e) {
            if (!e.getMessage().contains("-> 409")) {
                throw e;
            }
        }
    }

    private String callOn(int instance, String method, String path, String role, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(urls.get(instance) + path))
                .timeout(Duration.ofSeconds(20)).header("Authorization", "Bearer " + Tokens.forRole(role))
                .header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 503) {
            throw new ServiceUnavailable();
        }
        if (r.statusCode() >= 300) {
            throw new AssertionError(method + " " + path + " -> " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    /** A shutting-down instance answers 503: the load balancer tries the other one. */
    static final class ServiceUnavailable extends RuntimeException {
    }

    private static void flushRedis() throws Exception {
        Process p = new ProcessBuilder("redis-cli", "-n", REDIS_DB, "FLUSHDB").redirectErrorStream(true).start();
        assertTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "redis-cli FLUSHDB failed");
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]*)\"").matcher(json);
        return m.find() ? m.group(1) : null;
    }

    private static long number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no " + name + " in " + json);
        }
        return Long.parseLong(m.group(1));
    }
}
