package io.contactcenter.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** Validates event bodies against the event catalog's JSON Schemas (event-catalog/schemas/TYPE.json). */
public final class CatalogSchemas {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private CatalogSchemas() {
    }

    /** Fails the test unless {@code body} is valid for {@code ceType} as the catalog defines it. */
    public static void assertValid(String ceType, String body) {
        Set<ValidationMessage> errors = validate(ceType, body);
        assertTrue(errors.isEmpty(), () -> ceType + " body breaks the catalog schema: "
                + errors.stream().map(ValidationMessage::getMessage).collect(Collectors.joining("; "))
                + "\nbody: " + body);
    }

    public static Set<ValidationMessage> validate(String ceType, String body) {
        JsonNode node;
        try {
            node = MAPPER.readTree(body);
        } catch (IOException e) {
            fail("event body is not JSON: " + body, e);
            return Set.of();
        }
        return SCHEMAS.computeIfAbsent(ceType, CatalogSchemas::load).validate(node);
    }

    private static JsonSchema load(String ceType) {
        String path = "event-catalog/schemas/" + ceType + ".json";
        try (InputStream in = CatalogSchemas.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("the event catalog has no schema for type " + ceType + " (" + path + ")");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return FACTORY.getSchema(MAPPER.readTree(in), config);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + path, e);
        }
    }
}
