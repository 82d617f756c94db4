package io.contactcenter.ticket.model;

/** The two commitments a ticket carries. */
public enum SlaClock {
    FIRST_RESPONSE, RESOLUTION
}
