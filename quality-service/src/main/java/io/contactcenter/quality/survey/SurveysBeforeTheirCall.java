package io.contactcenter.quality.survey;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.contactcenter.quality.sampling.CandidateListener;
import io.contactcenter.quality.sampling.QaCandidate;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Surveys that arrived before their call.ended: when the call becomes known they take its agent and
 * team, and a praising one publishes its praise then, in the same transaction as the candidate.
 */
@ApplicationScoped
public class SurveysBeforeTheirCall implements CandidateListener {

    private static final Logger LOG = Logger.getLogger(SurveysBeforeTheirCall.class);

    private final SurveyRepository surveys;
    private final SurveyPraise praise;

    public SurveysBeforeTheirCall(SurveyRepository surveys, SurveyPraise praise) {
        this.surveys = surveys;
        this.praise = praise;
    }

    @Override
    public Uni<Void> recorded(QaCandidate call) {
        return surveys.waitingForCall(call.contactId)
                .onItem().transformToMulti(waiting -> Multi.createFrom().iterable(waiting))
                .onItem().transformToUniAndConcatenate(survey -> {
                    String said = survey.agentId;
                    if (SurveyRules.takeFromCall(survey, call)) {
                        // Accepted before the call was known; the call decides, the IVR's data was wrong.
                        LOG.warnf("survey %s named agent %s, but contact %s was handled by agent %s: the call's is kept",
                                survey.surveyId, said, call.contactId, call.agentId);
                    }
                    return praise.publish(survey);
                })
                .collect().last().replaceWithVoid();
    }
}
