package io.contactcenter.quality.sampling;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CandidateRepository implements PanacheRepositoryBase<QaCandidate, String> {
}
