package io.contactcenter.testing.badinput;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** One operation of a service's OpenAPI document: what the walker fills in and what it may send. */
record ApiOperation(String method, String path, List<String> roles, List<Parameter> parameters,
        JsonNode bodySchema, JsonNode bodyExample) {

    record Parameter(String name, String in, JsonNode schema, boolean required) {
    }

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    String name() {
        return method + " " + path;
    }

    List<Parameter> in(String where) {
        return parameters.stream().filter(p -> p.in().equals(where)).toList();
    }

    boolean hasBody() {
        return bodySchema != null;
    }

    static List<ApiOperation> all(JsonNode document) {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(of(method.toUpperCase(), path.getKey(), path.getValue(), operation));
                }
            }
        }
        return operations;
    }

    private static ApiOperation of(String method, String path, JsonNode item, JsonNode operation) {
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode list : List.of(item.path("parameters"), operation.path("parameters"))) {
            for (JsonNode p : list) {
                parameters.add(new Parameter(p.path("name").asText(), p.path("in").asText(), p.path("schema"),
                        p.path("required").asBoolean(false)));
            }
        }
        Set<String> roles = new LinkedHashSet<>();
        for (JsonNode requirement : operation.path("security")) {
            requirement.elements().forEachRemaining(scopes -> scopes.forEach(role -> roles.add(role.asText())));
        }
        JsonNode json = operation.path("requestBody").path("content").path("application/json");
        JsonNode schema = json.isMissingNode() ? null : json.path("schema");
        JsonNode example = json.has("example") ? json.get("example")
                : json.path("examples").elements().hasNext() ? json.path("examples").elements().next().get("value")
                        : null;
        return new ApiOperation(method, path, List.copyOf(roles), List.copyOf(parameters), schema, example);
    }
}
