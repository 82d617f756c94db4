package io.contactcenter.routing.push.source;

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
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/** The instance's push hub, its metrics (at /q/metrics) and its keep-alive timer. */
@ApplicationScoped
public class PushSetup {

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
        PushHub hub = new PushHub(new PushHub.Settings(config.push().replayEvents(), config.push().clientBuffer()));
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
