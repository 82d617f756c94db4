package io.contactcenter.platform.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * Idempotent consumers: remembers which event ids a consumer has applied, in the same
 * transaction as the change, so a redelivered event changes nothing.
 */
@ApplicationScoped
public class ProcessedEvents {

    /** True the first time {@code consumer} sees {@code eventId}; false on redelivery. Call inside a transaction. */
    public Uni<Boolean> firstTime(String consumer, String eventId) {
        return Panache.getSession().chain(session -> session
                .createNativeQuery("INSERT INTO processed_event (consumer, event_id) VALUES (?1, ?2) "
                        + "ON CONFLICT DO NOTHING")
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate())
                .map(inserted -> inserted == 1);
    }
}
