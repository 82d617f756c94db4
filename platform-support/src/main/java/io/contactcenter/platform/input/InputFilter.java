package io.contactcenter.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.contactcenter.platform.problem.Problem;

/**
 * Refuses control characters and over-long values in path and query parameters before any resource
 * runs, with a 400 naming each one: a NUL reaching PostgreSQL was a 500, and every service's ids,
 * dates and numbers arrive this way. Pure string checks on the event loop; nothing blocks.
 */
public class InputFilter {

    private final InputConfig config;

    public InputFilter(InputConfig config) {
        this.config = config;
    }

    @ServerRequestFilter
    public Optional<Response> checkParameters(UriInfo uri) {
        List<Problem.Violation> violations = new ArrayList<>();
        check(uri.getPathParameters(), config.pathParamMaxLength(), violations);
        check(uri.getQueryParameters(), config.queryParamMaxLength(), violations);
        if (violations.isEmpty()) {
            return Optional.empty();
        }
        String detail = "Invalid parameter(s): "
                + violations.stream().map(Problem.Violation::field).distinct().collect(Collectors.joining(", "));
        return Optional.of(Problem.of(400, "Bad Request", detail, violations).toResponse());
    }

    private static void check(MultivaluedMap<String, String> parameters, int maxLength,
            List<Problem.Violation> violations) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            Optional<String> badName = InputRules.parameterProblem(name, maxLength);
            if (badName.isPresent()) {
                violations.add(new Problem.Violation(printable(name), "parameter name " + badName.get()));
                continue;
            }
            for (String value : parameter.getValue()) {
                InputRules.parameterProblem(value, maxLength)
                        .ifPresent(problem -> violations.add(new Problem.Violation(name, problem)));
            }
        }
    }

    /** A name with control characters, shown with them escaped, so the answer itself stays clean. */
    private static String printable(String name) {
        StringBuilder shown = new StringBuilder();
        name.codePoints().limit(64).forEach(c -> shown.append(Character.isISOControl(c)
                ? String.format("\\u%04x", c) : new String(Character.toChars(c))));
        return shown.toString();
    }
}
