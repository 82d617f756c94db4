package io.contactcenter.recognition.period;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Which month and quarter an instant belongs to in the center's time zone: a praise given at
 * 01:00 Beijing time on 1 April counts for April, although it is still 31 March in UTC.
 */
public record Periods(ZoneId zone) {

    /** Four-digit years only: {@code uuuu} also reads {@code +999999999-12}, whose next month does not exist. */
    private static final DateTimeFormatter MONTH = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4).appendLiteral('-').appendValue(ChronoField.MONTH_OF_YEAR, 2)
            .toFormatter();

    public YearMonth monthOf(Instant at) {
        return YearMonth.from(at.atZone(zone));
    }

    public Quarter quarterOf(Instant at) {
        return Quarter.of(monthOf(at));
    }

    /** The month or quarter {@code at} falls in. */
    public Period periodOf(Period.Kind kind, Instant at) {
        YearMonth month = monthOf(at);
        return kind == Period.Kind.MONTH ? Period.month(month) : Period.quarter(Quarter.of(month));
    }

    /**
     * The last period of that kind that ended at least {@code grace} before {@code now}: what the
     * scheduler closes. At 01:00 on 1 May with a 2 h grace that is still March (April ended only an
     * hour ago); from 02:00 it is April.
     */
    public Period lastClosable(Period.Kind kind, Instant now, Duration grace) {
        return periodOf(kind, now.minus(grace)).previous();
    }

    /** The instant the quarter begins in the center's zone; the tie score counts from it. */
    public Instant startOf(Quarter quarter) {
        return quarter.firstMonth().atDay(1).atStartOfDay(zone).toInstant();
    }

    /** @throws IllegalArgumentException unless the text is {@code yyyy-MM} (four-digit year, month 01..12) */
    public static YearMonth parseMonth(String text) {
        try {
            return YearMonth.parse(text == null ? "" : text, MONTH);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected yyyy-MM (month 01..12), e.g. 2026-04, was '" + text + "'");
        }
    }

    public static String format(YearMonth month) {
        return month.format(MONTH);
    }
}
