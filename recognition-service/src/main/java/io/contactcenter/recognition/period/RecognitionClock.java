package io.contactcenter.recognition.period;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.recognition.RecognitionConfig;

/** "Now" and the current month (defaults of the API), in the center's calendar; a bean so tests can steer it. */
@ApplicationScoped
public class RecognitionClock {

    private final Periods periods;
    private volatile Clock clock = Clock.systemUTC();

    public RecognitionClock(RecognitionConfig config) {
        this.periods = new Periods(config.timeZone());
    }

    public Instant now() {
        return clock.instant();
    }

    public YearMonth currentMonth() {
        return periods.monthOf(now());
    }

    public Periods periods() {
        return periods;
    }

    /** Tests only: steer time (e.g. to close a period of a year that has not come yet). */
    public void use(Clock replacement) {
        this.clock = replacement;
    }
}
