package io.contactcenter.recognition.competition;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<RoundResult, Long> {

    /** Results of these rounds, best first within each round. */
    public Uni<List<RoundResult>> of(List<Long> roundIds) {
        if (roundIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("roundId in ?1", Sort.by("roundId").and("place").and("agentId"), roundIds);
    }
}
