package io.contactcenter.recognition.competition;

import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class CompetitionRepository implements PanacheRepositoryBase<Competition, String> {

    /**
     * Inserts unless a competition with this id exists; true if this call inserted it. Two concurrent
     * creates with the same id cannot both succeed (the second waits for the first's commit, then
     * inserts nothing). Call inside a transaction.
     */
    public Uni<Boolean> insertIfAbsent(Competition c) {
        return getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO competition (competition_id, name, description, created_by, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (competition_id) DO NOTHING""")
                .setParameter(1, c.competitionId)
                .setParameter(2, c.name)
                .setParameter(3, c.description)
                .setParameter(4, c.createdBy)
                .setParameter(5, c.createdAt.atOffset(ZoneOffset.UTC))
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
