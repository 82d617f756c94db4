package io.contactcenter.platform.input;

import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Optional;

/** What text from outside may contain; plain Java, shared by the request filter and the JSON reader. */
public final class InputRules {

    public static final String TEXT_PROBLEM = "must not contain control characters other than tab and line breaks";
    public static final String TIME_PROBLEM = "must be a date or time in the years 0001 to 9999";

    private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LAST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private InputRules() {
    }

    /**
     * Why a path or query value is refused, if it is: a control character (line breaks included: a value
     * in a URL is one line), or more than {@code maxLength} characters.
     */
    public static Optional<String> parameterProblem(String value, int maxLength) {
        if (value.chars().anyMatch(Character::isISOControl)) {
            return Optional.of("must not contain control characters");
        }
        if (value.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        return Optional.empty();
    }

    /** Body text may break lines and hold tabs (notes, comments); any other control character is refused. */
    public static boolean isAcceptableText(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * Years 0001 to 9999, as ISO 8601 writes them without a sign: wide enough for any date of ours,
     * narrow enough that no conversion (epoch milliseconds, a PostgreSQL timestamp) overflows.
     */
    public static boolean isPlausibleTime(TemporalAccessor time) {
        if (time instanceof Instant instant) {
            return !instant.isBefore(FIRST) && !instant.isAfter(LAST);
        }
        if (!time.isSupported(ChronoField.YEAR)) {
            return true;
        }
        int year = time.get(ChronoField.YEAR);
        return year >= 1 && year <= 9999;
    }
}
