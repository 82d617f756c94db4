package io.contactcenter.ticket.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.testing.CatalogSchemas;

/**
 * The catalog's entries for what ticket-service emits: closed schemas, every field required (nullable
 * ones too), and an example that is valid. What is really emitted is checked against the same schemas
 * by the tests that read it from the broker.
 */
class TicketEventCatalogTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = { "created", "assigned", "status-changed", "reclassified", "customer-contacted",
            "sla-warning", "escalated", "closed", "reopened" })
    void schemaIsClosedAndTheExampleIsValid(String event) throws IOException {
        String type = "contactcenter.ticket." + event;
        JsonNode schema = JSON.readTree(resource("event-catalog/schemas/" + type + ".json"));
        assertEquals(false, schema.get("additionalProperties").asBoolean(true), type + " is closed");
        List<String> properties = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(properties::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(r -> required.add(r.asText()));
        assertEquals(properties, required, type + ": every field is required (nullable ones are present as null)");
        CatalogSchemas.assertValid(type, resource("event-catalog/examples/" + type + ".json"));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = TicketEventCatalogTest.class.getClassLoader().getResourceAsStream(path)) {
            assertNotNull(in, path);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
