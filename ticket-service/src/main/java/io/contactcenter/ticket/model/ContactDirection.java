package io.contactcenter.ticket.model;

/** INBOUND: the customer got in touch; OUTBOUND: the center did (a reply, a call back). */
public enum ContactDirection {
    INBOUND, OUTBOUND
}
