package io.contactcenter.recognition.rate;

import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.redis.LuaScript;
import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.Quarter;
import io.contactcenter.recognition.period.RecognitionClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Counts each ended contact once ({@code lua/count_contact.lua}), idempotent by contact id: a
 * redelivery carries the same contact, and so does a call.ended re-published under a new event id.
 */
@ApplicationScoped
public class ContactCounter {

    private static final LuaScript COUNT_CONTACT = LuaScript.load("lua/count_contact.lua");

    private final ReactiveRedisDataSource redis;
    private final RecognitionClock clock;
    private final long dedupTtlSeconds;
    private final Counter counted;
    private final Counter duplicates;

    public ContactCounter(ReactiveRedisDataSource redis, RecognitionClock clock, RecognitionConfig config,
            MeterRegistry registry) {
        this.redis = redis;
        this.clock = clock;
        this.dedupTtlSeconds = config.contactDedupTtl().toSeconds();
        this.counted = Counter.builder("recognition.contacts.handled")
                .description("Ended contacts counted for the praise rate (its denominator)")
                .tag("outcome", "COUNTED").register(registry);
        this.duplicates = Counter.builder("recognition.contacts.handled")
                .description("Ended contacts counted for the praise rate (its denominator)")
                .tag("outcome", "DUPLICATE").register(registry);
    }

    /** True when the contact was counted now, false when it had been counted before. */
    public Uni<Boolean> count(CallEnded call) {
        YearMonth month = clock.periods().monthOf(call.occurredAt());
        Period m = Period.month(month);
        Period q = Period.quarter(Quarter.of(month));
        List<String> keys = List.of(
                RedisKeys.contactSeen(call.contactId()),
                RedisKeys.rateAgents(month), RedisKeys.rateTeams(month), RedisKeys.rateCenter(month),
                RedisKeys.closed(m), RedisKeys.closed(q),
                RedisKeys.agentTeams(m), RedisKeys.agentTeams(q),
                RedisKeys.teamAgents(m, call.teamId()), RedisKeys.teamAgents(q, call.teamId()));
        return COUNT_CONTACT.run(redis, keys, List.of(Long.toString(dedupTtlSeconds), call.agentId(), call.teamId()))
                .map(reply -> {
                    boolean first = "COUNTED".equals(reply.get(0));
                    (first ? counted : duplicates).increment();
                    return first;
                });
    }
}
