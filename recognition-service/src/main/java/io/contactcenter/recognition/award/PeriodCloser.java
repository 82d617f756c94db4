package io.contactcenter.recognition.award;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.recognition.RecognitionConfig;
import io.contactcenter.recognition.RedisKeys;
import io.contactcenter.recognition.leaderboard.Leaderboard;
import io.contactcenter.recognition.leaderboard.Leaderboards;
import io.contactcenter.recognition.period.Period;
import io.contactcenter.recognition.period.RecognitionClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.hash.ReactiveHashCommands;
import io.quarkus.redis.datasource.set.ReactiveSetCommands;
import io.quarkus.redis.datasource.sortedset.ReactiveSortedSetCommands;
import io.quarkus.redis.datasource.value.ReactiveValueCommands;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * Closes a month or quarter and grants its awards, idempotently:
 * <ol>
 * <li>freeze: the period's closed mark is set in Redis, so from now on no praise or contact changes
 * its boards or team sizes (the late-praise rule, applied atomically by the counting scripts);</li>
 * <li>read the frozen boards: the top of the center board, the agents' teams, the teams' praise and sizes;</li>
 * <li>decide who is honoured ({@link AwardRules}, plain Java);</li>
 * <li>store the close, the awards and their events in one PostgreSQL transaction; the close row's
 * primary key makes a second close (a retry, another instance, the scheduler after a manual close)
 * grant nothing and return what the first one granted.</li>
 * </ol>
 * A crash between the steps is healed by running the close again: the boards are already frozen,
 * so the re-run reads the same boards and grants the same awards.
 */
@ApplicationScoped
public class PeriodCloser {

    public static final String SCHEDULER = "scheduler";
    private static final Logger LOG = Logger.getLogger(PeriodCloser.class);

    private final Leaderboards leaderboards;
    private final AwardStore store;
    private final RecognitionClock clock;
    private final RecognitionConfig config;
    private final MeterRegistry metrics;
    private final ReactiveValueCommands<String, String> marks;
    private final ReactiveHashCommands<String, String, String> hashes;
    private final ReactiveSetCommands<String, String> sets;
    private final ReactiveSortedSetCommands<String, String> boards;

    public PeriodCloser(Leaderboards leaderboards, AwardStore store, RecognitionClock clock, RecognitionConfig config,
            MeterRegistry metrics, ReactiveRedisDataSource redis) {
        this.leaderboards = leaderboards;
        this.store = store;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
        this.marks = redis.value(String.class);
        this.hashes = redis.hash(String.class);
        this.sets = redis.set(String.class);
        this.boards = redis.sortedSet(String.class);
        // Registered up front so dashboards see every series at 0 rather than a gap.
        for (Period.Kind kind : Period.Kind.values()) {
            closedCounter(kind);
        }
        for (AwardType type : AwardType.values()) {
            grantedCounter(type);
        }
    }

    private Counter closedCounter(Period.Kind kind) {
        return Counter.builder("recognition.periods.closed").description("Months and quarters closed")
                .tag("kind", kind.name()).register(metrics);
    }

    private Counter grantedCounter(AwardType type) {
        return Counter.builder("recognition.awards.granted").description("Awards granted by period closes")
                .tag("type", type.name()).register(metrics);
    }

    /** @throws ConflictProblem when the period has not ended yet */
    public Uni<AwardStore.Closed> close(Period period, String closedBy) {
        ZoneId zone = config.timeZone();
        Instant now = clock.now().truncatedTo(ChronoUnit.MILLIS);
        if (now.isBefore(period.end(zone))) {
            return Uni.createFrom().failure(new ConflictProblem("period " + period + " has not ended yet (it ends at "
                    + period.end(zone) + ", midnight " + zone + ")"));
        }
        return freeze(period, now)
                .chain(() -> grants(period))
                .chain(plan -> store.close(closeRow(period, closedBy, now, plan.agentsOnBoard()), plan.grants()))
                .invoke(closed -> {
                    if (closed.newlyClosed()) {
                        closedCounter(period.kind()).increment();
                        closed.awards().awards().forEach(a -> grantedCounter(a.type()).increment());
                        LOG.infof("closed %s (%s): %d award(s)", period, closedBy, closed.awards().awards().size());
                    }
                });
    }

    /**
     * What the scheduler does every {@code recognition.close.check-every}: put back the closed marks of
     * closed periods (should Redis have lost them), then close the last month and quarter that ended at
     * least {@code recognition.close.grace} ago, unless they are closed already.
     */
    public Uni<Void> closeDue() {
        Instant now = clock.now();
        Duration grace = config.close().grace();
        List<Period> due = List.of(clock.periods().lastClosable(Period.Kind.MONTH, now, grace),
                clock.periods().lastClosable(Period.Kind.QUARTER, now, grace));
        Uni<Void> chain = store.allCloses().chain(closes -> {
            Uni<Void> marks = Uni.createFrom().voidItem();
            for (PeriodClose c : closes) {
                marks = marks.chain(() -> freeze(Period.parse(c.period), c.closedAt));
            }
            return marks;
        });
        for (Period period : due) {
            chain = chain.chain(() -> store.findClose(period))
                    .chain(existing -> existing != null ? Uni.createFrom().voidItem()
                            : close(period, SCHEDULER).replaceWithVoid());
        }
        return chain;
    }

    /** Sets the closed mark (first close time wins). */
    private Uni<Void> freeze(Period period, Instant at) {
        return marks.set(RedisKeys.closed(period), Long.toString(at.toEpochMilli()), new SetArgs().nx());
    }

    private record Plan(List<AwardRules.Grant> grants, int agentsOnBoard) {
    }

    private Uni<Plan> grants(Period period) {
        int stars = period.kind() == Period.Kind.MONTH ? config.awards().monthlyStars()
                : config.awards().quarterlyStars();
        return leaderboards.top(period, null, Math.max(stars, 1))
                .chain(board -> Uni.combine().all()
                        .unis(agentTeams(period, board.entries()), teamStandings(period),
                                boards.zcard(RedisKeys.board(period, null)))
                        .with((teamsOfAgents, teams, size) -> new Plan(AwardRules.all(period, board.entries(),
                                teamsOfAgents, teams, stars, config.awards().teamMinAgents()), size.intValue())));
    }

    /** The team each of these agents worked for in the period (absent when unknown). */
    private Uni<Map<String, String>> agentTeams(Period period, List<Leaderboard.Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        String[] agents = entries.stream().map(Leaderboard.Entry::agentId).toArray(String[]::new);
        return hashes.hmget(RedisKeys.agentTeams(period), agents).map(found -> {
            Map<String, String> teams = new HashMap<>();
            found.forEach((agent, team) -> {
                if (team != null) {
                    teams.put(agent, team);
                }
            });
            return teams;
        });
    }

    /** Every team with praise in the period, with its size. */
    private Uni<List<AwardRules.TeamStanding>> teamStandings(Period period) {
        return hashes.hgetall(RedisKeys.teamPraise(period)).chain(praise -> {
            if (praise.isEmpty()) {
                return Uni.createFrom().item(List.<AwardRules.TeamStanding> of());
            }
            List<Uni<AwardRules.TeamStanding>> sizes = new ArrayList<>(praise.size());
            praise.forEach((team, count) -> sizes.add(sets.scard(RedisKeys.teamAgents(period, team))
                    .map(agents -> new AwardRules.TeamStanding(team, Long.parseLong(count), agents.intValue()))));
            return Uni.join().all(sizes).andFailFast();
        });
    }

    private PeriodClose closeRow(Period period, String closedBy, Instant now, int agentsOnBoard) {
        PeriodClose c = new PeriodClose();
        c.period = period.id();
        c.kind = period.kind();
        c.startsAt = period.start(config.timeZone());
        c.endsAt = period.end(config.timeZone());
        c.closedAt = now;
        c.closedBy = closedBy;
        c.agentsOnBoard = agentsOnBoard;
        return c;
    }
}
