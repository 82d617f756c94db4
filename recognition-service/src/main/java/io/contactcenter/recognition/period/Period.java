package io.contactcenter.recognition.period;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A month ({@code 2026-04}) or a quarter ({@code 2026-Q2}) of the center's calendar: what boards,
 * closes and awards are about. {@link #id()} is how the API, the keys and the events write it.
 */
public record Period(Kind kind, YearMonth firstMonth) {

    public enum Kind {
        MONTH(1), QUARTER(3);

        private final int months;

        Kind(int months) {
            this.months = months;
        }
    }

    public Period {
        if (kind == Kind.QUARTER && (firstMonth.getMonthValue() - 1) % 3 != 0) {
            throw new IllegalArgumentException("a quarter starts in January, April, July or October: " + firstMonth);
        }
    }

    public static Period month(YearMonth month) {
        return new Period(Kind.MONTH, month);
    }

    public static Period quarter(Quarter quarter) {
        return new Period(Kind.QUARTER, quarter.firstMonth());
    }

    /** {@code yyyy-MM} or {@code yyyy-Qn}. @throws IllegalArgumentException for anything else */
    public static Period parse(String text) {
        if (text != null && text.contains("Q")) {
            return quarter(Quarter.parse(text));
        }
        try {
            return month(Periods.parseMonth(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected a month yyyy-MM (e.g. 2026-04) or a quarter yyyy-Qn "
                    + "(e.g. 2026-Q2), was '" + text + "'");
        }
    }

    public Quarter quarter() {
        return Quarter.of(firstMonth);
    }

    /** The month after the period's last one. */
    public YearMonth endMonth() {
        return firstMonth.plusMonths(kind.months);
    }

    /** First instant of the period in the center's zone. */
    public Instant start(ZoneId zone) {
        return firstMonth.atDay(1).atStartOfDay(zone).toInstant();
    }

    /** First instant after the period (exclusive end). */
    public Instant end(ZoneId zone) {
        return endMonth().atDay(1).atStartOfDay(zone).toInstant();
    }

    /** The period of the same kind just before this one. */
    public Period previous() {
        return new Period(kind, firstMonth.minusMonths(kind.months));
    }

    public String id() {
        return kind == Kind.MONTH ? Periods.format(firstMonth) : quarter().toString();
    }

    @Override
    public String toString() {
        return id();
    }
}
