package io.contactcenter.ticket.ticket;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.ticket.model.TicketStatus;

/** Which status may follow which. Anything else is refused with a 409 that names the legal moves. */
public final class Lifecycle {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        NEXT.put(TicketStatus.NEW, EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.RESOLVED));
        NEXT.put(TicketStatus.ASSIGNED, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED));
        NEXT.put(TicketStatus.IN_PROGRESS,
                EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.WAITING_ON_CUSTOMER, TicketStatus.RESOLVED));
        NEXT.put(TicketStatus.WAITING_ON_CUSTOMER, EnumSet.of(TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED));
        NEXT.put(TicketStatus.RESOLVED, EnumSet.of(TicketStatus.CLOSED, TicketStatus.REOPENED));
        NEXT.put(TicketStatus.CLOSED, EnumSet.noneOf(TicketStatus.class));
        NEXT.put(TicketStatus.REOPENED,
                EnumSet.of(TicketStatus.ASSIGNED, TicketStatus.IN_PROGRESS, TicketStatus.RESOLVED));
    }

    private Lifecycle() {
    }

    public static boolean allowed(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** Refuses an illegal move with a message that says what is possible instead. */
    public static void check(TicketStatus from, TicketStatus to) {
        if (!allowed(from, to)) {
            throw new ConflictProblem("illegal transition " + from + " → " + to + "; from " + from
                    + (NEXT.get(from).isEmpty() ? " nothing follows (closed tickets are archived)"
                            : " the ticket can go to " + NEXT.get(from)));
        }
    }
}
