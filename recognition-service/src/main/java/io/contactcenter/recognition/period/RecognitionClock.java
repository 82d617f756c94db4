package io.contactcenter.recognition.period;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.recognition.RecognitionConfig;

/**
 * "Now" and the current month (defaults of the API), in the center's calendar. Time comes from the
 * {@code Clock} bean, which tests replace with {@code QuarkusMock} like in the other services.
 */
@ApplicationScoped
public class RecognitionClock {

    private final Periods periods;
    private final Clock clock;

    public RecognitionClock(RecognitionConfig config, Clock clock) {
        this.periods = new Periods(config.timeZone());
        this.clock = clock;
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
}
