package io.contactcenter.recognition.competition;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.contactcenter.platform.outbox.Outbox;
import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.recognition.period.RecognitionClock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Competitions with rounds: scores are recorded while a round is open; publishing a round (in
 * order, once) fixes its results, updates the standings and announces both on recognition-events
 * through the outbox, in the same transaction.
 */
@ApplicationScoped
public class CompetitionService {

    static final String SOURCE = "/recognition-service";

    /** A publication and whether this call made it (false: the round had been published before). */
    public record Published(Views.RoundResults results, boolean newlyPublished) {
    }

    private final CompetitionRepository competitions;
    private final RoundRepository rounds;
    private final ScoreRepository scores;
    private final ResultRepository results;
    private final Outbox outbox;
    private final RecognitionClock clock;
    private final Counter roundsPublished;

    public CompetitionService(CompetitionRepository competitions, RoundRepository rounds, ScoreRepository scores,
            ResultRepository results, Outbox outbox, RecognitionClock clock, MeterRegistry metrics) {
        this.competitions = competitions;
        this.rounds = rounds;
        this.scores = scores;
        this.results = results;
        this.outbox = outbox;
        this.clock = clock;
        this.roundsPublished = Counter.builder("recognition.competition.rounds.published")
                .description("Competition rounds whose results were published").register(metrics);
    }

    @WithTransaction
    public Uni<Views.CompetitionView> create(NewCompetition request, String createdBy) {
        String id = request.competitionId() != null ? request.competitionId() : "cmp-" + UUID.randomUUID();
        Competition c = new Competition();
        c.competitionId = id;
        c.name = request.name();
        c.description = request.description();
        c.createdBy = createdBy;
        c.createdAt = now();
        List<CompetitionRound> rs = new ArrayList<>();
        for (int i = 0; i < request.rounds().size(); i++) {
            CompetitionRound r = new CompetitionRound();
            r.competitionId = id;
            r.number = i + 1;
            r.name = request.rounds().get(i).name();
            rs.add(r);
        }
        return competitions.insertIfAbsent(c).chain(inserted -> !inserted
                ? Uni.createFrom().failure(new ConflictProblem("competition '" + id + "' already exists"))
                : rounds.persist(rs).chain(() -> rounds.flush()).replaceWith(() -> Views.CompetitionView.of(c, rs)));
    }

    /** Newest first. */
    @WithSession
    public Uni<List<Views.CompetitionView>> list() {
        return competitions.listAll(io.quarkus.panache.common.Sort.descending("createdAt").and("competitionId"))
                .chain(cs -> cs.isEmpty() ? Uni.createFrom().item(List.<Views.CompetitionView> of())
                        : rounds.of(cs.stream().map(c -> c.competitionId).toList()).map(rs -> {
                            Map<String, List<CompetitionRound>> byCompetition = new HashMap<>();
                            rs.forEach(r -> byCompetition.computeIfAbsent(r.competitionId, k -> new ArrayList<>())
                                    .add(r));
                            return cs.stream().map(c -> Views.CompetitionView.of(c,
                                    byCompetition.getOrDefault(c.competitionId, List.of()))).toList();
                        }));
    }

    @WithSession
    public Uni<Views.CompetitionView> get(String competitionId) {
        return competition(competitionId)
                .chain(c -> rounds.of(competitionId).map(rs -> Views.CompetitionView.of(c, rs)));
    }

    /** All or nothing: one bad score (or a closed round) and none of the batch is recorded. */
    @WithTransaction
    public Uni<Views.ScoresRecorded> recordScores(String competitionId, int number, NewScores request) {
        Instant now = now();
        return round(competitionId, number, LockModeType.PESSIMISTIC_READ).chain(round -> {
            if (round.published()) {
                return Uni.createFrom().failure(new ConflictProblem("round " + number + " of competition '"
                        + competitionId + "' is published: its scores are final"));
            }
            return Multi.createFrom().iterable(request.scores())
                    .onItem().transformToUniAndConcatenate(s -> scores.upsert(score(round.id, s, now)))
                    .collect().last()
                    .chain(() -> scores.countOf(round.id))
                    .map(count -> new Views.ScoresRecorded(competitionId, number, request.scores().size(), count));
        });
    }

    /**
     * Publishes the round's results: once (a second call returns the same results and announces
     * nothing), in order (round n after round n-1), and only with scores.
     */
    @WithTransaction
    public Uni<Published> publish(String competitionId, int number, String publishedBy) {
        return round(competitionId, number, LockModeType.PESSIMISTIC_WRITE).chain(round -> {
            if (round.published()) {
                return roundResults(competitionId, number).map(r -> new Published(r, false));
            }
            Uni<Void> previousPublished = number == 1 ? Uni.createFrom().voidItem()
                    : rounds.find(competitionId, number - 1, LockModeType.NONE).chain(previous -> !previous.published()
                            ? Uni.createFrom().failure(new ConflictProblem("publish round " + (number - 1)
                                    + " of competition '" + competitionId + "' first: rounds are published in order"))
                            : Uni.createFrom().voidItem());
            return previousPublished
                    .chain(() -> scores.of(round.id))
                    .chain(roundScores -> {
                        if (roundScores.isEmpty()) {
                            return Uni.createFrom().failure(new ConflictProblem("round " + number + " of competition '"
                                    + competitionId + "' has no scores yet"));
                        }
                        List<Ranking.Placing> placings = Ranking.round(roundScores.stream()
                                .map(s -> new Ranking.Score(s.agentId, s.teamId, s.score)).toList());
                        round.publishedAt = now();
                        round.publishedBy = publishedBy;
                        return results.persist(placings.stream().map(p -> result(round.id, p)).toList())
                                .chain(() -> results.flush())
                                .chain(() -> roundResults(competitionId, number))
                                .call(r -> outbox.add(RoundPublished.TOPIC, SOURCE, RoundPublished.TYPE, competitionId,
                                        r.publishedAt(), RoundPublished.of(r)))
                                .map(r -> new Published(r, true));
                    });
        }).invoke(p -> {
            if (p.newlyPublished()) {
                roundsPublished.increment();
            }
        });
    }

    @WithSession
    public Uni<Views.CompetitionResults> results(String competitionId) {
        return competition(competitionId).chain(c -> rounds.of(competitionId).chain(rs -> published(c, rs)
                .map(done -> new Views.CompetitionResults(c.competitionId, c.name, rs.size(), done.size(), done,
                        done.isEmpty() ? List.of() : done.get(done.size() - 1).standings()))));
    }

    /** The round's results and the standings after it; 404 unless it is published. */
    @WithSession
    public Uni<Views.RoundResults> roundResults(String competitionId, int number) {
        return competition(competitionId).chain(c -> rounds.of(competitionId).chain(rs -> {
            if (rs.stream().noneMatch(r -> r.number == number)) {
                return Uni.createFrom().failure(roundNotFound(competitionId, number));
            }
            return published(c, rs).map(done -> done.stream().filter(r -> r.round() == number).findFirst()
                    .orElseThrow(() -> new NotFoundProblem("published round", competitionId + "/" + number)));
        }));
    }

    /** Results of the published rounds, in order, each with the standings after it. */
    private Uni<List<Views.RoundResults>> published(Competition c, List<CompetitionRound> all) {
        List<CompetitionRound> done = all.stream().filter(CompetitionRound::published).toList();
        return results.of(done.stream().map(r -> r.id).toList()).map(lines -> {
            Map<Long, List<Ranking.Placing>> byRound = new LinkedHashMap<>();
            lines.forEach(l -> byRound.computeIfAbsent(l.roundId, k -> new ArrayList<>()).add(l.placing()));
            List<List<Ranking.Placing>> sofar = new ArrayList<>();
            List<Views.RoundResults> out = new ArrayList<>();
            for (CompetitionRound r : done) {
                List<Ranking.Placing> placings = byRound.getOrDefault(r.id, List.of());
                sofar.add(placings);
                out.add(new Views.RoundResults(c.competitionId, c.name, r.number, r.name, all.size(),
                        r.number == all.size(), r.publishedAt,
                        placings.stream().map(Views.RoundLine::of).toList(),
                        Ranking.standings(sofar).stream().map(Views.StandingLine::of).toList()));
            }
            return out;
        });
    }

    private Uni<Competition> competition(String competitionId) {
        return competitions.findById(competitionId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("competition", competitionId));
    }

    private Uni<CompetitionRound> round(String competitionId, int number, LockModeType lock) {
        return rounds.find(competitionId, number, lock).chain(round -> round != null ? Uni.createFrom().item(round)
                : competition(competitionId).chain(c -> Uni.createFrom().failure(roundNotFound(competitionId,
                        number))));
    }

    private static NotFoundProblem roundNotFound(String competitionId, int number) {
        return new NotFoundProblem("round", competitionId + "/" + number);
    }

    private static RoundScore score(Long roundId, NewScores.Score s, Instant at) {
        RoundScore score = new RoundScore();
        score.roundId = roundId;
        score.agentId = s.agentId();
        score.teamId = s.teamId();
        score.scoredBy = s.scoredBy();
        score.source = s.source().name();
        score.score = s.score();
        score.recordedAt = at;
        return score;
    }

    private static RoundResult result(Long roundId, Ranking.Placing p) {
        RoundResult r = new RoundResult();
        r.roundId = roundId;
        r.agentId = p.agentId();
        r.teamId = p.teamId();
        r.place = p.rank();
        r.score = p.score();
        r.scores = p.count();
        return r;
    }

    private Instant now() {
        return clock.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
