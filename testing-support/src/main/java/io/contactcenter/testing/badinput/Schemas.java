package io.contactcenter.testing.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Resolves local {@code $ref}s and reads the few schema facts the walker uses (OpenAPI 3.0 and 3.1 forms). */
final class Schemas {

    enum Kind {
        STRING, DATE_TIME, DATE, ENUM, INTEGER, NUMBER, BOOLEAN, ARRAY, MAP, OBJECT, ANY
    }

    private final JsonNode document;

    Schemas(JsonNode document) {
        this.document = document;
    }

    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema == null ? MissingNode.getInstance() : schema;
        for (int hops = 0; hops < 20; hops++) {
            if (current.has("$ref")) {
                current = document.at(current.get("$ref").asText().substring(1));
            } else if (current.has("allOf") && current.get("allOf").size() == 1) {
                current = current.get("allOf").get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    Kind kind(JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return Kind.ENUM;
        }
        return switch (type(s)) {
            case "string" -> switch (s.path("format").asText()) {
                case "date-time" -> Kind.DATE_TIME;
                case "date" -> Kind.DATE;
                default -> Kind.STRING;
            };
            case "integer" -> Kind.INTEGER;
            case "number" -> Kind.NUMBER;
            case "boolean" -> Kind.BOOLEAN;
            case "array" -> Kind.ARRAY;
            case "object" -> s.has("properties") || !s.path("additionalProperties").isObject() ? Kind.OBJECT : Kind.MAP;
            default -> s.has("properties") ? Kind.OBJECT : Kind.ANY;
        };
    }

    /** The type, or the first non-null one of a 3.1 type list. */
    static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText("");
    }
}
