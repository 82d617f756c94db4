package io.contactcenter.platform.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.Test;

import io.contactcenter.platform.problem.Problem;

class ProblemResponsesFilterTest {

    @Test
    void problemSchemaHasExactlyTheRecordsFields() {
        OpenAPI api = filtered(OASFactory.createOperation());
        Schema problem = api.getComponents().getSchemas().get(ProblemResponsesFilter.PROBLEM_SCHEMA);
        assertEquals(names(Problem.class), problem.getProperties().keySet());
        Schema violation = api.getComponents().getSchemas().get(ProblemResponsesFilter.VIOLATION_SCHEMA);
        assertEquals(names(Problem.Violation.class), violation.getProperties().keySet());
    }

    @Test
    void securedOperationGetsItsRolesAndSecurityAnswersWithProblemBodies() {
        // As Quarkus leaves it: security requirement from @RolesAllowed, bare 400/401/403.
        Operation op = OASFactory.createOperation().description("Route a new contact.")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme",
                        List.of("pbx", "agent")))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))
                        .addAPIResponse("400", OASFactory.createAPIResponse().description("Bad Request"))
                        .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"))
                        .addAPIResponse("403", OASFactory.createAPIResponse().description("Not Allowed"))
                        .addAPIResponse("404", OASFactory.createAPIResponse().description("No contact with this id"))
                        .addAPIResponse("503", OASFactory.createAPIResponse().description("Redis unavailable")));
        filtered(op);

        assertTrue(op.getDescription().startsWith("Route a new contact."), op.getDescription());
        assertTrue(op.getDescription().endsWith("Roles: `pbx`, `agent`."), op.getDescription());
        assertNull(response(op, "200").getContent());
        assertNotNull(response(op, "401").getHeaders().get("WWW-Authenticate"));
        assertTrue(response(op, "403").getDescription().contains("pbx, agent"));
        for (String code : List.of("400", "401", "403", "404", "503")) {
            assertEquals("#/components/schemas/Problem", response(op, code).getContent()
                    .getMediaType("application/problem+json").getSchema().getRef(), code);
        }
        assertTrue(response(op, "400").getDescription().contains("violations"));
        assertNotNull(response(op, "503").getHeaders().get("Retry-After"));
    }

    @Test
    void aDeclared403KeepsItsReasonAndGetsAProblemBody() {
        Operation op = OASFactory.createOperation()
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme",
                        List.of("agent")))
                .responses(OASFactory.createAPIResponses().addAPIResponse("403",
                        OASFactory.createAPIResponse().description("the evaluation is about another agent")));
        filtered(op);

        APIResponse forbidden = response(op, "403");
        assertTrue(forbidden.getDescription().contains("agent"), forbidden.getDescription());
        assertTrue(forbidden.getDescription().contains("the evaluation is about another agent"));
        assertNotNull(forbidden.getContent().getMediaType("application/problem+json"));
    }

    @Test
    void unsecuredOperationGetsNoRolesNorSecurityAnswers() {
        Operation op = OASFactory.createOperation().description("Health.")
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        filtered(op);

        assertEquals("Health.", op.getDescription());
        assertNull(response(op, "401"));
        assertNull(response(op, "403"));
    }

    private static OpenAPI filtered(Operation op) {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/x", OASFactory.createPathItem().POST(op)));
        new ProblemResponsesFilter().filterOpenAPI(api);
        return api;
    }

    private static APIResponse response(Operation op, String code) {
        return op.getResponses().getAPIResponse(code);
    }

    private static Set<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).collect(Collectors.toSet());
    }
}
