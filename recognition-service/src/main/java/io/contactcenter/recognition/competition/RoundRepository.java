package io.contactcenter.recognition.competition;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class RoundRepository implements PanacheRepositoryBase<CompetitionRound, Long> {

    /**
     * The round, row-locked for the rest of the transaction: {@code PESSIMISTIC_READ} (FOR SHARE) while
     * scores are recorded, {@code PESSIMISTIC_WRITE} (FOR UPDATE) to publish; so a publication waits for
     * scores being recorded and scores never slip in after the results were computed.
     */
    public Uni<CompetitionRound> find(String competitionId, int number, LockModeType lock) {
        return find("competitionId = ?1 and number = ?2", competitionId, number).withLock(lock).firstResult();
    }

    public Uni<List<CompetitionRound>> of(String competitionId) {
        return list("competitionId", Sort.by("number"), competitionId);
    }

    public Uni<List<CompetitionRound>> of(List<String> competitionIds) {
        return list("competitionId in ?1", Sort.by("competitionId").and("number"), competitionIds);
    }
}
