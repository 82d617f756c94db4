package io.contactcenter.quality.survey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.quality.QualityConfig;
import io.contactcenter.quality.sampling.CandidateService;
import io.contactcenter.quality.sampling.QaCandidate;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Stores post-contact surveys. The agent and team are the call's (call.ended): a survey naming others
 * is a 409; one that arrives before its call is stored and takes them when the call is known
 * ({@link SurveysBeforeTheirCall}). In the same transaction: a praising survey earns the call's agent a
 * praise event (outbox), and a low one puts its call in front of the QA group.
 */
@ApplicationScoped
public class SurveyService {

    /** The stored survey, and whether this request created it (false: a resend of a known survey). */
    public record Received(SurveyView survey, boolean created) {
    }

    private final SurveyRepository surveys;
    private final SurveyPraise praise;
    private final CandidateService candidates;
    private final Clock clock;
    private final int lowAtMost;
    private final int satisfiedAtLeast;
    private final Duration maxClockSkew;

    public SurveyService(SurveyRepository surveys, SurveyPraise praise, CandidateService candidates, Clock clock,
            QualityConfig config) {
        this.surveys = surveys;
        this.praise = praise;
        this.candidates = candidates;
        this.clock = clock;
        this.lowAtMost = config.sampling().lowSurveyAtMost();
        this.satisfiedAtLeast = config.surveys().satisfiedAtLeast();
        this.maxClockSkew = config.surveys().maxClockSkew();
    }

    @WithTransaction
    public Uni<Received> receive(NewSurvey request) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        if (request.answeredAt() != null && request.answeredAt().isAfter(now.plus(maxClockSkew))) {
            return Uni.createFrom().failure(new InvalidFieldProblem("answeredAt", "answeredAt "
                    + request.answeredAt() + " is in the future"));
        }
        // The contact's lock orders this survey and its call.ended: either sees the other, never neither.
        return candidates.lockedCall(request.contactId())
                .chain(call -> surveys.findById(request.surveyId())
                        .chain(stored -> stored != null ? Uni.createFrom().item(resent(stored))
                                : store(request, call, now)));
    }

    /** The first copy already emitted whatever it had to; a resend only reads it back. */
    private static Received resent(Survey stored) {
        return new Received(SurveyView.of(stored), false);
    }

    private Uni<Received> store(NewSurvey request, QaCandidate call, Instant now) {
        if (call != null) {
            SurveyRules.checkAgainstCall(request, call);
        }
        Survey survey = survey(request, call, now);
        return surveys.insertIfAbsent(survey).chain(created -> {
            if (!created) {
                return surveys.findById(request.surveyId()).map(SurveyService::resent);
            }
            Uni<?> review = survey.satisfaction <= lowAtMost ? candidates.pickForLowSurvey(survey.contactId)
                    : Uni.createFrom().voidItem();
            return praise.publish(survey).chain(() -> review).replaceWith(new Received(SurveyView.of(survey), true));
        });
    }

    /** Agent and team from the call when it is known; until then what the survey says. */
    private static Survey survey(NewSurvey r, QaCandidate call, Instant now) {
        Survey s = new Survey();
        s.surveyId = r.surveyId();
        s.contactId = r.contactId();
        s.agentId = r.agentId();
        s.teamId = r.teamId();
        if (call != null) {
            SurveyRules.takeFromCall(s, call);
        }
        s.satisfaction = r.satisfaction().shortValue();
        s.resolved = r.resolved();
        s.praise = r.praise();
        s.comment = r.comment();
        // Milliseconds: what the catalog's times carry, so the stored and the published instant are equal.
        s.receivedAt = now;
        s.answeredAt = r.answeredAt() == null ? now : r.answeredAt().truncatedTo(ChronoUnit.MILLIS);
        return s;
    }

    @WithSession
    public Uni<SurveyView> find(String surveyId) {
        return surveys.findById(surveyId).onItem().ifNotNull().transform(SurveyView::of)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("survey", surveyId));
    }

    /** Over all surveys; the reports give the same figures per agent, team and period. */
    @WithSession
    public Uni<SurveySummary> summary() {
        return surveys.getSession().chain(session -> session.createSelectionQuery(
                "select count(*), avg(s.satisfaction),"
                        + " sum(case when s.satisfaction >= :satisfied then 1 else 0 end),"
                        + " sum(case when s.praise = true then 1 else 0 end) from Survey s", Object[].class)
                .setParameter("satisfied", (short) satisfiedAtLeast)
                .getSingleResult())
                .map(SurveyService::summarize);
    }

    private static SurveySummary summarize(Object[] row) {
        long count = ((Number) row[0]).longValue();
        if (count == 0) {
            return new SurveySummary(0, null, null, 0);
        }
        double average = ((Number) row[1]).doubleValue();
        long satisfied = ((Number) row[2]).longValue();
        long praised = ((Number) row[3]).longValue();
        return new SurveySummary(count, round(average, 2), round(100.0 * satisfied / count, 1), praised);
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
