package io.contactcenter.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.queue.QueueStore;
import io.quarkus.redis.datasource.RedisDataSource;

/** Resets the test center (its own Redis database) and lets tests move time and run the tick. */
@ApplicationScoped
public class RoutingTestCenter {

    private final RedisDataSource redis;
    private final QueueStore store;
    private final RoutingClock clock;
    private final RoutingTick tick;
    private Instant now;

    public RoutingTestCenter(RedisDataSource redis, QueueStore store, RoutingClock clock, RoutingTick tick) {
        this.redis = redis;
        this.store = store;
        this.clock = clock;
        this.tick = tick;
    }

    /** Empty center on the real clock: only this test database is flushed, never the others. */
    public void reset() {
        redis.execute("FLUSHDB");
        clock.useServerTime();
        store.seedAndLoad().await().atMost(Duration.ofSeconds(10));
    }

    /** Freezes time at {@code at}; {@link #advance} moves it. */
    public void freezeAt(Instant at) {
        now = at;
        clock.use(Clock.fixed(now, ZoneOffset.UTC));
    }

    public Instant advance(Duration by) {
        freezeAt(now.plus(by));
        return now;
    }

    /** One routing tick (wrap-up ends, relaxation, overflow) at the current time. */
    public void tick() {
        tick.run().await().atMost(Duration.ofSeconds(10));
    }
}
