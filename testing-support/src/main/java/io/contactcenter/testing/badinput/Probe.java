package io.contactcenter.testing.badinput;

import java.util.Map;

/**
 * One request the walker sends and what its answer must be. Every answer must be below 500 and every
 * 4xx a problem body; {@code status} (0 = any) and {@code field} (the name the problem must give) add to
 * that. {@code malformedUri}: a target {@link java.net.URI} refuses, which Quarkus answers with a bare 400
 * before the router, so before any code of the service could give it a body.
 */
record Probe(String kind, String label, String method, String target, Map<String, String> headers, byte[] body,
        int status, String field, boolean malformedUri) {

    static final String PATH = "path", QUERY = "query", BODY = "body", FIELD = "field", SECURITY = "security";

    Probe malformed(boolean malformed) {
        return new Probe(kind, label, method, target, headers, body, status, field, malformed);
    }
}
