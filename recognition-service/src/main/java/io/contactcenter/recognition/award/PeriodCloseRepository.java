package io.contactcenter.recognition.award;

import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PeriodCloseRepository implements PanacheRepositoryBase<PeriodClose, String> {

    /**
     * Inserts unless the period is already closed; true if this call closed it. Two concurrent closes
     * cannot both insert: the second waits for the first's commit and inserts nothing. Call inside a
     * transaction.
     */
    public Uni<Boolean> insertIfAbsent(PeriodClose c) {
        return getSession().chain(session -> session.createNativeQuery("""
                INSERT INTO period_close (period, kind, starts_at, ends_at, closed_at, closed_by, agents_on_board)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                ON CONFLICT (period) DO NOTHING""")
                .setParameter(1, c.period)
                .setParameter(2, c.kind.name())
                .setParameter(3, c.startsAt.atOffset(ZoneOffset.UTC))
                .setParameter(4, c.endsAt.atOffset(ZoneOffset.UTC))
                .setParameter(5, c.closedAt.atOffset(ZoneOffset.UTC))
                .setParameter(6, c.closedBy)
                .setParameter(7, c.agentsOnBoard)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
