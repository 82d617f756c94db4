package io.contactcenter.recognition.praise;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.leaderboard.TieScore;
import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.Quarter;
import io.contactcenter.recognition.period.RecognitionClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Counts a praise once, whichever way it arrives (event or supervisor entry): one point for the
 * agent on the month and quarter boards of the praise's {@code occurredAt}, center-wide and for the
 * agent's team. All of it is one Lua script ({@code lua/count_praise.lua}), so it is atomic and
 * idempotent by praise id.
 */
@ApplicationScoped
public class PraiseCounter {

    public enum Outcome {
        COUNTED, DUPLICATE
    }

    /** What counting did; {@code monthPoints} is the agent's total for the praise's month afterwards. */
    public record Result(Outcome outcome, YearMonth month, Quarter quarter, long monthPoints) {
    }

    private static final LuaScript COUNT_PRAISE = LuaScript.load("count_praise");

    private final ReactiveRedisDataSource redis;
    private final RecognitionClock clock;
    private final long dedupTtlSeconds;
    private final Map<PraiseSource, Counter> counted = new EnumMap<>(PraiseSource.class);
    private final Map<PraiseSource, Counter> duplicates = new EnumMap<>(PraiseSource.class);

    public PraiseCounter(ReactiveRedisDataSource redis, RecognitionClock clock, RecognitionConfig config,
            MeterRegistry registry) {
        this.redis = redis;
        this.clock = clock;
        this.dedupTtlSeconds = config.dedupTtl().toSeconds();
        // Registered up front so dashboards see every series at 0 rather than a gap.
        for (PraiseSource source : PraiseSource.values()) {
            counted.put(source, Counter.builder("recognition.praise.counted")
                    .description("Praises counted on the leaderboards")
                    .tag("source", source.name()).register(registry));
            duplicates.put(source, Counter.builder("recognition.praise.duplicates")
                    .description("Praises dropped because their praise id was already counted")
                    .tag("source", source.name()).register(registry));
        }
    }

    public Uni<Result> count(PraiseReceived praise) {
        Periods periods = clock.periods();
        YearMonth month = periods.monthOf(praise.occurredAt());
        Quarter quarter = Quarter.of(month);
        long tie = TieScore.tie(praise.occurredAt(), periods.startOf(quarter));
        String team = praise.teamOrNull();

        List<String> keys = new ArrayList<>(List.of(
                RedisKeys.seen(praise.praiseId()),
                RedisKeys.agent(praise.agentId()),
                RedisKeys.monthTotal(month),
                RedisKeys.monthBoard(month, null),
                RedisKeys.quarterBoard(quarter, null)));
        if (team != null) {
            keys.add(RedisKeys.monthBoard(month, team));
            keys.add(RedisKeys.quarterBoard(quarter, team));
        }
        List<String> args = List.of(Long.toString(dedupTtlSeconds), praise.agentId(), Periods.format(month),
                Long.toString(tie));

        return COUNT_PRAISE.run(redis, keys, args).map(reply -> {
            Outcome outcome = Outcome.valueOf(reply.get(0));
            (outcome == Outcome.COUNTED ? counted : duplicates).get(praise.source()).increment();
            return new Result(outcome, month, quarter, Long.parseLong(reply.get(1)));
        });
    }
}
