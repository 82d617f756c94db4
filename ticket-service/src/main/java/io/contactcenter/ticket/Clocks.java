package io.contactcenter.ticket;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * "Now" for every change, due time and escalation run. Normal-scoped so a test can replace it
 * with {@code QuarkusMock} and move time forward.
 */
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
