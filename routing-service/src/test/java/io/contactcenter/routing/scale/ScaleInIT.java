package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static io.contactcenter.routing.scale.RoutingInstances.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

import org.junit.jupiter.api.Test;

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

    @Test
    void stoppingOneInstanceLosesNoContact() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (RoutingInstances routing = new RoutingInstances("scale-in", "it-scale-" + run).start(2)) {
            routing.defineQueue("scale", "scale>=1", 0);
            for (int i = 0; i < AGENTS; i++) {
                routing.registerAvailable("s-" + i, "t", "scale");
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
                        String answer = routing.call("POST", "/contacts", "pbx",
                                "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"scale\"}", n);
                        String agent = field(answer, "agentId");
                        if (agent == null) { // queued: the caller gives up
                            routing.call("POST", "/contacts/" + contact + "/abandon", "pbx", "", n);
                            outcome.put(contact, "ABANDONED");
                            continue;
                        }
                        routing.call("POST", "/contacts/" + contact + "/answer", "pbx",
                                "{\"agentId\":\"" + agent + "\"}", n + 1);
                        routing.call("POST", "/contacts/" + contact + "/end", "pbx",
                                "{\"disposition\":\"RESOLVED\",\"talkSeconds\":30,\"holdSeconds\":0}", n + 2);
                        outcome.put(contact, "ENDED");
                        try {
                            routing.call("POST", "/agents/" + agent + "/state", "pbx", "{\"state\":\"AVAILABLE\"}",
                                    n + 3);
                        } catch (RoutingInstances.Refused tookAnotherContact) {
                            // the wrap-up tick (0 s) already freed the agent and it took another contact
                        }
                    }
                    return null;
                }));
            }
            Thread.sleep(STOP_AFTER.toMillis());
            Process stopped = routing.process(1);
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
                String view = routing.callOn(0, "GET", "/contacts/" + e.getKey(), "supervisor", null);
                assertEquals(e.getValue(), field(view, "state"), e.getKey());
            }
            String stats = routing.callOn(0, "GET", "/queues/scale/stats", "supervisor", null);
            assertEquals(outcome.size(), number(stats, "offered"), stats);
            assertEquals(ended, number(stats, "answered"), stats);
            assertEquals(abandoned, number(stats, "abandoned"), stats);
            assertEquals(0, number(stats, "waiting"), stats);
            assertTrue(ended > 20, "load too light to mean anything: " + ended + " calls");
            System.out.printf("scale-in: %d contacts (%d ended, %d abandoned), %d requests retried on the surviving "
                    + "instance%n", outcome.size(), ended, abandoned, routing.retries.get());
        }
    }
}
