package io.contactcenter.ticket.sla;

import java.time.Instant;

/** The instants a ticket's commitments fall due, and when a warning goes out before each. */
public record SlaTimes(Instant firstResponseDueAt, Instant firstResponseWarnAt, Instant dueAt, Instant warnAt) {
}
