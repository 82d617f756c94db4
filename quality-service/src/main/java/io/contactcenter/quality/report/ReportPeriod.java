package io.contactcenter.quality.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The buckets of a report's trend: calendar weeks (Monday first) or calendar months. */
public enum ReportPeriod {
    WEEK("week"),
    MONTH("month");

    /** The PostgreSQL date_trunc unit that gives the same buckets. */
    final String sqlUnit;

    ReportPeriod(String sqlUnit) {
        this.sqlUnit = sqlUnit;
    }

    /** First day of the bucket {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return this == WEEK ? day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : day.withDayOfMonth(1);
    }

    public LocalDate next(LocalDate bucketStart) {
        return this == WEEK ? bucketStart.plusWeeks(1) : bucketStart.plusMonths(1);
    }
}
