package io.contactcenter.routing.scale;

import static io.contactcenter.routing.scale.RoutingInstances.field;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Offer deadlines live in Redis, not in an instance's memory: the only instance, which made the offer, is
 * killed; two new ones start, and the offer is still withdrawn when it times out, once, though both tick.
 */
class OfferTimeoutRestartIT {

    static final int OFFER_TIMEOUT_SECONDS = 5;

    @Test
    void anOfferTimesOutAfterItsInstanceIsKilledAndOnlyOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        String prefix = "ot" + run + "-";
        try (RoutingInstances routing = new RoutingInstances("offer-restart", "it-offer-" + run).start(1);
                EventLog log = new EventLog(routing, prefix)) {
            routing.defineQueue("ring", "ring>=1", 0, OFFER_TIMEOUT_SECONDS);
            String agent = prefix + "a";
            String contact = prefix + "c";
            routing.registerAvailable(agent, "t", "ring");
            String offered = routing.callOn(0, "POST", "/contacts", "pbx",
                    "{\"contactId\":\"" + contact + "\",\"channel\":\"VOICE\",\"queueId\":\"ring\"}");
            assertEquals(agent, field(offered, "agentId"));

            routing.process(0).destroyForcibly().waitFor(10, TimeUnit.SECONDS); // the offering instance dies
            routing.start(2);

            Awaitility.await("offer withdrawn").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> "QUEUED".equals(field(routing.call("GET", "/contacts/" + contact, "supervisor", null, 1),
                            "state")));
            String missed = routing.call("GET", "/agents/" + agent, "supervisor", null, 1);
            assertEquals("NOT_READY", field(missed, "state"));
            assertEquals("MISSED_OFFER", field(missed, "reason"));
            log.readUntil(l -> l.count("contactcenter.call.no-answer") >= 1, Duration.ofSeconds(20), "the no-answer event");
            Thread.sleep(2_000); // both instances keep ticking
            log.readFor(Duration.ofSeconds(1));
            assertEquals(1, log.count("contactcenter.call.no-answer"), "one withdrawal per offer");
            assertEquals("OFFER_TIMEOUT", log.contact(contact).stream()
                    .filter(e -> e.type().equals("contactcenter.call.no-answer")).findFirst().orElseThrow()
                    .body().get("cause").asText());
        }
    }
}
