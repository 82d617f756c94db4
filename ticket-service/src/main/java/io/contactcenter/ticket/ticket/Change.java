package io.contactcenter.ticket.ticket;

/**
 * One change to a ticket as the domain reports it: a history line (what, from, to, in words) and,
 * unless {@code eventType} is null, the event that tells the rest of the platform.
 */
public record Change(String action, String from, String to, String text, String eventType, Object event) {

    /** A history line and its event, as {@link TicketChanges} pairs them. */
    Change(HistoryLine line, String eventType, Object event) {
        this(line.action(), line.from(), line.to(), line.text(), eventType, event);
    }
}
