package io.contactcenter.ticket.ticket.event;

/**
 * What every ticket event shares: the topic, the CloudEvents source, and the catalog's time format
 * (ISO-8601 UTC with milliseconds). Bodies carry exactly the catalog's fields; nulls are written.
 */
public final class TicketEvents {

    public static final String TOPIC = "ticket-events";
    public static final String SOURCE = "/ticket-service";
    public static final String UTC_MILLIS = "yyyy-MM-dd'T'HH:mm:ss.SSSX";

    private TicketEvents() {
    }
}
