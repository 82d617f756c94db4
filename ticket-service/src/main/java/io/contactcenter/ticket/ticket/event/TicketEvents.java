package io.contactcenter.ticket.ticket.event;

/**
 * What every ticket event shares: the topic and the CloudEvents source. Bodies carry exactly the
 * catalog's fields; nulls are written. Times are the platform's event JSON (EventJson: ISO-8601 UTC
 * with milliseconds).
 */
public final class TicketEvents {

    public static final String TOPIC = "ticket-events";
    public static final String SOURCE = "/ticket-service";

    private TicketEvents() {
    }
}
