package io.contactcenter.testing.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.badinput.Schemas.Kind;

/** The requests for one operation: its baseline, then one bad part at a time. */
final class OperationProbes {

    /** Roles tried first: they act for anyone, so per-user checks do not stop a request early. */
    private static final List<String> ROLE_PREFERENCE = List.of("supervisor", "admin", "pbx", "agent");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiOperation operation;
    private final Samples samples;
    private final Schemas schemas;
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final String token;
    private final JsonNode baseline;

    OperationProbes(ApiOperation operation, Samples samples, Schemas schemas) {
        this.operation = operation;
        this.samples = samples;
        this.schemas = schemas;
        operation.in("path").forEach(p -> pathValues.put(p.name(), Corpus.encode(samples.parameter(p))));
        String role = ROLE_PREFERENCE.stream().filter(operation.roles()::contains).findFirst()
                .orElse(operation.roles().isEmpty() ? null : operation.roles().get(0));
        this.token = role == null ? null : "Bearer " + Tokens.forRole(role);
        this.baseline = operation.hasBody() ? samples.body(operation) : null;
    }

    void all(Consumer<Probe> send) {
        security(send);
        for (ApiOperation.Parameter parameter : operation.in("path")) {
            for (Corpus.UrlValue value : Corpus.pathValues()) {
                Map<String, String> values = new LinkedHashMap<>(pathValues);
                values.put(parameter.name(), value.wire());
                send.accept(probe(Probe.PATH, parameter.name() + "=" + value.label(), target(values, ""),
                        authorized(), body(baseline), value.mustReject() ? 400 : 0,
                        value.mustReject() ? parameter.name() : null).malformed(value.malformedUri()));
            }
        }
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            for (Corpus.UrlValue value : Corpus.queryValues()) {
                send.accept(probe(Probe.QUERY, parameter.name() + "=" + value.label(),
                        target(pathValues, parameter.name() + "=" + value.wire()), authorized(), body(baseline),
                        value.mustReject() ? 400 : 0, value.mustReject() ? parameter.name() : null)
                        .malformed(value.malformedUri()));
            }
        }
        send.accept(probe(Probe.QUERY, "undeclared name with NUL", target(pathValues, "a%00b=1"), authorized(),
                body(baseline), 400, null));
        if (baseline != null) {
            bodies(send);
            fields(baseline, operation.bodySchema(), new ArrayList<>(), 0, send);
        } else if (!operation.method().equals("GET")) {
            send.accept(probe(Probe.BODY, "unexpected body", target(pathValues, ""), authorized(),
                    "{\"a\u0000\":\"\\u0000\"}".getBytes(StandardCharsets.UTF_8), 0, null));
        }
    }

    private void security(Consumer<Probe> send) {
        if (token == null) {
            return;
        }
        Map<String, String> json = baseline == null ? Map.of() : Map.of("Content-Type", "application/json");
        String target = target(pathValues, "");
        send.accept(probe(Probe.SECURITY, "no token", target, json, body(baseline), 401, null));
        Map<String, String> malformed = new LinkedHashMap<>(json);
        malformed.put("Authorization", "Bearer not-a-jwt");
        send.accept(probe(Probe.SECURITY, "malformed token", target, malformed, body(baseline), 401, null));
        ROLE_PREFERENCE.stream().filter(r -> !operation.roles().contains(r)).findFirst().ifPresent(role -> {
            Map<String, String> other = new LinkedHashMap<>(json);
            other.put("Authorization", "Bearer " + Tokens.forRole(role));
            send.accept(probe(Probe.SECURITY, "role " + role, target, other, body(baseline), 403, null));
        });
    }

    private void bodies(Consumer<Probe> send) {
        for (Corpus.Body body : Corpus.bodies(body(baseline))) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put("Authorization", token);
            if (body.contentType() != null) {
                headers.put("Content-Type", body.contentType());
            }
            send.accept(probe(Probe.BODY, body.label(), target(pathValues, ""), headers, body.bytes(), 0, null));
        }
    }

    /** One bad value at a time in each field the schema names, at every depth the baseline reaches. */
    private void fields(JsonNode node, JsonNode schemaRef, List<Object> path, int depth, Consumer<Probe> send) {
        JsonNode schema = schemas.resolve(schemaRef);
        if (depth > 4 || node == null) {
            return;
        }
        switch (schemas.kind(schema)) {
            case OBJECT -> {
                for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext();) {
                    Map.Entry<String, JsonNode> property = it.next();
                    List<Object> child = append(path, property.getKey());
                    mutate(child, property.getValue(), node.get(property.getKey()), send);
                    fields(node.get(property.getKey()), property.getValue(), child, depth + 1, send);
                }
            }
            case ARRAY -> {
                if (node.isArray() && !node.isEmpty()) {
                    mutate(append(path, 0), schema.path("items"), node.get(0), send);
                    fields(node.get(0), schema.path("items"), append(path, 0), depth + 1, send);
                }
            }
            case MAP -> {
                if (node.isObject() && node.fieldNames().hasNext()) {
                    String key = node.fieldNames().next();
                    mutate(append(path, key), schema.get("additionalProperties"), node.get(key), send);
                    fields(node.get(key), schema.get("additionalProperties"), append(path, key), depth + 1, send);
                }
            }
            default -> {
            }
        }
    }

    private void mutate(List<Object> path, JsonNode schema, JsonNode current, Consumer<Probe> send) {
        Kind kind = schemas.kind(schema);
        String name = fieldName(path);
        for (Corpus.FieldValue value : Corpus.fieldValues(kind, current)) {
            JsonNode body = replaced(path, value.value());
            send.accept(probe(Probe.FIELD, name + "=" + value.label(), target(pathValues, ""), authorized(),
                    body(body), value.mustReject() ? 400 : 0, value.mustReject() ? name : null));
        }
    }

    private JsonNode replaced(List<Object> path, JsonNode value) {
        JsonNode copy = baseline.deepCopy();
        JsonNode parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = path.get(i) instanceof Integer index ? parent.get(index) : parent.get((String) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
        return copy;
    }

    /**
     * The body with a fresh id wherever the baseline has this run's: a body that creates something
     * (a ticket for a contact, a survey) is then new each time, not a 409 before its values are stored.
     */
    private byte[] body(JsonNode body) {
        if (body == null) {
            return null;
        }
        String fresh = "b" + UUID.randomUUID().toString().replace("-", "").substring(0, samples.id().length() - 1);
        return new String(json(body), StandardCharsets.UTF_8).replace(samples.id(), fresh)
                .getBytes(StandardCharsets.UTF_8);
    }

    private Map<String, String> authorized() {
        Map<String, String> headers = new LinkedHashMap<>();
        if (token != null) {
            headers.put("Authorization", token);
        }
        if (baseline != null) {
            headers.put("Content-Type", "application/json");
        }
        return headers;
    }

    private String target(Map<String, String> values, String query) {
        String target = operation.path();
        for (Map.Entry<String, String> value : values.entrySet()) {
            target = target.replace("{" + value.getKey() + "}", value.getValue());
        }
        List<String> parts = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            boolean baseline = parameter.required() || samples.isNamed(parameter.name());
            if (baseline && !query.startsWith(parameter.name() + "=")) {
                parts.add(parameter.name() + "=" + Corpus.encode(samples.parameter(parameter)));
            }
        }
        if (!query.isEmpty()) {
            parts.add(query);
        }
        return parts.isEmpty() ? target : target + "?" + String.join("&", parts);
    }

    private Probe probe(String kind, String label, String target, Map<String, String> headers, byte[] body,
            int status, String field) {
        return new Probe(kind, label, operation.method(), target, headers, body, status, field, false);
    }

    private static byte[] json(JsonNode body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Object> append(List<Object> path, Object segment) {
        List<Object> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /** As the services' problems name a body field: {@code relaxation[0].expression}. */
    static String fieldName(List<Object> path) {
        StringBuilder name = new StringBuilder();
        for (Object segment : path) {
            if (segment instanceof Integer index) {
                name.append('[').append(index).append(']');
            } else {
                name.append(name.isEmpty() ? "" : ".").append(segment);
            }
        }
        return name.toString();
    }
}
