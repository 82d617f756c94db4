package io.contactcenter.ticket.model;

/** Nature of a ticket, as in the event catalog's ticket.created. */
public enum TicketType {
    COMPLAINT, FAULT, REQUEST, SUGGESTION, INQUIRY_FOLLOW_UP
}
