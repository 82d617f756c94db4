package io.contactcenter.routing.openapi;

import static io.contactcenter.routing.RoutingTestSupport.offer;
import static io.contactcenter.routing.RoutingTestSupport.registerAgent;
import static io.contactcenter.routing.RoutingTestSupport.uniqueId;
import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.routing.RoutingTestCenter;
import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.badinput.BadInput;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** Every operation of the service's own OpenAPI document, sent bad ids, query values and bodies. */
@QuarkusTest
@TestProfile(BadInputTest.OwnRedis.class)
class BadInputTest {

    /**
     * The agents, queues and contacts the walk creates live in a Redis database of their own: the other
     * tests flush theirs (another checkout's tests may be running on it), which would pull the walk's
     * center from under it.
     */
    public static class OwnRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("%test.quarkus.redis.hosts", "redis://127.0.0.1:6379/6", "routing.partition", "bad-input");
        }
    }

    @TestHTTPResource("/")
    URI root;
    @Inject
    RoutingTestCenter center;

    @Test
    void noOperationAnswersBadInputWithA5xxOrABodilessError() {
        center.reset();
        // An agent with a contact offered, so the contact and agent operations get past their lookups.
        String agent = uniqueId("bi-agent");
        String contact = uniqueId("bi-contact");
        registerAgent(agent, "bi-team", Map.of("t-idle", 1));
        given().header("Authorization", Tokens.bearer("pbx")).contentType(ContentType.JSON)
                .body(Map.of("state", "AVAILABLE")).post("/agents/{id}/state", agent).then().statusCode(200);
        offer(Map.of("contactId", contact, "channel", "VOICE", "queueId", "t-idle")).statusCode(200);

        BadInput.against(root, "routing-service")
                .sample("agentId", agent).sample("contactId", contact).sample("queueId", "t-idle")
                .sample("day", "2026-04-01").sample("expression", "t-idle>=1").sample("overflowQueue", "t-rr")
                .sampleJson("capacity", "{\"VOICE\":1,\"CHAT\":2}")
                .walk().assertClean();
    }
}
