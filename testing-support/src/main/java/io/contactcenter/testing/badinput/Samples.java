package io.contactcenter.testing.badinput;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Plausible values for a schema: the baseline each bad value replaces one part of, so the rest of the
 * request gets as far into the service as it can. A schema's own example wins; ids are this run's own.
 */
final class Samples {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 6;

    private final Schemas schemas;
    private final String id;
    private final Map<String, String> named;
    private final Map<String, JsonNode> namedJson;

    /**
     * {@code named}: texts for parameters and fields whose format the schema does not say (a month, a
     * period); {@code namedJson}: whole field values the schema cannot describe (a map keyed by an enum).
     */
    Samples(Schemas schemas, String id, Map<String, String> named, Map<String, JsonNode> namedJson) {
        this.schemas = schemas;
        this.id = id;
        this.named = named;
        this.namedJson = namedJson;
    }

    /** This run's id: the walker gives each request a fresh one of the same length in its body. */
    String id() {
        return id;
    }

    boolean isNamed(String name) {
        return named.containsKey(name);
    }

    /** A path or query value, as text. */
    String parameter(ApiOperation.Parameter parameter) {
        if (named.containsKey(parameter.name())) {
            return named.get(parameter.name());
        }
        JsonNode value = value(parameter.name(), parameter.schema(), 0);
        return value.isTextual() ? value.asText() : value.toString();
    }

    JsonNode body(ApiOperation operation) {
        return operation.bodyExample() != null ? operation.bodyExample().deepCopy()
                : value("body", operation.bodySchema(), 0);
    }

    JsonNode value(String name, JsonNode schemaRef, int depth) {
        JsonNode schema = schemas.resolve(schemaRef);
        if (namedJson.containsKey(name)) {
            return namedJson.get(name).deepCopy();
        }
        if (named.containsKey(name)) {
            return JSON.textNode(named.get(name));
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.path("examples").isArray() && !schema.path("examples").isEmpty()) {
            return schema.path("examples").get(0).deepCopy();
        }
        return switch (schemas.kind(schema)) {
            case ENUM -> schema.get("enum").get(0).deepCopy();
            case DATE_TIME -> JSON.textNode(Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            case DATE -> JSON.textNode(LocalDate.now().toString());
            case STRING -> JSON.textNode(name.toLowerCase().endsWith("email") ? id + "@example.com" : text(schema));
            case INTEGER -> JSON.numberNode(number(schema));
            case NUMBER -> JSON.numberNode((double) number(schema));
            case BOOLEAN -> JSON.booleanNode(true);
            case ARRAY -> array(name, schema, depth);
            case MAP -> depth >= MAX_DEPTH ? JSON.objectNode()
                    : JSON.objectNode().set("k1", value("k1", schema.get("additionalProperties"), depth + 1));
            case OBJECT, ANY -> object(schemaName(schemaRef), schema, depth);
        };
    }

    private ArrayNode array(String name, JsonNode schema, int depth) {
        ArrayNode array = JSON.arrayNode();
        if (depth < MAX_DEPTH) {
            int count = Math.max(1, schema.path("minItems").asInt(1));
            for (int i = 0; i < count; i++) {
                array.add(value(name, schema.path("items"), depth + 1));
            }
        }
        return array;
    }

    /** A property named {@code Schema.property} in the samples wins over one named {@code property}. */
    private ObjectNode object(String schemaName, JsonNode schema, int depth) {
        ObjectNode object = JSON.objectNode();
        if (depth >= MAX_DEPTH) {
            return object;
        }
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            String qualified = schemaName + "." + property.getKey();
            object.set(property.getKey(), named.containsKey(qualified) ? JSON.textNode(named.get(qualified))
                    : value(property.getKey(), property.getValue(), depth + 1));
        }
        return object;
    }

    private static String schemaName(JsonNode schemaRef) {
        String ref = schemaRef == null ? "" : schemaRef.path("$ref").asText("");
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    /** This run's id, cut to the schema's length: it fits id patterns (lower-case letters, digits, '-'). */
    private String text(JsonNode schema) {
        String text = id;
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        int min = schema.path("minLength").asInt(0);
        while (text.length() < min) {
            text += "x";
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static long number(JsonNode schema) {
        long value = schema.has("minimum") ? (long) Math.ceil(schema.get("minimum").asDouble()) : 1;
        if (schema.has("maximum")) {
            value = Math.min(value, (long) Math.floor(schema.get("maximum").asDouble()));
        }
        return value;
    }
}
