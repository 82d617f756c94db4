package io.contactcenter.recognition.award;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class AwardRepository implements PanacheRepositoryBase<Award, UUID> {

    /** Stars in board order, then team awards. */
    public Uni<List<Award>> ofPeriod(String period) {
        return list("period", Sort.by("type").and("place"), period);
    }

    /** Newest first. */
    public Uni<List<Award>> ofAgent(String agentId) {
        return list("agentId", Sort.descending("grantedAt").and("type"), agentId);
    }
}
