package io.contactcenter.ticket.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The escalation ladder: supervisor at the due time, then one manager per interval. No Quarkus. */
class EscalationPolicyTest {

    static final Instant DUE = Instant.parse("2026-11-26T10:00:00Z");
    final EscalationPolicy ladder = new EscalationPolicy(Duration.ofHours(24), List.of("care-manager", "center-manager"),
            "duty-supervisor");

    @Test
    void levelsByTimeOverdue() {
        assertEquals(3, ladder.maxLevel());
        assertEquals(0, ladder.levelAt(DUE, DUE.minusMillis(1)));
        assertEquals(1, ladder.levelAt(DUE, DUE));
        assertEquals(1, ladder.levelAt(DUE, DUE.plus(Duration.ofHours(23))));
        assertEquals(2, ladder.levelAt(DUE, DUE.plus(Duration.ofHours(24))));
        assertEquals(3, ladder.levelAt(DUE, DUE.plus(Duration.ofHours(48))));
        assertEquals(3, ladder.levelAt(DUE, DUE.plus(Duration.ofDays(30))), "capped at the top");
        assertEquals(DUE.plus(Duration.ofHours(48)), ladder.threshold(DUE, 3));
    }

    @Test
    void recipients() {
        assertEquals(new EscalationPolicy.Recipient("sup-7", EscalationPolicy.Role.SUPERVISOR), ladder.recipient(1, "sup-7"));
        assertEquals("duty-supervisor", ladder.recipient(1, null).id());
        assertEquals(new EscalationPolicy.Recipient("care-manager", EscalationPolicy.Role.MANAGER),
                ladder.recipient(2, "sup-7"));
        assertEquals("center-manager", ladder.recipient(3, "sup-7").id());
    }

    @Test
    void badSettingsFailEarly() {
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(Duration.ZERO, List.of(), "d"));
        assertThrows(IllegalArgumentException.class, () -> new EscalationPolicy(Duration.ofHours(1), List.of(), " "));
    }
}
