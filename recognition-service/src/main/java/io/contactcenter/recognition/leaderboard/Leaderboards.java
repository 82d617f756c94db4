package io.contactcenter.recognition.leaderboard;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.redis.LuaScript;
import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.Quarter;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.sortedset.ScoredValue;
import io.quarkus.redis.datasource.sortedset.ZRangeArgs;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.smallrye.mutiny.Uni;

/** Reads the boards and counters {@code lua/count_praise.lua} writes (keys in {@link RedisKeys}). */
@ApplicationScoped
public class Leaderboards {

    private static final LuaScript AROUND = LuaScript.load("lua/around.lua");

    private final ReactiveRedisDataSource redis;
    private final ReactiveSortedSetCommands<String, String> boards;
    private final ReactiveHashCommands<String, String, Long> agents;
    private final ReactiveValueCommands<String, Long> totals;

    public Leaderboards(ReactiveRedisDataSource redis) {
        this.redis = redis;
        this.boards = redis.sortedSet(String.class);
        this.agents = redis.hash(Long.class);
        this.totals = redis.value(Long.class);
    }

    public Uni<Leaderboard> monthly(YearMonth month, String teamId, int top) {
        return top(Period.month(month), teamId, top);
    }

    public Uni<Leaderboard> quarterly(Quarter quarter, String teamId, int top) {
        return top(Period.quarter(quarter), teamId, top);
    }

    /** The first {@code top} agents of the period's board, center-wide when {@code teamId} is null. */
    public Uni<Leaderboard> top(Period period, String teamId, int top) {
        return top(period.id(), RedisKeys.board(period, teamId), teamId, top);
    }

    /** The agent's rank and points on the board and {@code n} agents on each side (one script, one round trip). */
    public Uni<AroundAgent> around(Period period, String teamId, String agentId, int n) {
        Leaderboard.Scope scope = teamId == null ? Leaderboard.Scope.CENTER : Leaderboard.Scope.TEAM;
        return AROUND.run(redis, List.of(RedisKeys.board(period, teamId)), List.of(agentId, Integer.toString(n)))
                .map(reply -> {
                    long size = Long.parseLong(reply.get(0));
                    if (reply.size() == 1) {
                        return new AroundAgent(period.id(), scope, teamId, agentId, null, 0, size, List.of());
                    }
                    long rank = Long.parseLong(reply.get(1)) + 1;
                    int first = Integer.parseInt(reply.get(2)) + 1;
                    List<Leaderboard.Entry> entries = new ArrayList<>();
                    long points = 0;
                    for (int i = 3; i + 1 < reply.size(); i += 2) {
                        Leaderboard.Entry e = new Leaderboard.Entry(first + entries.size(), reply.get(i),
                                TieScore.points(Double.parseDouble(reply.get(i + 1))));
                        if (e.agentId().equals(agentId)) {
                            points = e.points();
                        }
                        entries.add(e);
                    }
                    return new AroundAgent(period.id(), scope, teamId, agentId, rank, points, size, entries);
                });
    }

    private Uni<Leaderboard> top(String period, String key, String teamId, int top) {
        Leaderboard.Scope scope = teamId == null ? Leaderboard.Scope.CENTER : Leaderboard.Scope.TEAM;
        return boards.zrangeWithScores(key, 0, top - 1, new ZRangeArgs().rev()).map(values -> {
            List<Leaderboard.Entry> entries = new ArrayList<>(values.size());
            for (ScoredValue<String> v : values) {
                entries.add(new Leaderboard.Entry(entries.size() + 1, v.value(), TieScore.points(v.score())));
            }
            return new Leaderboard(period, scope, teamId, entries);
        });
    }

    /** Points from the agent's own counts; rank on the center-wide board of the month. */
    public Uni<AgentPraise> agent(String agentId, YearMonth month) {
        String m = Periods.format(month);
        return agents.hget(RedisKeys.agent(agentId), m).chain(points -> {
            if (points == null || points == 0) {
                return Uni.createFrom().item(new AgentPraise(agentId, m, 0, null));
            }
            return boards.zrevrank(RedisKeys.monthBoard(month, null), agentId)
                    .map(index -> new AgentPraise(agentId, m, points, index == null ? null : index + 1));
        });
    }

    public Uni<PraiseSummary> summary(YearMonth month) {
        return Uni.combine().all()
                .unis(totals.get(RedisKeys.monthTotal(month)), boards.zcard(RedisKeys.monthBoard(month, null)))
                .with((total, agentsPraised) -> new PraiseSummary(Periods.format(month),
                        total == null ? 0 : total, agentsPraised == null ? 0 : agentsPraised));
    }
}
