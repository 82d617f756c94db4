package io.contactcenter.testing.badinput;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks a running service's own OpenAPI document and sends every operation bad path ids, query values and
 * bodies ({@link Corpus}), one bad part at a time on an otherwise plausible request, with a token of a role
 * the operation accepts; then checks the rules every service keeps: no 5xx, every 4xx an
 * {@code application/problem+json} body, control characters and over-long parameters refused with a 400
 * naming the field. Each secured operation is also called with no token, a malformed one and a role it
 * does not accept (401, 401, 403, with problem bodies).
 */
public final class BadInput {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code -Dbad-input.trace=true} prints every request and answer, to see where a walk gets to. */
    private static final boolean TRACE = Boolean.getBoolean("bad-input.trace");

    private final URI root;
    private final String service;
    private final Map<String, String> named = new HashMap<>();
    private final Map<String, JsonNode> namedJson = new HashMap<>();

    private BadInput(URI root, String service) {
        this.root = root;
        this.service = service;
    }

    /** {@code root}: the service's base URL, e.g. a {@code @TestHTTPResource("/")}. */
    public static BadInput against(URI root, String service) {
        return new BadInput(root, service);
    }

    /**
     * A valid value for a parameter or field the schema gives no format for (a month, a period), or an id
     * that exists; a query parameter named here is in every request of its operation. A body field may be
     * named by its schema too ({@code NewPraise.source}), when the same name means different things.
     */
    public BadInput sample(String name, String value) {
        named.put(name, value);
        return this;
    }

    /** A valid JSON value for a body field the schema cannot describe, e.g. a map keyed by an enum. */
    public BadInput sampleJson(String field, String json) {
        try {
            namedJson.put(field, JSON.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + json, e);
        }
        return this;
    }

    public BadInputReport walk() {
        RawHttp http = new RawHttp(root);
        JsonNode document = read(http);
        Schemas schemas = new Schemas(document);
        Samples samples = new Samples(schemas, "bi-" + UUID.randomUUID().toString().substring(0, 8), named, namedJson);
        List<ApiOperation> operations = ApiOperation.all(document);
        Map<String, Integer> sent = new LinkedHashMap<>();
        Map<Integer, Integer> statuses = new HashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (ApiOperation operation : operations) {
            Consumer<Probe> send = probe -> {
                sent.merge(probe.kind(), 1, Integer::sum);
                RawHttp.Answer answer = send(http, probe);
                statuses.merge(answer.status(), 1, Integer::sum);
                String complaint = Verdict.of(probe, answer);
                if (TRACE) {
                    System.out.println("[bad-input] " + operation.name() + " [" + probe.kind() + ": " + probe.label()
                            + "] -> " + answer.status() + " " + Verdict.excerpt(answer));
                }
                if (complaint != null) {
                    findings.add(new Finding(operation.name(), probe.kind(), probe.label(), answer.status(), complaint,
                            Verdict.excerpt(answer)));
                }
            };
            new OperationProbes(operation, samples, schemas).all(send);
        }
        BadInputReport report = new BadInputReport(service, operations.size(), sent, statuses, findings);
        System.out.println("[bad-input] " + report.summary());
        findings.forEach(f -> System.out.println("[bad-input] " + f));
        return report;
    }

    private JsonNode read(RawHttp http) {
        try {
            return JSON.readTree(http.send("GET", base() + "/q/openapi?format=json", Map.of(), null).body());
        } catch (IOException e) {
            throw new AssertionError("no OpenAPI JSON at /q/openapi?format=json", e);
        }
    }

    private String base() {
        return root.getPath().replaceAll("/$", "");
    }

    private RawHttp.Answer send(RawHttp http, Probe probe) {
        try {
            return http.send(probe.method(), base() + probe.target(), probe.headers(), probe.body());
        } catch (IOException e) {
            throw new UncheckedIOException(probe.method() + " " + probe.target() + " (" + probe.label() + ")", e);
        }
    }
}
