package io.contactcenter.platform.problem;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/** Turns every client error into {@code application/problem+json}; never a 500 for bad input. */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        String detail = "Invalid field(s): "
                + violations.stream().map(Problem.Violation::field).distinct().collect(Collectors.joining(", "));
        return Problem.of(400, "Bad Request", detail, violations).toResponse();
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e) {
        return Problem.of(400, "Bad Request", "Malformed JSON: " + e.getOriginalMessage(), List.of()).toResponse();
    }

    /** More specific than Quarkus' own mapper for this type, so ours wins and names the field. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e) {
        return unmappableJson(e);
    }

    @ServerExceptionMapper
    public Response unmappableJson(JsonMappingException e) {
        String field = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String name = field.isEmpty() ? "body" : field;
        return Problem.of(400, "Bad Request", "Invalid value for '" + name + "'",
                List.of(new Problem.Violation(name, e.getOriginalMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response invalidField(InvalidFieldProblem e) {
        return Problem.of(400, "Bad Request", e.getMessage(),
                List.of(new Problem.Violation(e.field(), e.getMessage()))).toResponse();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundProblem e) {
        return Problem.of(Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response conflict(ConflictProblem e) {
        return Problem.of(Response.Status.CONFLICT, e.getMessage()).toResponse();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenProblem e) {
        return Problem.of(Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }

    /** Quarkus' own 403 (the token holds none of the operation's roles), as a problem naming the roles. */
    @ServerExceptionMapper
    public Response roleDenied(ForbiddenException e, ResourceInfo resource) {
        return Problem.of(Response.Status.FORBIDDEN, RoleDenial.detail(resource)).toResponse();
    }

    /** A 503 the caller may retry: Retry-After, and the unavailable part named in the problem body. */
    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailableProblem e) {
        Problem problem = new Problem("about:blank", "Service Unavailable", 503,
                e.getMessage() + " (unavailable: " + e.unavailable() + ")", null,
                List.of(new Problem.Violation(e.unavailable(), e.getMessage())));
        return Response.fromResponse(problem.toResponse()).header("Retry-After", e.retryAfterSeconds()).build();
    }

    /** No bearer token on a secured operation. Quarkus' own answer has the challenge but no body. */
    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return challenge("A bearer token is required.");
    }

    /** A token that does not verify (signature, issuer, expiry); the reason stays in the log, not the answer. */
    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return challenge("The bearer token is invalid or expired.");
    }

    /** A valid token whose groups hold none of the operation's roles. */
    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return Problem.of(Response.Status.FORBIDDEN,
                "The token's groups claim holds none of the roles this operation accepts.").toResponse();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        // The JSON reader wraps parse failures in a plain 400; unwrap them to say what is wrong.
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unmappableJson(mapping);
        }
        Response original = e.getResponse();
        if (original.getStatus() >= 500) {
            return original;
        }
        Response.StatusType status = original.getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage(), List.of()).toResponse();
    }

    private static Response challenge(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header("WWW-Authenticate", "Bearer").build();
    }

    /**
     * The body path of the violation, as the JSON reader names fields: {@code create.request.queueId}
     * becomes {@code queueId}, an element's field {@code relaxation[0].expression}, a map value
     * {@code skills.billing}.
     */
    static String fieldName(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder name = new StringBuilder();
        // Skip the method and parameter nodes of a resource method: callers know fields, not Java parameters.
        for (Path.Node node : nodes) {
            switch (node.getKind()) {
                case METHOD, PARAMETER, RETURN_VALUE, CROSS_PARAMETER -> {
                    if (node.getKind() == ElementKind.PARAMETER && nodes.size() == 2) {
                        name.append(node.getName());
                    }
                }
                default -> {
                    // A node's index or key says which element of the container before it holds it.
                    if (node.isInIterable() && node.getIndex() != null) {
                        name.append('[').append(node.getIndex()).append(']');
                    } else if (node.isInIterable() && node.getKey() != null) {
                        name.append('.').append(node.getKey());
                    }
                    if (node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        name.append(name.isEmpty() ? "" : ".").append(node.getName());
                    }
                }
            }
        }
        return name.isEmpty() ? violation.getPropertyPath().toString() : name.toString();
    }
}
