package io.contactcenter.routing.engine;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * Where a request's time goes before its decision: from arrival (before the token is checked and the
 * body read) to the moment its script is sent to Redis, and the script's round trip. Operators see
 * a saturated service in the first; a slow or busy Redis in the second.
 */
@ApplicationScoped
public class DecisionTiming {

    private static final String ARRIVAL = "routing.arrival";
    /** Percentiles over a short window, so a load test reads the phase it just ran. */
    private static final Duration WINDOW = Duration.ofSeconds(10);

    private final Timer untilScript;
    private final Timer script;

    public DecisionTiming(MeterRegistry metrics) {
        this.untilScript = Timer.builder("routing_decision_wait_seconds")
                .description("From a request's arrival to its routing script being sent to Redis")
                .publishPercentiles(0.5, 0.99).distributionStatisticExpiry(WINDOW).distributionStatisticBufferLength(2)
                .register(metrics);
        this.script = Timer.builder("routing_script_seconds")
                .description("Round trip of a routing script (pool wait, network, Redis)")
                .publishPercentiles(0.5, 0.99).distributionStatisticExpiry(WINDOW).distributionStatisticBufferLength(2)
                .register(metrics);
    }

    @ServerRequestFilter(preMatching = true)
    void arrived() {
        Context context = Vertx.currentContext();
        if (context != null && VertxContext.isDuplicatedContext(context)) {
            context.putLocal(ARRIVAL, System.nanoTime());
        }
    }

    /** Called as a script is sent; returns the send time, for {@link #answered}. */
    long sending() {
        long now = System.nanoTime();
        Context context = Vertx.currentContext();
        // requests run on a duplicated context of their own; the tick and start-up have no arrival
        Object arrival = context != null && VertxContext.isDuplicatedContext(context) ? context.getLocal(ARRIVAL) : null;
        if (arrival instanceof Long at) {
            untilScript.record(now - at, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
        return now;
    }

    void answered(long sentAt) {
        script.record(System.nanoTime() - sentAt, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
