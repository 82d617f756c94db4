package io.contactcenter.ticket.sla;

/** Which calendar a commitment counts in. */
public enum CalendarKind {
    /** 24x7: every hour counts (holidays too, unless configured otherwise). */
    ROUND_THE_CLOCK,
    /** Business hours on business days; holidays do not count. */
    BUSINESS_HOURS
}
