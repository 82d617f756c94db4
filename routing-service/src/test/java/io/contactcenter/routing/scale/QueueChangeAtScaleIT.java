package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static io.contactcenter.routing.scale.RoutingInstances.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A centre of 100,000 agents, imported as a roster; a queue change that concerns every one of them completes
 * while a PBX keeps routing calls to other agents, and every one of those calls is served.
 */
class QueueChangeAtScaleIT {

    static final int AGENTS = Integer.getInteger("it.scale.agents", 100_000);
    /** Rows per import request: well inside the 20 s a test request may take on a busy 2-core machine. */
    static final int FILE = 2_000;

    @Test
    void aChangeOverAHundredThousandAgentsCompletesWhileRoutingGoesOn() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        try (RoutingInstances routing = new RoutingInstances("queue-scale", "it-qscale-" + run).start(1)) {
            for (int from = 0; from < AGENTS; from += FILE) {
                StringBuilder rows = new StringBuilder("[");
                for (int i = from; i < Math.min(AGENTS, from + FILE); i++) {
                    rows.append(i == from ? "" : ",").append("{\"agentId\":\"m-").append(i)
                            .append("\",\"name\":\"n\",\"teamId\":\"t-").append(i / 10)
                            .append("\",\"hireDate\":\"2024-01-15\",\"skills\":{\"mass\":").append(1 + i % 5).append("}}");
                }
                String imported = routing.callOn(0, "POST", "/agents/import", "admin", rows.append("]").toString());
                assertEquals(Math.min(FILE, AGENTS - from), number(imported, "created"));
            }
            routing.defineQueue("live", "live>=1", 0);
            routing.registerAvailable("live-agent", "t", "live");

            AtomicBoolean stop = new AtomicBoolean();
            AtomicInteger served = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            Thread pbx = new Thread(() -> {
                for (int n = 0; !stop.get(); n++) {
                    String contact = "live-" + run + "-" + n;
                    try {
                        String answer = routing.callOn(0, "POST", "/contacts", "pbx",
                                "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"live\"}");
                        assertEquals("live-agent", field(answer, "agentId"), answer);
                        routing.callOn(0, "POST", "/contacts/" + contact + "/answer", "pbx", "{\"agentId\":\"live-agent\"}");
                        routing.callOn(0, "POST", "/contacts/" + contact + "/end", "pbx",
                                "{\"disposition\":\"RESOLVED\",\"talkSeconds\":5,\"holdSeconds\":0}");
                        routing.callOn(0, "POST", "/agents/live-agent/state", "pbx", "{\"state\":\"AVAILABLE\"}");
                        served.incrementAndGet();
                    } catch (RuntimeException | AssertionError e) {
                        failed.incrementAndGet();
                    }
                }
            });
            pbx.start();

            String accepted = routing.callOn(0, "PUT", "/queues/mass", "admin", "{\"expression\":\"mass>=1\",\"priority\":1,"
                    + "\"serviceLevelSeconds\":10,\"serviceLevelPercent\":90,\"wrapUpSeconds\":0,\"strategy\":\"MOST_SKILLED\"}");
            String changeId = field(accepted, "changeId");
            int servedAtStart = served.get();
            Awaitility.await("the change over every agent").atMost(Duration.ofMinutes(8)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> "DONE".equals(field(routing.callOn(0, "GET", "/queues/changes/" + changeId, "admin", null),
                            "status")));
            stop.set(true);
            pbx.join(30_000);

            String done = routing.callOn(0, "GET", "/queues/changes/" + changeId, "admin", null);
            assertEquals(AGENTS, number(done, "agentsDone"));
            assertTrue(served.get() > servedAtStart, "calls were served while the change ran");
            assertEquals(0, failed.get(), "every call during the change was routed, answered and ended");
            String someone = routing.callOn(0, "GET", "/agents/m-" + (AGENTS - 1), "admin", null);
            assertTrue(someone.contains("\"queues\":[\"mass\"]"), someone);
            System.out.printf("queue-scale: %d agents re-placed while %d calls were served%n", AGENTS,
                    served.get() - servedAtStart);
        }
    }
}
