package io.contactcenter.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import io.contactcenter.platform.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every service's error answers have in common, written once instead of on each operation:
 * the {@link Problem} schema, {@code application/problem+json} on every error response a resource
 * declares (resources only say when it happens), the roles of each secured operation in its
 * description, precise 401/403 texts, and {@code Retry-After} on 503s.
 *
 * <p>Runs at build time after Quarkus' own filter, which derives each operation's security
 * requirement (scopes = the {@code @RolesAllowed} roles) and adds bare 400/401/403 entries.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String VIOLATION_SCHEMA = "ProblemViolation";
    static final String ROLES_PREFIX = "Roles: ";
    static final String FORBIDDEN_PREFIX = "The token's `groups` claim holds none of the roles ";

    /** Quarkus' texts for the responses it adds by itself; a different text was written by a resource. */
    private static final Set<String> QUARKUS_DEFAULTS = Set.of("Bad Request", "Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        addProblemSchemas(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                describe(operation);
            }
        }
    }

    private static void describe(Operation operation) {
        List<String> roles = roles(operation);
        if (!roles.isEmpty()) {
            String sentence = ROLES_PREFIX + roles.stream().map(r -> "`" + r + "`").collect(Collectors.joining(", ")) + ".";
            String description = operation.getDescription();
            operation.setDescription(description == null || description.isBlank() ? sentence
                    : description.strip() + "\n\n" + sentence);
            securityResponses(operation, roles);
        }
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> entry : operation.getResponses().getAPIResponses().entrySet()) {
            String code = entry.getKey();
            APIResponse response = entry.getValue();
            if (response.getRef() != null || code.equals("401") || !code.matches("[45]\\d\\d")) {
                continue;
            }
            if (code.equals("403") && !roles.isEmpty()) {
                if (!response.getDescription().startsWith(FORBIDDEN_PREFIX)) {
                    // Declared by the resource: the service's own check (e.g. not the caller's evaluation).
                    response.setDescription(forbidden(roles) + " Also when " + response.getDescription() + ".");
                }
                withProblemBody(response);
                continue;
            }
            if (code.equals("400") && "Bad Request".equals(response.getDescription())) {
                response.setDescription("Invalid input: the problem's `violations` name each offending field.");
            }
            withProblemBody(response);
            if (code.equals("503") && (response.getHeaders() == null || !response.getHeaders().containsKey("Retry-After"))) {
                response.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before sending the same request again (to any instance).")
                        .schema(OASFactory.createSchema().addType(SchemaType.INTEGER)));
            }
        }
    }

    private static void withProblemBody(APIResponse response) {
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(problemContent());
        }
    }

    /**
     * Answered before the resource runs, each with a problem body (ProblemMappers): 401 with
     * {@code WWW-Authenticate: Bearer}; 403 when the token's groups hold none of the roles (naming them),
     * or the service's own check (e.g. an agent acting for another agent).
     */
    private static void securityResponses(Operation operation, List<String> roles) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponse unauthorized = operation.getResponses().getAPIResponse("401");
        if (unauthorized == null || QUARKUS_DEFAULTS.contains(unauthorized.getDescription())) {
            operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse()
                    .description("No bearer token, or one that is invalid or expired.")
                    .addHeader("WWW-Authenticate", OASFactory.createHeader().description("`Bearer`")
                            .schema(OASFactory.createSchema().addType(SchemaType.STRING)))
                    .content(problemContent()));
        }
        APIResponse forbidden = operation.getResponses().getAPIResponse("403");
        if (forbidden == null || QUARKUS_DEFAULTS.contains(forbidden.getDescription())) {
            operation.getResponses().addAPIResponse("403", OASFactory.createAPIResponse().description(forbidden(roles))
                    .content(problemContent()));
        }
    }

    private static String forbidden(List<String> roles) {
        return FORBIDDEN_PREFIX + String.join(", ", roles) + ".";
    }

    /** The roles of the bearer-token requirement(s) Quarkus derived from {@code @RolesAllowed}. */
    static List<String> roles(Operation operation) {
        Set<String> roles = new LinkedHashSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                if (requirement.getSchemes() != null) {
                    requirement.getSchemes().values().forEach(scopes -> {
                        if (scopes != null) {
                            roles.addAll(scopes);
                        }
                    });
                }
            }
        }
        return new ArrayList<>(roles);
    }

    private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
        return OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA)));
    }

    /** The {@link Problem} record as a schema; ProblemResponsesFilterTest keeps the two in step. */
    private static void addProblemSchemas(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        components.addSchema(VIOLATION_SCHEMA, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("One offending field (request body path, query or path parameter) and what is wrong with it.")
                .addProperty("field", string("e.g. `contactId`, `answers.greeting`, `day`"))
                .addProperty("message", string("what is wrong, in words")));
        components.addSchema(PROBLEM_SCHEMA, OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("RFC 9457 problem details, as `application/problem+json`. Empty fields are left out.")
                .addProperty("type", string("always `about:blank`: the status says the kind"))
                .addProperty("title", string("the status' reason phrase"))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32"))
                .addProperty("detail", string("what went wrong, for a person"))
                .addProperty("instance", string("unused so far"))
                .addProperty("violations", OASFactory.createSchema().addType(SchemaType.ARRAY)
                        .description("400: every offending field; 503: what is unavailable (`redis`, `event-backlog`)")
                        .items(OASFactory.createSchema().ref(VIOLATION_SCHEMA)))
                .addRequired("type").addRequired("title").addRequired("status"));
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(SchemaType.STRING).description(description);
    }
}
