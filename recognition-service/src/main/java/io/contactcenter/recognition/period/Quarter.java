package io.contactcenter.recognition.period;

import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A calendar quarter, written {@code yyyy-Qn} (e.g. {@code 2026-Q2}) in keys and in the API. */
public record Quarter(int year, int number) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");

    public Quarter {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("quarter number must be 1..4, was " + number);
        }
    }

    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** @throws IllegalArgumentException unless the text is {@code yyyy-Q1} .. {@code yyyy-Q4} */
    public static Quarter parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("expected yyyy-Qn (n = 1..4), e.g. 2026-Q2, was '" + text + "'");
        }
        return new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public YearMonth firstMonth() {
        return YearMonth.of(year, (number - 1) * 3 + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + number;
    }
}
