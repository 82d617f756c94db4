package io.contactcenter.ticket.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * When the SLA clock runs: round the clock, or business hours on business days; either one may
 * stop on holidays. Adds and measures "open time". Plain Java, tested without Quarkus.
 */
public final class WorkCalendar {

    /** A calendar that has no open time within this many days is a configuration error, not a loop. */
    static final int HORIZON_DAYS = 3660;

    private final ZoneId zone;
    private final Set<DayOfWeek> days;
    /** Null for round the clock: the whole day is open. */
    private final LocalTime opens;
    private final LocalTime closes;
    private final Set<LocalDate> holidays;

    private WorkCalendar(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working day");
        }
        if (opens != null && !opens.isBefore(closes)) {
            throw new IllegalArgumentException("business hours must open before they close: " + opens + "-" + closes);
        }
        this.zone = zone;
        this.days = EnumSet.copyOf(days);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
    }

    /** Every hour of every day, except the given holidays (none: a true 24x7 calendar). */
    public static WorkCalendar roundTheClock(ZoneId zone, Set<LocalDate> holidays) {
        return new WorkCalendar(zone, EnumSet.allOf(DayOfWeek.class), null, null, holidays);
    }

    /** {@code opens} to {@code closes} (local time in {@code zone}) on {@code days}, except holidays. */
    public static WorkCalendar businessHours(ZoneId zone, Set<DayOfWeek> days, LocalTime opens, LocalTime closes,
            Set<LocalDate> holidays) {
        return new WorkCalendar(zone, days, opens, closes, holidays);
    }

    /** The instant at which {@code open} of open time has passed since {@code from}. */
    public Instant plus(Instant from, Duration open) {
        if (open.isNegative()) {
            throw new IllegalArgumentException("negative open time " + open);
        }
        Duration left = open;
        LocalDate date = LocalDate.ofInstant(from, zone);
        for (int i = 0; i < HORIZON_DAYS; i++, date = date.plusDays(1)) {
            Instant[] window = window(date);
            if (window == null) {
                continue;
            }
            Instant start = later(window[0], from);
            if (!start.isBefore(window[1])) {
                continue;
            }
            Duration available = Duration.between(start, window[1]);
            if (left.compareTo(available) <= 0) {
                return start.plus(left);
            }
            left = left.minus(available);
        }
        throw new IllegalStateException("the calendar has no open time within " + HORIZON_DAYS + " days");
    }

    /** Open time between two instants; zero if {@code to} is not after {@code from}. */
    public Duration openBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        for (LocalDate date = LocalDate.ofInstant(from, zone); !date.atStartOfDay(zone).toInstant().isAfter(to);
                date = date.plusDays(1)) {
            Instant[] window = window(date);
            if (window == null) {
                continue;
            }
            Instant start = later(window[0], from);
            Instant end = window[1].isBefore(to) ? window[1] : to;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    /** {start, end} of the open time of a local date, or null when closed all day. */
    private Instant[] window(LocalDate date) {
        if (holidays.contains(date) || !days.contains(date.getDayOfWeek())) {
            return null;
        }
        if (opens == null) {
            return new Instant[] { date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant() };
        }
        return new Instant[] { date.atTime(opens).atZone(zone).toInstant(), date.atTime(closes).atZone(zone).toInstant() };
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
