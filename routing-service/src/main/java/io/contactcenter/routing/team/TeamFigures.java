package io.contactcenter.routing.team;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.agent.AgentState;
import io.contactcenter.routing.engine.AgentTime;
import io.contactcenter.routing.engine.RoutingEngine;
import io.contactcenter.routing.queue.Occupancy;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Occupancy of teams and of the centre, from the agent time the routing scripts accrue per team (see
 * lua/common.lua accrue): no agent is read. Keeps the latest per team for the Prometheus gauges.
 */
@ApplicationScoped
public class TeamFigures {

    /** Teams per script: a refresh of many teams is several short scripts, not one long one. */
    static final int BATCH = 100;

    private final RoutingEngine engine;
    private final RoutingClock clock;
    private final RoutingConfig config;
    private final MeterRegistry metrics;
    private final Map<String, TeamStats> latest = new ConcurrentHashMap<>();
    private volatile TeamStats centre;

    public TeamFigures(RoutingEngine engine, RoutingClock clock, RoutingConfig config, MeterRegistry metrics) {
        this.engine = engine;
        this.clock = clock;
        this.config = config;
        this.metrics = metrics;
        Gauge.builder("routing_centre_occupancy_percent", this, f -> f.centre == null
                || f.centre.recent().occupancyPercent() == null ? Double.NaN : f.centre.recent().occupancyPercent())
                .description("Busy + wrap-up time over available + reserved + busy + wrap-up time of all agents, recent window")
                .register(metrics);
    }

    /** Every team's figures, by team id; today's for {@code day}, the recent window ending now. */
    public Uni<List<TeamStats>> all(String day) {
        return engine.teams().chain(teams -> of(teams, day));
    }

    /** These teams' figures (no check that they exist). */
    public Uni<List<TeamStats>> of(List<String> teamIds, String day) {
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < teamIds.size(); i += BATCH) {
            batches.add(teamIds.subList(i, Math.min(teamIds.size(), i + BATCH)));
        }
        return Multi.createFrom().iterable(batches)
                .onItem().transformToUniAndConcatenate(batch -> engine.agentTime(config.recentWindowMinutes(), day, batch))
                .onItem().transformToIterable(answer -> answer.scopes().stream().map(s -> stats(s, answer.day())).toList())
                .invoke(this::remember)
                .collect().asList();
    }

    /** The whole centre (an agent counts once, whatever its queues). */
    public Uni<TeamStats> centre(String day) {
        return engine.agentTime(config.recentWindowMinutes(), day, List.of(""))
                .map(answer -> stats(answer.scopes().get(0), answer.day()))
                .invoke(s -> centre = s);
    }

    /** Refreshes every team's and the centre's figures (gauges). */
    public Uni<Void> refresh() {
        return centre(clock.today()).chain(() -> all(clock.today())).replaceWithVoid();
    }

    private TeamStats stats(AgentTime.Scope s, String day) {
        Map<String, Long> byState = new TreeMap<>();
        for (AgentState state : AgentState.values()) {
            byState.put(state.name(), Math.max(0, s.agentsByState() == null ? 0
                    : s.agentsByState().getOrDefault(state.name(), 0L)));
        }
        return new TeamStats(s.teamId().isEmpty() ? null : s.teamId(), day, byState, Occupancy.of(s.today()),
                Occupancy.of(s.recent()), config.recentWindowMinutes());
    }

    private void remember(TeamStats s) {
        if (s.teamId() == null || latest.put(s.teamId(), s) != null) {
            return;
        }
        String team = s.teamId();
        Gauge.builder("routing_team_occupancy_percent", latest, m -> {
            TeamStats x = m.get(team);
            return x == null || x.recent().occupancyPercent() == null ? Double.NaN : x.recent().occupancyPercent();
        }).description("Busy + wrap-up time over available + reserved + busy + wrap-up time of the team's agents, recent window")
                .tags(Tags.of("team", team)).register(metrics);
    }
}
