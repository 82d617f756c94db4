package io.contactcenter.testing.badinput;

import java.io.IOException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Whether an answer keeps the rules for its probe; a complaint when it does not. */
final class Verdict {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Verdict() {
    }

    /** Null when the answer is fine. */
    static String of(Probe probe, RawHttp.Answer answer) {
        int status = answer.status();
        if (status >= 500) {
            return "server error";
        }
        if (probe.status() != 0 && status != probe.status()) {
            return "expected " + probe.status();
        }
        if (status < 400 || probe.malformedUri() && status == 400 && answer.body().length == 0) {
            return null;
        }
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "no problem body (content type " + type + ")";
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(answer.body());
        } catch (IOException e) {
            return "problem body is not JSON";
        }
        if (problem == null || problem.path("status").asInt() != status) {
            return "problem status is not " + status;
        }
        if (probe.field() != null && !names(problem, probe.field())) {
            return "problem does not name '" + probe.field() + "'";
        }
        return null;
    }

    /** A violation for the field or one of its parts ({@code members} for {@code members[0]}). */
    private static boolean names(JsonNode problem, String field) {
        for (JsonNode violation : problem.path("violations")) {
            String named = violation.path("field").asText();
            if (named.equals(field) || named.startsWith(field + ".") || named.startsWith(field + "[")) {
                return true;
            }
        }
        return false;
    }

    static String excerpt(RawHttp.Answer answer) {
        String text = answer.text().replaceAll("\\s+", " ");
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
