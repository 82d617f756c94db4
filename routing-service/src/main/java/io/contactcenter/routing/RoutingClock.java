package io.contactcenter.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

/** Time for routing decisions and "today" for the daily counters; a bean so tests can steer it. */
@ApplicationScoped
public class RoutingClock {

    private final RoutingConfig config;
    private volatile Clock clock = Clock.systemUTC();

    public RoutingClock(RoutingConfig config) {
        this.config = config;
    }

    public Instant now() {
        return clock.instant();
    }

    public String today() {
        return day(now());
    }

    public String day(Instant at) {
        return LocalDate.ofInstant(at, config.timeZone()).toString();
    }

    /** Tests only: replace the clock. */
    public void use(Clock replacement) {
        this.clock = replacement;
    }
}
