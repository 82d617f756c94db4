package io.contactcenter.recognition.praise;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.redis.LuaScript;
import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.leaderboard.TieScore;
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.Quarter;
import io.contactcenter.recognition.period.RecognitionClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.smallrye.mutiny.Uni;

/**
 * Counts a praise once, whichever way it arrives (event or supervisor entry): one point for the
 * agent on the month and quarter boards of the praise's {@code occurredAt}, center-wide and for the
 * agent's team, plus the praise rate and the agent's history. All of it is one Lua script
 * ({@code lua/count_praise.lua}), so it is atomic and idempotent by praise id, and it follows the
 * late-praise rule: the boards of a closed period do not change.
 * <p>
 * Team: the praise's {@code teamId}; when the praise carries none, the team the agent worked for in
 * that month (from call.ended), if known; otherwise the praise counts center-wide only.
 */
@ApplicationScoped
public class PraiseCounter {

    public enum Outcome {
        /** On every board of its month and quarter. */
        COUNTED,
        /** Its month or quarter was already closed: kept in history and the praise rate, boards of closed periods untouched. */
        LATE,
        /** That praise id was counted before: nothing changed. */
        DUPLICATE
    }

    /** What counting did; {@code monthPoints} is the agent's total for the praise's month afterwards. */
    public record Result(Outcome outcome, YearMonth month, Quarter quarter, long monthPoints) {
    }

    private static final LuaScript COUNT_PRAISE = LuaScript.load("lua/count_praise.lua");

    private final ReactiveRedisDataSource redis;
    private final ReactiveHashCommands<String, String, String> agentTeams;
    private final RecognitionClock clock;
    private final ObjectMapper json;
    private final long dedupTtlSeconds;
    private final Map<Outcome, Map<PraiseSource, Counter>> outcomes = new EnumMap<>(Outcome.class);

    public PraiseCounter(ReactiveRedisDataSource redis, RecognitionClock clock, RecognitionConfig config,
            ObjectMapper json, MeterRegistry registry) {
        this.redis = redis;
        this.agentTeams = redis.hash(String.class);
        this.clock = clock;
        this.json = json;
        this.dedupTtlSeconds = config.dedupTtl().toSeconds();
        // Registered up front so dashboards see every series at 0 rather than a gap.
        Map<Outcome, String[]> meters = Map.of(
                Outcome.COUNTED, new String[] { "recognition.praise.counted", "Praises counted on the leaderboards" },
                Outcome.LATE, new String[] { "recognition.praise.late",
                        "Praises of an already closed month or quarter (history and praise rate only for that period)" },
                Outcome.DUPLICATE, new String[] { "recognition.praise.duplicates",
                        "Praises dropped because their praise id was already counted" });
        meters.forEach((outcome, meter) -> {
            Map<PraiseSource, Counter> bySource = new EnumMap<>(PraiseSource.class);
            for (PraiseSource source : PraiseSource.values()) {
                bySource.put(source, Counter.builder(meter[0]).description(meter[1])
                        .tag("source", source.name()).register(registry));
            }
            outcomes.put(outcome, bySource);
        });
    }

    public Uni<Result> count(PraiseReceived praise) {
        Periods periods = clock.periods();
        YearMonth month = periods.monthOf(praise.occurredAt());
        Quarter quarter = Quarter.of(month);
        Period m = Period.month(month);
        Period q = Period.quarter(quarter);
        Uni<String> team = praise.teamOrNull() != null ? Uni.createFrom().item(praise.teamOrNull())
                : agentTeams.hget(RedisKeys.agentTeams(m), praise.agentId());
        return team.chain(teamId -> run(praise, month, quarter, m, q, teamId, periods));
    }

    private Uni<Result> run(PraiseReceived praise, YearMonth month, Quarter quarter, Period m, Period q, String team,
            Periods periods) {
        long tie = TieScore.tie(praise.occurredAt(), periods.startOf(quarter));
        List<String> keys = new ArrayList<>(List.of(
                RedisKeys.seen(praise.praiseId()),
                RedisKeys.agent(praise.agentId()),
                RedisKeys.monthTotal(month),
                RedisKeys.history(praise.agentId()),
                RedisKeys.closed(m),
                RedisKeys.closed(q),
                RedisKeys.board(m, null),
                RedisKeys.board(q, null),
                RedisKeys.rateAgents(month),
                RedisKeys.rateTeams(month),
                RedisKeys.rateCenter(month)));
        if (team != null) {
            keys.addAll(List.of(
                    RedisKeys.board(m, team), RedisKeys.board(q, team),
                    RedisKeys.agentTeams(m), RedisKeys.agentTeams(q),
                    RedisKeys.teamAgents(m, team), RedisKeys.teamAgents(q, team),
                    RedisKeys.teamPraise(m), RedisKeys.teamPraise(q)));
        }
        PraiseEntry entry = new PraiseEntry(praise.praiseId(), praise.agentId(), team, praise.contactId(),
                praise.source(), praise.comment(), praise.occurredAt(), Periods.format(month), null);
        List<String> args = List.of(Long.toString(dedupTtlSeconds), praise.agentId(), Periods.format(month),
                Long.toString(tie), team == null ? "" : team, Long.toString(praise.occurredAt().toEpochMilli()),
                write(entry));

        return COUNT_PRAISE.run(redis, keys, args).map(reply -> {
            Outcome outcome = Outcome.valueOf(reply.get(0));
            outcomes.get(outcome).get(praise.source()).increment();
            return new Result(outcome, month, quarter, Long.parseLong(reply.get(1)));
        });
    }

    private String write(PraiseEntry entry) {
        try {
            return json.writeValueAsString(entry);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("praise entry not serializable", e);
        }
    }
}
