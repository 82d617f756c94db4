package io.contactcenter.recognition.period;

import java.time.YearMonth;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/** Request values naming a period; a bad one is a 400 problem naming the parameter. */
public final class PeriodParams {

    private PeriodParams() {
    }

    public static YearMonth month(String value) {
        try {
            return Periods.parseMonth(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("month", "month: " + e.getMessage());
        }
    }

    /** A month or a quarter, named {@code field} in the problem. */
    public static Period period(String field, String value) {
        try {
            return Period.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem(field, field + ": " + e.getMessage());
        }
    }

    public static Quarter quarter(String value) {
        try {
            return Quarter.parse(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("quarter", "quarter: " + e.getMessage());
        }
    }
}
