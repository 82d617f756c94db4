package io.contactcenter.ticket.ticket;

/** INBOUND: the customer got in touch; OUTBOUND: the center did (a reply, a call back). */
public enum ContactDirection {
    INBOUND, OUTBOUND
}
