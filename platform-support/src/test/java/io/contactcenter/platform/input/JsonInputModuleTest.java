package io.contactcenter.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class JsonInputModuleTest {

    record Note(String text, List<String> tags, Map<String, String> answers, Map<String, Object> extra,
            Instant at, LocalDate day) {
    }

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .registerModule(new JsonInputModule());

    @Test
    void aControlCharacterAnywhereInTextIsRefusedNamingWhereItIs() {
        assertEquals("text", refused("{\"text\":\"a\\u0000b\"}"));
        assertEquals("tags[1]", refused("{\"tags\":[\"ok\",\"\\u0007\"]}"));
        assertEquals("answers.tone", refused("{\"answers\":{\"tone\":\"\\u001b[2J\"}}"));
        assertEquals("answers", refused("{\"answers\":{\"a\\u0000\":\"x\"}}"));
        // free-form values are named down to their field (Jackson adds no index inside them)
        assertEquals("extra.deep", refused("{\"extra\":{\"deep\":[\"\\u0085\"]}}"));
    }

    @Test
    void datesAndTimesOutsideTheYears1To9999AreRefused() throws Exception {
        for (String bad : List.of("{\"day\":\"-999999999-01-01\"}", "{\"day\":\"+10000-01-01\"}",
                "{\"day\":\"0000-12-31\"}", "{\"at\":\"+999999999-12-31T23:59:59Z\"}", "{\"at\":253402300800}",
                "{\"at\":\"+10000-01-01T00:00:00Z\"}")) {
            InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(bad, Note.class),
                    bad);
            assertEquals(InputRules.TIME_PROBLEM, e.getOriginalMessage(), bad);
        }
        Note fine = mapper.readValue("{\"day\":\"0001-01-01\",\"at\":\"9999-12-31T23:59:59Z\"}", Note.class);
        assertEquals(LocalDate.of(1, 1, 1), fine.day());
        assertEquals(Instant.parse("9999-12-31T23:59:59Z"), fine.at());
    }

    @Test
    void tabsAndLineBreaksAndOtherUnicodeAreText() throws Exception {
        Note note = mapper.readValue("{\"text\":\"line\\nbreak\\r\\n\\ttab \\u2028 \\ud83d\\ude00\"}", Note.class);
        assertEquals("line\nbreak\r\n\ttab \u2028 \uD83D\uDE00", note.text());
    }

    @Test
    void parameterValuesMayHoldNoControlCharacterAtAllAndHaveALimit() {
        assertTrue(InputRules.parameterProblem("a\tb", 64).isPresent());
        assertTrue(InputRules.parameterProblem("x".repeat(65), 64).orElseThrow().contains("64"));
        assertTrue(InputRules.parameterProblem("x".repeat(64), 64).isEmpty());
    }

    private String refused(String json) {
        InvalidFormatException e = assertThrows(InvalidFormatException.class, () -> mapper.readValue(json, Note.class));
        assertEquals(InputRules.TEXT_PROBLEM, e.getOriginalMessage());
        return e.getPath().stream().map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce("", String::concat).substring(1);
    }
}
