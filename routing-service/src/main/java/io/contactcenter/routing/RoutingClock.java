package io.contactcenter.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/**
 * Whose clock decisions use. In the service it is the Redis server's (TIME inside each script: one
 * clock for every instance, read when the decision really happens); a virtual clock replaces it only
 * in tests and simulations. "Today" of the daily counters is taken in the centre's time zone.
 */
@ApplicationScoped
public class RoutingClock {

    private final RoutingConfig config;
    private volatile Clock virtual;

    public RoutingClock(RoutingConfig config) {
        this.config = config;
    }

    /** The time argument of a script: empty for the Redis server's clock, else the virtual time in ms. */
    public String scriptTime() {
        Clock c = virtual;
        return c == null ? "" : Long.toString(c.millis());
    }

    /** The centre's UTC offset now, in minutes (scripts derive "today" from it). */
    public int offsetMinutes() {
        return config.timeZone().getRules().getOffset(now()).getTotalSeconds() / 60;
    }

    /** This JVM's idea of now (or the virtual time): for defaults such as "today" in a query, never for decisions. */
    public Instant now() {
        Clock c = virtual;
        return c == null ? Instant.now() : c.instant();
    }

    public String today() {
        return day(now());
    }

    /** A {@code day} query parameter (yyyy-mm-dd) as given, or today when it is left out. */
    public String dayOrToday(String day) {
        if (day == null) {
            return today();
        }
        if (!day.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new InvalidFieldProblem("day", "expected yyyy-mm-dd");
        }
        return day;
    }

    public String day(Instant at) {
        return LocalDate.ofInstant(at, config.timeZone()).toString();
    }

    /** Tests and simulations only: decide in virtual time. */
    public void use(Clock replacement) {
        this.virtual = replacement;
    }

    /** Back to the Redis server's clock. */
    public void useServerTime() {
        this.virtual = null;
    }
}
