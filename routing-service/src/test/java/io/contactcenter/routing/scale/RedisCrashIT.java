package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Redis killed (SIGKILL) for 10 s under traffic and restarted from its append-only file (fsync every
 * second, as the runbook advises). A redis-server of the test's own, on its own port. While it is down
 * the API answers 503 (never 500) and readiness goes down; the PBX clients retry by the published rules
 * (every call is idempotent), and once Redis is back each client re-sends its contacts' last reports,
 * so no contact or agent is left stuck. Decisions acknowledged just before the kill but missing from
 * the append-only file (its last second) are counted and reported.
 */
class RedisCrashIT {

    static final int AGENTS = 12;
    static final int CLIENTS = 6;
    static final Duration KILL_AFTER = Duration.ofSeconds(4);
    static final Duration DOWN = Duration.ofSeconds(10);
    static final Duration AFTER = Duration.ofSeconds(5);
    static final Duration RETRY_PATIENCE = Duration.ofSeconds(60);

    @Test
    void aRedisCrashAnswers503AndLeavesNothingStuck() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "rc" + run + "-";
        Path dir = Files.createDirectories(Path.of("target/redis-crash-" + run).toAbsolutePath());
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Process redis = startRedis(dir, port);
        try (RoutingInstances routing = new RoutingInstances("redis-crash", "it-rc-" + run)
                .with("QUARKUS_REDIS_HOSTS", "redis://127.0.0.1:" + port).start(2)) {
            routing.defineQueue("rc", "rc>=1", 0);
            List<String> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                agents.add(prefix + "a-" + i);
                routing.registerAvailable(agents.get(i), "t", "rc");
            }
            Map<String, String> acknowledged = new ConcurrentHashMap<>(); // contact -> last state the API confirmed
            AtomicInteger unavailable = new AtomicInteger();
            AtomicInteger serverErrors = new AtomicInteger();
            AtomicBoolean redisDown = new AtomicBoolean();
            AtomicInteger unavailableWhileUp = new AtomicInteger();
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> clients = new ArrayList<>();
            Retrying api = new Retrying(routing, unavailable, serverErrors, redisDown, unavailableWhileUp);
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        String contact = prefix + "c-" + client + "-" + n;
                        drive(api, contact, acknowledged, n);
                    }
                    return null;
                }));
            }
            Thread.sleep(KILL_AFTER.toMillis());
            redis.destroyForcibly(); // SIGKILL
            redis.waitFor(10, TimeUnit.SECONDS);
            redisDown.set(true);
            Thread.sleep(DOWN.toMillis() / 2);
            int readyWhileDown = status(routing, "/q/health/ready");
            int liveWhileDown = status(routing, "/q/health/live");
            Thread.sleep(DOWN.toMillis() / 2);
            redis = startRedis(dir, port);
            Awaitility.await("routing ready again").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                    .until(() -> status(routing, "/q/health/ready") == 200);
            redisDown.set(false);
            Thread.sleep(AFTER.toMillis());
            stop.set(true);
            for (Future<?> f : clients) {
                f.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            // What the append-only file kept of what the API had confirmed.
            int lost = 0;
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                String state = stateOf(routing, e.getKey());
                if (!e.getValue().equals(state)) {
                    lost++;
                }
            }
            // Each client re-sends its contacts' last reports (idempotent), as the retry rules say.
            for (Map.Entry<String, String> e : acknowledged.entrySet()) {
                drive(api, e.getKey(), acknowledged, 0);
            }
            int stuckContacts = 0;
            for (String contact : acknowledged.keySet()) {
                String state = stateOf(routing, contact);
                if (!"ENDED".equals(state) && !"ABANDONED".equals(state)) {
                    stuckContacts++;
                    System.out.printf("  stuck contact %s: %s%n", contact, state);
                }
            }
            int stuckAgents = 0;
            for (String agent : agents) {
                String view = routing.call("GET", "/agents/" + agent, "supervisor", null, 0);
                String state = field(view, "state");
                if (("RESERVED".equals(state) || "BUSY".equals(state)) && (field(view, "contactId") == null
                        || List.of("ENDED", "ABANDONED").contains(stateOf(routing, field(view, "contactId"))))) {
                    stuckAgents++;
                    System.out.printf("  stuck agent %s: %s%n", agent, view);
                }
            }
            System.out.printf("redis crash: %d contacts; %d answers 503 (%d of them while Redis was up: saturation "
                    + "or reconnecting), %d answers 5xx other than 503; while down readiness %d, liveness %d; %d "
                    + "acknowledged decisions missing after the restart (the append-only file's last second); "
                    + "stuck contacts %d, stuck agents %d after the clients re-sent their reports%n",
                    acknowledged.size(), unavailable.get(), unavailableWhileUp.get(), serverErrors.get(),
                    readyWhileDown, liveWhileDown, lost, stuckContacts, stuckAgents);
            assertEquals(0, serverErrors.get(), "answers 5xx other than 503");
            assertTrue(unavailable.get() > 0, "no 503 while Redis was down: did the kill happen?");
            assertEquals(503, readyWhileDown, "readiness while Redis is down");
            assertEquals(200, liveWhileDown, "liveness while Redis is down");
            assertEquals(0, stuckContacts, "contacts left stuck");
            assertEquals(0, stuckAgents, "agents left stuck");
        } finally {
            redis.destroyForcibly();
        }
    }

    /**
     * A PBX following the retry rules: offer; if routed, answer and end, then the agent asks for work; if
     * queued, the caller hangs up. Each call is retried on 503 or a dropped connection until it is
     * answered; a repeat after a lost answer is harmless (idempotent). Conflicts mean the state moved on.
     */
    private static void drive(Retrying api, String contact, Map<String, String> acknowledged, int spread) {
        String answer = api.call("POST", "/contacts", "pbx",
                "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"rc\"}", spread);
        if (answer == null) {
            return;
        }
        String state = field(answer, "state");
        String agent = field(answer, "agentId");
        if ("ENDED".equals(state) || "ABANDONED".equals(state)) {
            return;
        }
        if (agent == null || "QUEUED".equals(state)) {
            if (api.call("POST", "/contacts/" + contact + "/abandon", "pbx", "", spread) != null) {
                acknowledged.put(contact, "ABANDONED");
                return;
            }
            // routed meanwhile: serve it
            String view = api.call("GET", "/contacts/" + contact, "pbx", null, spread);
            agent = field(view, "agentId");
            if (agent == null) {
                return;
            }
        }
        acknowledged.put(contact, "ROUTED");
        if (api.call("POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"" + agent + "\"}", spread) != null) {
            acknowledged.put(contact, "ANSWERED");
        }
        if (api.call("POST", "/contacts/" + contact + "/end", "pbx",
                "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", spread) != null) {
            acknowledged.put(contact, "ENDED");
        }
        api.call("POST", "/agents/" + agent + "/state", "pbx", "{\"state\":\"AVAILABLE\"}", spread);
    }

    /** Retries 503s and dropped connections; counts them, and any other 5xx; a 4xx answers null. */
    record Retrying(RoutingInstances routing, AtomicInteger unavailable, AtomicInteger serverErrors,
            AtomicBoolean redisDown, AtomicInteger unavailableWhileUp) {
        String call(String method, String path, String role, String body, int spread) {
            long deadline = System.nanoTime() + RETRY_PATIENCE.toNanos();
            while (true) {
                try {
                    return routing.callOn(Math.floorMod(spread, routing.size()), method, path, role, body);
                } catch (RoutingInstances.Unavailable e) {
                    unavailable.incrementAndGet();
                    if (!redisDown.get()) {
                        unavailableWhileUp.incrementAndGet();
                    }
                } catch (RoutingInstances.Refused e) {
                    if (e.status >= 500) {
                        serverErrors.incrementAndGet();
                        System.out.println("  5xx: " + e.getMessage());
                    } else {
                        return null;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(method + " " + path + " still unavailable after " + RETRY_PATIENCE);
                }
                RoutingInstances.sleep(100);
                spread++;
            }
        }
    }

    private static String stateOf(RoutingInstances routing, String contact) {
        try {
            return field(routing.callPatiently("GET", "/contacts/" + contact, "supervisor", null, 0,
                    Duration.ofSeconds(30)), "state");
        } catch (RoutingInstances.Refused notFound) {
            return "UNKNOWN";
        }
    }

    private static int status(RoutingInstances routing, String path) {
        try {
            routing.callOn(0, "GET", path, "supervisor", null);
            return 200;
        } catch (RoutingInstances.Unavailable e) {
            return 503;
        } catch (RoutingInstances.Refused e) {
            return e.status;
        }
    }

    private static Process startRedis(Path dir, int port) throws IOException {
        Process p = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1",
                "--dir", dir.toString(), "--save", "", "--appendonly", "yes", "--appendfsync", "everysec")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("redis.log").toFile()))
                .start();
        Awaitility.await("redis-server on " + port).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    try (Socket s = new Socket("127.0.0.1", port)) {
                        return true;
                    } catch (IOException notYet) {
                        return false;
                    }
                });
        return p;
    }
}
