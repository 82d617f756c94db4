package io.contactcenter.ticket.sla;

import java.time.Duration;

/** The commitment for one ticket type, at MEDIUM severity: open time to first response and to resolution. */
public record SlaTarget(Duration firstResponse, Duration resolution, CalendarKind calendar) {

    public SlaTarget {
        if (firstResponse == null || !positive(firstResponse) || resolution == null || !positive(resolution)) {
            throw new IllegalArgumentException("SLA targets must be positive, got first response " + firstResponse
                    + " and resolution " + resolution);
        }
        if (calendar == null) {
            throw new IllegalArgumentException("an SLA target needs a calendar");
        }
    }

    private static boolean positive(Duration d) {
        return !d.isNegative() && !d.isZero();
    }
}
