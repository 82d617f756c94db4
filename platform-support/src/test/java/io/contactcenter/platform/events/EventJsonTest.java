package io.contactcenter.platform.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The catalog's time format, whatever the instant's precision. */
class EventJsonTest {

    record Body(String id, Instant occurredAt) {
    }

    final EventJson json = new EventJson(new ObjectMapper());

    @Test
    void timesAreUtcWithExactlyThreeFractionDigits() {
        assertEquals("{\"id\":\"a\",\"occurredAt\":\"2026-11-24T10:15:30.000Z\"}",
                json.write(new Body("a", Instant.parse("2026-11-24T10:15:30Z"))));
        assertEquals("{\"id\":\"b\",\"occurredAt\":\"2026-11-24T10:15:30.123Z\"}",
                json.write(new Body("b", Instant.parse("2026-11-24T10:15:30.123456789Z"))));
    }

    @Test
    void readingIgnoresFieldsOfNewerProducers() throws Exception {
        assertEquals(new Body("c", Instant.parse("2026-11-24T10:15:30.123Z")),
                json.read("{\"id\":\"c\",\"occurredAt\":\"2026-11-24T10:15:30.123Z\",\"addedLater\":1}", Body.class));
    }
}
