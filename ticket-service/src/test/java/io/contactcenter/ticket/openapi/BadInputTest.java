package io.contactcenter.ticket.openapi;

import static io.contactcenter.ticket.TicketTestSupport.postTicket;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.badinput.BadInput;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Every operation of the service's own OpenAPI document, sent bad ids, query values and bodies. */
@QuarkusTest
@TestProfile(BadInputTest.OwnSchema.class)
class BadInputTest {

    /** What the walk creates stays in a schema of its own, out of the counts other tests make. */
    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.additional-properties.search_path", "bad_input",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/ticket_test?currentSchema=bad_input",
                    "quarkus.flyway.schemas", "bad_input",
                    "quarkus.flyway.default-schema", "bad_input",
                    "mp.messaging.incoming.call-events.enabled", "false");
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void noOperationAnswersBadInputWithA5xxOrABodilessError() {
        // A real ticket, so the actions on /tickets/{id} get past the lookup to their bodies.
        String ticket = postTicket("supervisor", Map.of("type", "COMPLAINT", "channel", "EMAIL", "subject",
                "walked with bad input")).statusCode(201).extract().path("id");
        BadInput.against(root, "ticket-service").sample("id", ticket).walk().assertClean();
    }
}
