package io.contactcenter.ticket.ticket;

/** The two commitments a ticket carries. */
public enum SlaClock {
    FIRST_RESPONSE, RESOLUTION
}
