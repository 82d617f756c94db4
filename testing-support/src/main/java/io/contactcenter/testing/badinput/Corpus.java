package io.contactcenter.testing.badinput;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

import io.contactcenter.testing.badinput.Schemas.Kind;

/**
 * The bad values: for path and query parameters (as sent on the wire), for one body field of a given
 * kind, and for whole bodies. {@code mustReject} marks what the edge refuses outright (control characters,
 * over-long path and query values): a 400 naming the field, never a pass.
 * <p>
 * Everything stays under Vert.x's limits ({@code quarkus.http.limits}: a 4096-byte request line, a 10 MB
 * body), which answer before any application code with a bare 414 or 413 that no service can give a body.
 */
final class Corpus {

    /** InputConfig's defaults in platform-support. */
    static final int PATH_LIMIT = 64;
    static final int QUERY_LIMIT = 256;

    record UrlValue(String label, String wire, boolean mustReject) {
        /** Quarkus checks each request target with {@link java.net.URI} first: a bad escape is a bare 400. */
        boolean malformedUri() {
            try {
                new java.net.URI("/x?" + wire);
                return false;
            } catch (java.net.URISyntaxException e) {
                return true;
            }
        }
    }

    record FieldValue(String label, JsonNode value, boolean mustReject) {
    }

    record Body(String label, String contentType, byte[] bytes) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Corpus() {
    }

    static List<UrlValue> pathValues() {
        List<UrlValue> values = new ArrayList<>(controlAndLength(PATH_LIMIT));
        values.addAll(encoded(" ", "abc", "-1", "0", "1.5", "99999999999999999999", "2147483648", "2026-13",
                "2026-Q5", "0000-00", "+999999999-12", "\uD83D\uDE00", "'; DROP TABLE t; --", "%", "a/b", "a?b",
                "a#b", "a;b", "\\", "x".repeat(PATH_LIMIT)));
        values.addAll(rawWire("..", ".", "%zz", "%", "%FF", "%E0%A4", "%C0%80", "a;x=1"));
        return values;
    }

    static List<UrlValue> queryValues() {
        List<UrlValue> values = new ArrayList<>(controlAndLength(QUERY_LIMIT));
        values.addAll(encoded("", " ", "abc", "-1", "0", "1.5", "99999999999999999999", "-99999999999999999999",
                "2147483648", "1e400", "NaN", "true", "maybe", "2026-02-30", "2026-13-01", "not-a-date",
                "+999999999-12-31", "-999999999-01-01", "0000-01-01", "9999-12-31", "2026-02-30T10:00:00Z",
                "+999999999-12-31T23:59:59Z", "2026-13", "2026-Q5", "2026-W99", "x".repeat(QUERY_LIMIT),
                "'; DROP TABLE t; --", "\uD83D\uDE00", "%", "a,b", "a&b=c"));
        values.addAll(rawWire("%zz", "%", "%FF", "%E0%A4", "%C0%80", "a+b"));
        return values;
    }

    /** NUL and friends, and one character too many: the edge's own refusals. */
    private static List<UrlValue> controlAndLength(int limit) {
        List<UrlValue> values = new ArrayList<>();
        for (String control : List.of("\u0000", "a\u0000b", "\u0001", "\n", "\r\n", "\t", "\u001b", "\u007f",
                "\u0085")) {
            values.add(new UrlValue("control " + escaped(control), encode(control), true));
        }
        values.add(new UrlValue((limit + 1) + " chars", "x".repeat(limit + 1), true));
        values.add(new UrlValue("1000 chars", "y".repeat(1000), true));
        return values;
    }

    /**
     * Control characters must be refused in text; a date or number field refuses them as unparsable, or
     * (Jackson trims date strings) reads a lone one as no value at all, which is no harm.
     */
    static List<FieldValue> fieldValues(Kind kind, JsonNode baseline) {
        boolean text = kind == Kind.STRING || kind == Kind.ENUM || kind == Kind.ANY;
        List<FieldValue> values = new ArrayList<>();
        values.add(new FieldValue("NUL", JSON.textNode("a\u0000b"), true));
        values.add(new FieldValue("bell", JSON.textNode("\u0007"), text));
        values.add(new FieldValue("escape", JSON.textNode("\u001b[2J"), text));
        values.add(new FieldValue("C1 control", JSON.textNode("\u0085"), text));
        values.add(new FieldValue("null", JSON.nullNode(), false));
        values.add(new FieldValue("huge string", JSON.textNode("h".repeat(20_000)), false));
        values.add(new FieldValue("true", JSON.booleanNode(true), false));
        values.add(new FieldValue("number", JSON.numberNode(12345), false));
        values.add(new FieldValue("object", JSON.objectNode(), false));
        values.add(new FieldValue("array", JSON.arrayNode(), false));
        values.add(new FieldValue("nesting 500", raw("[".repeat(500) + "]".repeat(500)), false));
        values.add(new FieldValue("nesting 2000", raw("[".repeat(2000) + "]".repeat(2000)), false));
        switch (kind) {
            case STRING, ENUM, ANY -> {
                values.addAll(texts("", "   ", "x".repeat(65), "x".repeat(257), "'; DROP TABLE t; --",
                        "\uD83D\uDE00", "tab\tline\nbreak", "\u2028\u202e", "%00", "NOT_A_VALUE"));
                values.add(new FieldValue("lone surrogate", raw("\"\\ud800\""), false));
                if (baseline != null && baseline.isTextual()) {
                    values.add(new FieldValue("lower case", JSON.textNode(baseline.asText().toLowerCase()), false));
                }
            }
            case INTEGER, NUMBER -> {
                values.addAll(texts("abc", "NaN", "1"));
                values.addAll(raws("1.5", "-1", "0", "2147483648", "-2147483649", "9223372036854775808",
                        "-9223372036854775809", "1e400", "-1e400", "1e-400", "1e308", "1e1000000000", "NaN", "0x10",
                        "1".repeat(2000)));
            }
            case BOOLEAN -> {
                values.addAll(texts("maybe", "yes", "true"));
                values.addAll(raws("2", "0"));
            }
            case DATE_TIME -> {
                values.addAll(texts("2026-02-30T10:00:00Z", "2026-13-01T00:00:00Z", "not-a-date",
                        "+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
                        "9999-12-31T23:59:59.999999999Z", "+10000-01-01T00:00:00Z", "2026-04-01",
                        "2026-04-01T10:00:00", "2026-04-01T10:00:00+25:00", "1970-01-01T00:00:00Z"));
                values.addAll(raws("1e20", "-1e20", "253402300800000", "-62135596801", "1.5", "1e400"));
            }
            case DATE -> {
                values.addAll(texts("2026-02-30", "2026-13-01", "+999999999-12-31", "-999999999-01-01",
                        "0000-01-01", "9999-12-31", "+10000-01-01", "20260401", "2026-04-01T00:00:00Z"));
                values.addAll(raws("20260401", "1e20"));
            }
            case ARRAY -> {
                values.addAll(texts("x"));
                values.add(new FieldValue("[null]", JSON.arrayNode().addNull(), false));
                values.add(new FieldValue("[[]]", JSON.arrayNode().add(JSON.arrayNode()), false));
                values.add(new FieldValue("[NUL]", JSON.arrayNode().add("a\u0000b"), true));
                values.add(new FieldValue("5000 items", repeated(baseline, 5000), false));
            }
            case MAP -> {
                values.addAll(texts("x"));
                values.add(new FieldValue("NUL key", JSON.objectNode().set("a\u0000b", first(baseline)), true));
                values.add(new FieldValue("empty key", JSON.objectNode().set("", first(baseline)), false));
                values.add(new FieldValue("5000 entries", entries(baseline, 5000), false));
            }
            case OBJECT -> values.addAll(texts("x"));
            default -> {
            }
        }
        return values;
    }

    static List<Body> bodies(byte[] baseline) {
        List<Body> bodies = new ArrayList<>();
        String json = "application/json";
        for (String text : List.of("", "not json", "{", "}", "{\"a\":", "null", "[]", "\"x\"", "123", "true",
                "{\"a\":1,}", "[1,2", "{'a':1}", "{\"a\":\"\u0000\"}", "{\"\u0000\":1}", "\uFEFF{}", "{}{}")) {
            bodies.add(new Body("body " + escaped(text), json, text.getBytes(StandardCharsets.UTF_8)));
        }
        bodies.add(new Body("invalid UTF-8", json, new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}' }));
        bodies.add(new Body("nesting 100000 arrays", json, ("[".repeat(100_000) + "]".repeat(100_000)).getBytes()));
        bodies.add(new Body("nesting 5000 objects", json, ("{\"a\":".repeat(5000) + "1" + "}".repeat(5000)).getBytes()));
        bodies.add(new Body("2 MB string", json, ("{\"a\":\"" + "z".repeat(2_000_000) + "\"}").getBytes()));
        bodies.add(new Body("100000 fields", json, manyFields(100_000)));
        bodies.add(new Body("baseline as text/plain", "text/plain", baseline));
        bodies.add(new Body("baseline as XML", "application/xml", baseline));
        bodies.add(new Body("baseline, unknown charset", "application/json; charset=x-unknown", baseline));
        bodies.add(new Body("baseline, UTF-16 charset", "application/json; charset=UTF-16", baseline));
        bodies.add(new Body("baseline, bad media type", "application/", baseline));
        bodies.add(new Body("baseline, no content type", null, baseline));
        return bodies;
    }

    private static byte[] manyFields(int count) {
        StringBuilder body = new StringBuilder("{");
        for (int i = 0; i < count; i++) {
            body.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":").append(i);
        }
        return body.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static JsonNode first(JsonNode map) {
        return map != null && map.elements().hasNext() ? map.elements().next() : JSON.textNode("v");
    }

    private static ArrayNode repeated(JsonNode array, int count) {
        JsonNode item = array != null && array.size() > 0 ? array.get(0) : JSON.textNode("v");
        ArrayNode items = JSON.arrayNode();
        for (int i = 0; i < count; i++) {
            items.add(item.deepCopy());
        }
        return items;
    }

    private static ObjectNode entries(JsonNode map, int count) {
        ObjectNode entries = JSON.objectNode();
        for (int i = 0; i < count; i++) {
            entries.set("k" + i, first(map).deepCopy());
        }
        return entries;
    }

    private static List<FieldValue> texts(String... texts) {
        return List.of(texts).stream().map(t -> new FieldValue("\"" + shortLabel(t) + "\"", JSON.textNode(t), false))
                .toList();
    }

    private static List<FieldValue> raws(String... tokens) {
        return List.of(tokens).stream().map(t -> new FieldValue(shortLabel(t), raw(t), false)).toList();
    }

    private static JsonNode raw(String json) {
        return JSON.rawValueNode(new RawValue(json));
    }

    private static List<UrlValue> encoded(String... values) {
        return List.of(values).stream().map(v -> new UrlValue("\"" + shortLabel(v) + "\"", encode(v), false)).toList();
    }

    private static List<UrlValue> rawWire(String... wire) {
        return List.of(wire).stream().map(w -> new UrlValue("raw " + w, w, false)).toList();
    }

    /** Percent-encodes everything but RFC 3986's unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return out.toString();
    }

    static String shortLabel(String value) {
        String shown = escaped(value);
        return shown.length() > 40 ? shown.substring(0, 20) + "…(" + value.length() + " chars)" : shown;
    }

    static String escaped(String value) {
        StringBuilder shown = new StringBuilder();
        value.chars().forEach(c -> shown.append(Character.isISOControl(c) ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return shown.toString();
    }
}
