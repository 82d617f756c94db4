package io.contactcenter.ticket.model;

/** How the customer's verdict on a resolution was obtained (回访 or survey). */
public enum ConfirmationChannel {
    FOLLOW_UP_CALL, SURVEY
}
