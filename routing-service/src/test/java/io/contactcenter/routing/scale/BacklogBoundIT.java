package io.contactcenter.routing.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;

/**
 * The event backlog bound: with no broker reachable, a small bound (20 events per stream) fills up and
 * decisions are refused with 503, Retry-After and a problem naming the event backlog; the refused
 * contact was not created (nothing half-written), and readiness stays up.
 */
class BacklogBoundIT {

    @Test
    void aFullBacklogRefusesDecisionsAndChangesNothing() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        int unusedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            unusedPort = s.getLocalPort();
        }
        try (RoutingInstances routing = new RoutingInstances("backlog", "it-backlog-" + run)
                .with("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + unusedPort)
                .with("ROUTING_EVENTS_BACKLOG_BOUND", "20").start(1)) {
            routing.defineQueue("bound", "bound>=1", 0);
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> refused = null;
            String refusedContact = null;
            int accepted = 0;
            for (int i = 0; i < 500 && refused == null; i++) {
                String contact = "bb" + run + "-" + i;
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url(routing) + "/contacts"))
                        .header("Authorization", "Bearer " + Tokens.forRole("pbx")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"contactId\":\"" + contact
                                + "\",\"channel\":\"VOICE\",\"queueId\":\"bound\"}")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 503) {
                    refused = r;
                    refusedContact = contact;
                } else {
                    assertEquals(200, r.statusCode(), r.body());
                    accepted++;
                }
            }
            assertNotNull(refused, "no 503 after 500 decisions with a bound of 20 events per stream");
            System.out.printf("backlog bound: %d decisions taken, then 503: %s%n", accepted, refused.body());
            assertTrue(accepted >= 20, "refused before any stream could be full: " + accepted);
            assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
            assertTrue(refused.headers().firstValue("Retry-After").isPresent(), "Retry-After");
            assertTrue(refused.body().contains("event-backlog"), refused.body());
            String view = null;
            try {
                view = routing.callOn(0, "GET", "/contacts/" + refusedContact, "supervisor", null);
            } catch (RoutingInstances.Refused notFound) {
                assertEquals(404, notFound.status, "the refused contact must not exist");
            }
            assertEquals(null, view, "the refused contact was created: " + view);
            assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(url(routing) + "/q/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode(), "readiness with a full backlog");
        }
    }

    private static String url(RoutingInstances routing) {
        return routing.url(0);
    }
}
