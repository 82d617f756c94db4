package io.contactcenter.ticket.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.ticket.ticket.TicketType;

/** Due times, no Quarkus: the commitment runs round the clock from when the issue was raised. */
class SlaPolicyTest {

    static final Map<TicketType, Duration> TARGETS = Map.of(TicketType.COMPLAINT, Duration.ofHours(48),
            TicketType.FAULT, Duration.ofHours(24), TicketType.REQUEST, Duration.ofHours(72),
            TicketType.SUGGESTION, Duration.ofDays(7), TicketType.INQUIRY_FOLLOW_UP, Duration.ofHours(72));

    final SlaPolicy sla = new SlaPolicy(TARGETS);

    @Test
    void complaintRaisedFridayEveningIsDueSundayEvening() {
        Instant friday = Instant.parse("2026-11-27T18:30:00.250Z");
        assertEquals(Instant.parse("2026-11-29T18:30:00.250Z"), sla.dueAt(TicketType.COMPLAINT, friday));
    }

    @Test
    void eachTypeHasItsOwnTarget() {
        Instant raised = Instant.parse("2026-02-27T09:00:00Z");
        assertEquals(Instant.parse("2026-02-28T09:00:00Z"), sla.dueAt(TicketType.FAULT, raised));
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), sla.dueAt(TicketType.REQUEST, raised));
        assertEquals(Instant.parse("2026-03-06T09:00:00Z"), sla.dueAt(TicketType.SUGGESTION, raised));
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), sla.dueAt(TicketType.INQUIRY_FOLLOW_UP, raised));
    }

    @Test
    void everyTypeNeedsAPositiveTarget() {
        Map<TicketType, Duration> missing = new EnumMap<>(TARGETS);
        missing.remove(TicketType.SUGGESTION);
        assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(missing));

        Map<TicketType, Duration> zero = new EnumMap<>(TARGETS);
        zero.put(TicketType.FAULT, Duration.ZERO);
        assertThrows(IllegalArgumentException.class, () -> new SlaPolicy(zero));
    }
}
