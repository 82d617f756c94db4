package io.contactcenter.routing.contact;

import static io.contactcenter.routing.RoutingTestSupport.answer;
import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.setState;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** An agent token ends or transfers only the contacts assigned to its own agent; the PBX any. */
@QuarkusTest
class ContactRightsTest {

    @Inject
    RoutingTestCenter center;

    @BeforeEach
    void freshCenter() {
        center.reset();
        center.freezeAt(Instant.parse("2026-11-24T02:00:00Z"));
    }

    @Test
    void anAgentEndsOnlyItsOwnContact() {
        String contact = answeredBy("r-1");
        endAs("r-2", contact).statusCode(403).contentType("application/problem+json")
                .body("detail", containsString("contact " + contact));
        endAs("r-1", contact).statusCode(200).body("state", equalTo("ENDED"));
    }

    @Test
    void anAgentTransfersOnlyItsOwnContact() {
        String contact = answeredBy("r-1");
        transferAs("r-2", contact).statusCode(403).contentType("application/problem+json");
        transferAs("r-1", contact).statusCode(200).body("state", equalTo("QUEUED"));
    }

    @Test
    void anAgentCannotEndAQueuedContactNobodyHas() {
        offer(Map.of("contactId", "rq-1", "channel", "VOICE", "queueId", "t-idle")).statusCode(200)
                .body("outcome", equalTo("QUEUED"));
        endAs("r-1", "rq-1").statusCode(403).contentType("application/problem+json");
    }

    /** A contact routed to {@code agent} (the only one available) and answered. */
    private static String answeredBy(String agent) {
        registerAgent(agent, "team-1", Map.of("t-idle", 1));
        setState(agent, "AVAILABLE").statusCode(200);
        String contact = "rc-" + agent;
        offer(Map.of("contactId", contact, "channel", "VOICE", "queueId", "t-idle")).statusCode(200)
                .body("agentId", equalTo(agent));
        answer(contact, agent).statusCode(200);
        return contact;
    }

    private static ValidatableResponse endAs(String agent, String contact) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agent)).contentType(ContentType.JSON)
                .body(Map.of("disposition", "RESOLVED", "talkSeconds", 30, "holdSeconds", 0))
                .post("/contacts/{id}/end", contact).then();
    }

    private static ValidatableResponse transferAs(String agent, String contact) {
        return given().header("Authorization", "Bearer " + Tokens.forRole("agent", agent)).contentType(ContentType.JSON)
                .body(Map.of("queueId", "t-idle")).post("/contacts/{id}/transfer", contact).then();
    }
}
