package io.contactcenter.routing.push.source;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.routing.RoutingClock;
import io.contactcenter.routing.RoutingConfig;
import io.contactcenter.routing.push.PushHub;
import io.contactcenter.routing.push.StreamKind;
import io.contactcenter.routing.queue.QueueFigures;
import io.contactcenter.routing.queue.QueueStats;
import io.contactcenter.routing.team.TeamFigures;
import io.contactcenter.routing.team.TeamStats;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * Pushes every queue's figures (the same QueueStats as {@code GET /queues/stats}, computed by
 * QueueFigures), the centre's occupancy and that of the teams wallboards asked for (TeamStats, as
 * {@code GET /teams/{id}/figures}) to the wallboards: every {@code routing.push.figures-interval}, and shortly after a call
 * or agent event (one computation per burst). Only while a wallboard is connected to this instance, and
 * once per instance whatever the number of wallboards.
 */
@ApplicationScoped
public class FiguresPublisher {

    private static final Logger LOG = Logger.getLogger(FiguresPublisher.class);

    private final PushHub hub;
    private final QueueFigures figures;
    private final TeamFigures teams;
    private final RoutingClock clock;
    private final RoutingConfig.Push config;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final AtomicBoolean changePending = new AtomicBoolean();
    private final AtomicBoolean computing = new AtomicBoolean();
    private long timer = -1;

    public FiguresPublisher(PushHub hub, QueueFigures figures, TeamFigures teams, RoutingClock clock,
            RoutingConfig config, ObjectMapper json, Vertx vertx) {
        this.teams = teams;
        this.hub = hub;
        this.figures = figures;
        this.clock = clock;
        this.config = config.push();
        this.json = json;
        this.vertx = vertx;
    }

    void onStart(@Observes StartupEvent start) {
        timer = vertx.setPeriodic(config.figuresInterval().toMillis(), id -> publish());
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (timer >= 0) {
            vertx.cancelTimer(timer);
        }
    }

    /** Something changed (an event, a wallboard connected): figures soon, once for the whole burst. */
    public void changed() {
        if (hub.clients(StreamKind.FIGURES) > 0 && changePending.compareAndSet(false, true)) {
            vertx.setTimer(Math.max(1, config.figuresChangeDelay().toMillis()), id -> {
                changePending.set(false);
                publish();
            });
        }
    }

    private void publish() {
        // One computation at a time: a slow Redis skips rounds instead of piling them up.
        if (hub.clients(StreamKind.FIGURES) == 0 || !computing.compareAndSet(false, true)) {
            return;
        }
        String today = clock.today();
        List<String> watchedTeams = List.copyOf(hub.watchedTeams());
        figures.all(today).invoke(all -> all.forEach(this::publish))
                .chain(() -> teams.centre(today)).invoke(centre -> send(null, centre))
                .chain(() -> teams.of(watchedTeams, today)).subscribe().with(all -> {
            computing.set(false);
            all.forEach(t -> send(t.teamId(), t));
        }, failure -> {
            computing.set(false);
            LOG.debugf("queue figures not pushed: %s", failure.getMessage());
        });
    }

    /** A team's figures, or the centre's ({@code teamId} null). */
    private void send(String teamId, TeamStats stats) {
        try {
            String data = json.writeValueAsString(stats);
            if (teamId == null) {
                hub.publishCentreFigures(data);
            } else {
                hub.publishTeamFigures(teamId, data);
            }
        } catch (JsonProcessingException e) {
            LOG.warnf("figures of team %s not pushed: %s", teamId, e.getMessage());
        }
    }

    private void publish(QueueStats stats) {
        try {
            hub.publishFigures(stats.queueId(), json.writeValueAsString(stats));
        } catch (JsonProcessingException e) {
            LOG.warnf("figures of queue %s not pushed: %s", stats.queueId(), e.getMessage());
        }
    }
}
