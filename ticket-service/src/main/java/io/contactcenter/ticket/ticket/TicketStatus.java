package io.contactcenter.ticket.ticket;

/** Only NEW in this slice; the rest of the lifecycle (assigned ... closed, reopened) comes with dispatching. */
public enum TicketStatus {
    NEW
}
