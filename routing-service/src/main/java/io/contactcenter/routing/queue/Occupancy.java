package io.contactcenter.routing.queue;

import java.util.Map;

/**
 * Agent time by state over a period, and occupancy: the share of the agents' staffed-and-available time they
 * spent working on contacts. Occupancy = (busy + wrap-up) / (available + reserved + busy + wrap-up): talk
 * (BUSY, on a contact, hold included) and after-call work (WRAP_UP) over the time the agents were ready to
 * take work or doing it. Not-ready time (breaks, meetings, training) and logged-out time are in neither: an
 * agent on a break is not under-occupied. Ringing (RESERVED) counts as available, not as work. Null while the
 * agents had no such time.
 */
public record Occupancy(long agentAvailableMs, long agentReservedMs, long agentBusyMs, long agentWrapUpMs,
        Double occupancyPercent) {

    public static final Occupancy NONE = of(0, 0, 0, 0);

    public static Occupancy of(long availableMs, long reservedMs, long busyMs, long wrapUpMs) {
        long staffed = availableMs + reservedMs + busyMs + wrapUpMs;
        return new Occupancy(availableMs, reservedMs, busyMs, wrapUpMs,
                staffed <= 0 ? null : Math.round(100.0 * (busyMs + wrapUpMs) / staffed * 100) / 100.0);
    }

    /** From counters named as the scripts name them (agentAvailableMs, ...); absent ones are 0. */
    public static Occupancy of(Map<String, ?> counters) {
        return of(ms(counters, "agentAvailableMs"), ms(counters, "agentReservedMs"), ms(counters, "agentBusyMs"),
                ms(counters, "agentWrapUpMs"));
    }

    public Occupancy plus(Occupancy o) {
        return of(agentAvailableMs + o.agentAvailableMs, agentReservedMs + o.agentReservedMs,
                agentBusyMs + o.agentBusyMs, agentWrapUpMs + o.agentWrapUpMs);
    }

    private static long ms(Map<String, ?> counters, String name) {
        Object v = counters.get(name);
        if (v == null) {
            return 0;
        }
        return v instanceof Number n ? n.longValue() : (long) Double.parseDouble(v.toString());
    }
}
