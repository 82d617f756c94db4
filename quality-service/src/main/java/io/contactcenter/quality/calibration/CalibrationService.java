package io.contactcenter.quality.calibration;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.contactcenter.platform.problem.ConflictProblem;
import io.contactcenter.platform.problem.ForbiddenProblem;
import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.quality.QualityConfig;
import io.contactcenter.quality.sampling.QaCandidate;
import io.contactcenter.quality.scorecard.ScoreResult;
import io.contactcenter.quality.scorecard.ScorecardService;
import io.contactcenter.quality.scorecard.Scoring;
import io.contactcenter.quality.staff.StaffService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Calibration sessions: evaluators score the same call with the same scorecard version, apart from
 * the evaluation flow (no task, no event, not in reports); the spread against the reference
 * evaluator's score shows who scores too hard or too soft, and on which items.
 */
@ApplicationScoped
public class CalibrationService {

    private final ScorecardService scorecards;
    private final StaffService staff;
    private final ObjectMapper json;
    private final Clock clock;
    private final String defaultScorecard;
    private final double tolerance;

    public CalibrationService(ScorecardService scorecards, StaffService staff, ObjectMapper json, Clock clock,
            QualityConfig config) {
        this.scorecards = scorecards;
        this.staff = staff;
        this.json = json;
        this.clock = clock;
        this.defaultScorecard = config.evaluation().defaultScorecard();
        this.tolerance = config.calibration().tolerance();
    }

    @WithTransaction
    public Uni<CalibrationView> open(NewCalibration request, String createdBy) {
        String scorecardId = request.scorecardId() != null ? request.scorecardId() : defaultScorecard;
        String reference = request.referenceEvaluatorId().trim();
        return Panache.getSession().chain(session -> session.find(QaCandidate.class, request.contactId()))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("QA candidate", request.contactId()))
                .chain(() -> staff.isActiveEvaluator(reference))
                .invoke(active -> {
                    if (!active) {
                        throw new InvalidFieldProblem("referenceEvaluatorId", "'" + reference
                                + "' is no active evaluator");
                    }
                })
                .chain(() -> scorecards.current(scorecardId).onFailure(NotFoundProblem.class)
                        .transform(f -> new InvalidFieldProblem("scorecardId", "no scorecard '" + scorecardId + "'")))
                .chain(card -> {
                    Calibration c = new Calibration();
                    c.calibrationId = UUID.randomUUID();
                    c.contactId = request.contactId();
                    c.scorecardId = card.scorecardId();
                    c.scorecardVersion = card.version();
                    c.referenceEvaluatorId = reference;
                    c.createdBy = createdBy;
                    c.createdAt = now();
                    return Panache.getSession().chain(session -> session.persist(c))
                            .replaceWith(() -> view(c, Map.of()));
                });
    }

    /** One score per evaluator; only active evaluators take part. */
    @WithTransaction
    public Uni<CalibrationView> score(UUID calibrationId, String evaluatorId, CalibrationAnswers answers) {
        return Panache.getSession().chain(session -> session.find(Calibration.class, calibrationId)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("calibration", calibrationId.toString()))
                .chain(c -> staff.isActiveEvaluator(evaluatorId).chain(active -> {
                    if (!active) {
                        throw new ForbiddenProblem("only active QA evaluators take part in calibrations; "
                                + evaluatorId + " is none");
                    }
                    return session.find(CalibrationScore.class, new CalibrationScore.Key(calibrationId, evaluatorId));
                }).chain(existing -> {
                    if (existing != null) {
                        throw new ConflictProblem(evaluatorId + " has already scored calibration " + calibrationId);
                    }
                    return scorecards.exact(c.scorecardId, c.scorecardVersion);
                }).chain(card -> {
                    ScoreResult result = Scoring.score(card, answers.answers());
                    CalibrationScore s = new CalibrationScore();
                    s.calibrationId = calibrationId;
                    s.evaluatorId = evaluatorId;
                    s.score = result.score();
                    s.result = write(result);
                    s.submittedAt = now();
                    return session.persist(s).chain(session::flush).chain(() -> scores(calibrationId))
                            .map(scores -> view(c, scores));
                })));
    }

    @WithSession
    public Uni<CalibrationView> find(UUID calibrationId) {
        return Panache.getSession().chain(session -> session.find(Calibration.class, calibrationId))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("calibration", calibrationId.toString()))
                .chain(c -> scores(calibrationId).map(scores -> view(c, scores)));
    }

    private Uni<Map<String, ScoreResult>> scores(UUID calibrationId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "from CalibrationScore where calibrationId = :id order by evaluatorId", CalibrationScore.class)
                .setParameter("id", calibrationId).getResultList())
                .map(rows -> {
                    Map<String, ScoreResult> byEvaluator = new LinkedHashMap<>();
                    rows.forEach(row -> byEvaluator.put(row.evaluatorId, read(row.result)));
                    return byEvaluator;
                });
    }

    private CalibrationView view(Calibration c, Map<String, ScoreResult> scores) {
        return new CalibrationView(c.calibrationId, c.contactId, c.scorecardId, c.scorecardVersion,
                c.referenceEvaluatorId, c.createdBy, c.createdAt, List.copyOf(scores.keySet()),
                CalibrationSpread.of(c.referenceEvaluatorId, scores, tolerance));
    }

    private String write(ScoreResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("calibration score is not serializable", e);
        }
    }

    private ScoreResult read(String stored) {
        try {
            return json.readValue(stored, ScoreResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calibration score is not readable", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
