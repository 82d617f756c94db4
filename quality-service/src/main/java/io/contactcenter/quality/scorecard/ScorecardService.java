package io.contactcenter.quality.scorecard;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Versioned scorecards. A write never changes a stored version: it adds version n+1, so an
 * evaluation scored with version n can always be shown and re-scored with exactly that form.
 */
@ApplicationScoped
public class ScorecardService {

    private static final TypeReference<List<SectionDefinition>> SECTIONS = new TypeReference<>() {
    };

    private final ObjectMapper json;
    private final Clock clock;

    public ScorecardService(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    /** Stores the definition as the scorecard's next version (version 1 for a new scorecard). */
    @WithTransaction
    public Uni<ScorecardView> publish(String scorecardId, ScorecardDefinition definition, String author) {
        ScorecardRules.check(definition);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        // Insert the head if new, then lock it: concurrent writers of one scorecard queue up here.
        return Panache.getSession().chain(session -> session.createNativeQuery(
                "INSERT INTO scorecard (scorecard_id, latest_version) VALUES (?1, 0) ON CONFLICT DO NOTHING")
                .setParameter(1, scorecardId).executeUpdate())
                .chain(() -> Panache.getSession()
                        .chain(session -> session.find(ScorecardHead.class, scorecardId,
                                LockModeType.PESSIMISTIC_WRITE)))
                .chain(head -> {
                    head.latestVersion++;
                    ScorecardVersion row = new ScorecardVersion();
                    row.scorecardId = scorecardId;
                    row.version = head.latestVersion;
                    row.name = definition.name().trim();
                    row.passMark = definition.passMark();
                    row.sections = write(definition.sections());
                    row.createdBy = author;
                    row.createdAt = now;
                    return Panache.getSession().chain(session -> session.persist(row))
                            .map(ignored -> ScorecardView.of(toScorecard(row), row));
                });
    }

    @WithSession
    public Uni<ScorecardView> latest(String scorecardId) {
        return latestRow(scorecardId).map(row -> ScorecardView.of(toScorecard(row), row));
    }

    @WithSession
    public Uni<ScorecardView> version(String scorecardId, int version) {
        return Panache.getSession()
                .chain(session -> session.find(ScorecardVersion.class, new ScorecardVersion.Key(scorecardId, version)))
                .onItem().ifNull()
                .failWith(() -> new NotFoundProblem("scorecard version", scorecardId + " v" + version))
                .map(row -> ScorecardView.of(toScorecard(row), row));
    }

    /** Latest version of every scorecard. */
    @WithSession
    public Uni<List<ScorecardView>> list() {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select v from ScorecardVersion v, ScorecardHead h where v.scorecardId = h.scorecardId"
                        + " and v.version = h.latestVersion order by v.scorecardId", ScorecardVersion.class)
                .getResultList())
                .map(rows -> rows.stream().map(row -> ScorecardView.of(toScorecard(row), row)).toList());
    }

    /** The form to score with now: the latest version. Joins the caller's session. */
    public Uni<Scorecard> current(String scorecardId) {
        return latestRow(scorecardId).map(this::toScorecard);
    }

    /** A stored version, e.g. the one an evaluation was scored with. Joins the caller's session. */
    public Uni<Scorecard> exact(String scorecardId, int version) {
        return Panache.getSession()
                .chain(session -> session.find(ScorecardVersion.class, new ScorecardVersion.Key(scorecardId, version)))
                .onItem().ifNull()
                .failWith(() -> new NotFoundProblem("scorecard version", scorecardId + " v" + version))
                .map(this::toScorecard);
    }

    private Uni<ScorecardVersion> latestRow(String scorecardId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select v from ScorecardVersion v, ScorecardHead h where v.scorecardId = h.scorecardId"
                        + " and v.version = h.latestVersion and h.scorecardId = :id", ScorecardVersion.class)
                .setParameter("id", scorecardId)
                .getSingleResultOrNull())
                .onItem().ifNull().failWith(() -> new NotFoundProblem("scorecard", scorecardId));
    }

    Scorecard toScorecard(ScorecardVersion row) {
        try {
            return new Scorecard(row.scorecardId, row.version, row.name, row.passMark,
                    json.readValue(row.sections, SECTIONS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored scorecard " + row.scorecardId + " v" + row.version
                    + " is not readable", e);
        }
    }

    private String write(List<SectionDefinition> sections) {
        try {
            return json.writeValueAsString(sections);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("scorecard sections are not serializable", e);
        }
    }
}
