package io.contactcenter.routing.push.source;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.push.PushHub;
import io.contactcenter.routing.push.StreamKind;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/** The instance's push hub, its metrics (at /q/metrics) and its keep-alive timer. */
@ApplicationScoped
public class PushSetup {

    /** The fan-out histogram's range: 100 µs to 10 s. */
    private static final long FANOUT_MIN_NANOS = 100_000;
    private static final long FANOUT_MAX_SECONDS = 10;

    private final Vertx vertx;
    private final RoutingConfig.Push config;
    private long keepAliveTimer = -1;

    public PushSetup(Vertx vertx, RoutingConfig config) {
        this.vertx = vertx;
        this.config = config.push();
    }

    @Produces
    @Singleton
    PushHub hub(RoutingConfig config, MeterRegistry metrics) {
        Map<StreamKind, Timer> fanOut = new EnumMap<>(StreamKind.class);
        for (StreamKind kind : StreamKind.values()) {
            // a histogram (not client-side quantiles): percentiles over any interval come from two scrapes
            fanOut.put(kind, Timer.builder("routing_push_fanout").tag("stream", kind.tag())
                    .description("From the hub receiving a routing event to its hand-over to each client's connection "
                            + "(one per event and client)")
                    .publishPercentileHistogram().minimumExpectedValue(Duration.ofNanos(FANOUT_MIN_NANOS))
                    .maximumExpectedValue(Duration.ofSeconds(FANOUT_MAX_SECONDS)).register(metrics));
        }
        PushHub hub = new PushHub(new PushHub.Settings(config.push().replayEvents(), config.push().clientBuffer()),
                (kind, nanos) -> fanOut.get(kind).record(nanos, TimeUnit.NANOSECONDS));
        for (StreamKind kind : StreamKind.values()) {
            Gauge.builder("routing_push_clients", hub, h -> h.clients(kind)).tag("stream", kind.tag())
                    .description("Clients connected to this instance's push streams").register(metrics);
            FunctionCounter.builder("routing_push_messages", hub, h -> h.pushed(kind)).tag("stream", kind.tag())
                    .description("Messages written to push clients (events, figures, stream notices)").register(metrics);
            FunctionCounter.builder("routing_push_clients_dropped", hub, h -> h.dropped(kind)).tag("stream", kind.tag())
                    .description("Push clients dropped for falling routing.push.client-buffer messages behind")
                    .register(metrics);
        }
        return hub;
    }

    void onStart(@Observes StartupEvent start, PushHub hub) {
        keepAliveTimer = vertx.setPeriodic(config.keepAlive().toMillis(), id -> hub.keepAlive());
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (keepAliveTimer >= 0) {
            vertx.cancelTimer(keepAliveTimer);
        }
    }
}
