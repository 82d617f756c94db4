package io.contactcenter.quality.survey;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * The praise point a praising survey earns its agent: one praise.received through the outbox, in the
 * caller's transaction, once the agent is the call's (never for an agent only the survey named).
 */
@ApplicationScoped
public class SurveyPraise {

    static final String SOURCE = "/quality-service";

    private final Outbox outbox;

    public SurveyPraise(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Nothing for a survey without praise or whose call is not known yet. */
    Uni<Void> publish(Survey s) {
        if (!s.praise || !s.callKnown) {
            return Uni.createFrom().voidItem();
        }
        return outbox.add(PraiseReceived.TOPIC, SOURCE, PraiseReceived.TYPE, s.agentId, s.receivedAt,
                new PraiseReceived(PraiseReceived.praiseIdFor(s.surveyId), s.agentId, s.teamId, s.contactId,
                        PraiseReceived.SOURCE_SURVEY, s.comment, s.receivedAt))
                .replaceWithVoid();
    }
}
