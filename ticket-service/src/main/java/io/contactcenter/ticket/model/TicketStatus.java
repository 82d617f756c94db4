package io.contactcenter.ticket.model;

/**
 * NEW → ASSIGNED → IN_PROGRESS → RESOLVED → CLOSED, with WAITING_ON_CUSTOMER and REOPENED
 * ({@code ticket.Lifecycle} says which moves are legal).
 */
public enum TicketStatus {
    NEW, ASSIGNED, IN_PROGRESS, WAITING_ON_CUSTOMER, RESOLVED, CLOSED, REOPENED;

    /** Still to be resolved: counts as load, can be overdue. */
    public boolean open() {
        return this != RESOLVED && this != CLOSED;
    }

    /** The SLA clock stands still: waiting on the customer, or resolved (until confirmed or reopened). */
    public boolean clockStopped() {
        return this == WAITING_ON_CUSTOMER || !open();
    }
}
