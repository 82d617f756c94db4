package io.contactcenter.quality.survey;

import java.time.ZoneOffset;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class SurveyRepository implements PanacheRepositoryBase<Survey, String> {

    /** The contact's surveys still waiting for its call.ended; call inside a transaction. */
    public Uni<List<Survey>> waitingForCall(String contactId) {
        return list("contactId = ?1 and callKnown = false", contactId);
    }

    /**
     * Inserts unless a survey with this id exists; true if this call inserted it. Unlike
     * find-then-persist, two concurrent resends cannot both insert: the second waits for the
     * first's commit and inserts nothing. Call inside a transaction.
     */
    public Uni<Boolean> insertIfAbsent(Survey s) {
        return getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO survey (survey_id, contact_id, agent_id, team_id, satisfaction, resolved, praise,
                                    comment, received_at, answered_at, call_known)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)
                ON CONFLICT (survey_id) DO NOTHING""")
                .setParameter(1, s.surveyId)
                .setParameter(2, s.contactId)
                .setParameter(3, s.agentId)
                .setParameter(4, s.teamId)
                .setParameter(5, s.satisfaction)
                .setParameter(6, s.resolved)
                .setParameter(7, s.praise)
                .setParameter(8, s.comment)
                .setParameter(9, s.receivedAt.atOffset(ZoneOffset.UTC))
                .setParameter(10, s.answeredAt.atOffset(ZoneOffset.UTC))
                .setParameter(11, s.callKnown)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
