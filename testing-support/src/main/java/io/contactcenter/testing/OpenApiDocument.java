package io.contactcenter.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A service's {@code /q/openapi?format=json} document, and the checks every service's OpenAPI test makes
 * on the operations an integrator codes against. Lookups fail with the path they missed.
 */
public final class OpenApiDocument {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final Map<String, Object> document;

    private OpenApiDocument(Map<String, Object> document) {
        this.document = document;
    }

    public static OpenApiDocument parse(String json) {
        try {
            return new OpenApiDocument(new ObjectMapper().readValue(json, new TypeReference<Map<String, Object>>() {
            }));
        } catch (Exception e) {
            throw new AssertionError("not an OpenAPI JSON document: " + e.getMessage(), e);
        }
    }

    /** The bearer JWT scheme the operations' security requirements name. */
    public void assertBearerJwtScheme() {
        Map<String, Object> schemes = map(map(document, "components"), "securitySchemes");
        assertEquals(1, schemes.size(), "one security scheme: " + schemes.keySet());
        Map<String, Object> scheme = map(schemes, schemes.keySet().iterator().next());
        assertEquals("http", scheme.get("type"));
        assertEquals("bearer", scheme.get("scheme"));
        assertEquals("JWT", scheme.get("bearerFormat"));
        Map<String, Object> problem = map(map(map(document, "components"), "schemas"), "Problem");
        assertTrue(map(problem, "properties").keySet().containsAll(List.of("status", "detail", "violations")),
                "Problem schema: " + problem);
    }

    public Map<String, Object> operation(String method, String path) {
        return map(map(map(document, "paths"), path), method.toLowerCase());
    }

    /**
     * A summary; exactly {@code roles} in the security requirement and named in the description; 401 and 403;
     * each of {@code problemCodes} with an {@code application/problem+json} body of the Problem schema
     * (503 also with Retry-After); and the success response with a body schema.
     */
    public void assertDocumented(String method, String path, List<String> roles, String... problemCodes) {
        String where = method + " " + path;
        Map<String, Object> op = operation(method, path);
        assertTrue(op.get("summary") instanceof String s && !s.isBlank(), where + ": summary");
        assertNotNull(op.get("security"), where + ": security requirement");
        @SuppressWarnings("unchecked")
        List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) op.get("security");
        assertEquals(roles, security.get(0).values().iterator().next(), where + ": roles in the security requirement");
        String description = (String) op.get("description");
        assertNotNull(description, where + ": description");
        for (String role : roles) {
            assertTrue(description.contains("`" + role + "`"), where + ": role " + role + " in " + description);
        }
        Map<String, Object> responses = map(op, "responses");
        assertTrue(responses.containsKey("401"), where + ": 401");
        assertTrue(responses.containsKey("403"), where + ": 403");
        String success = responses.keySet().stream().filter(c -> c.startsWith("2")).findFirst()
                .orElseThrow(() -> new AssertionError(where + ": no 2xx response"));
        if (!success.equals("204")) {
            assertNotNull(map(map(map(responses, success), "content"), "application/json").get("schema"),
                    where + ": " + success + " body schema");
        }
        for (String code : problemCodes) {
            Map<String, Object> response = map(responses, code);
            assertFalse(((String) response.get("description")).isBlank(), where + ": " + code + " description");
            Map<String, Object> schema = map(map(map(response, "content"), PROBLEM_JSON), "schema");
            assertEquals("#/components/schemas/Problem", schema.get("$ref"), where + ": " + code + " schema");
            if (code.equals("503")) {
                map(map(response, "headers"), "Retry-After");
            }
        }
    }

    /** The named examples of the operation's JSON request body. */
    public Map<String, Object> requestExamples(String method, String path) {
        return map(map(map(map(operation(method, path), "requestBody"), "content"), "application/json"), "examples");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object child = parent.get(key);
        assertTrue(child instanceof Map, "no '" + key + "' in " + parent.keySet());
        return (Map<String, Object>) child;
    }
}
