package io.contactcenter.platform.inbox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.events.consumer.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The inbox of the PostgreSQL services: the processed event id is inserted in the same transaction
 * as the handler's change, so a redelivered event changes nothing and a rolled-back one is retried clean.
 */
@ApplicationScoped
public class ProcessedEvents implements Inbox {

    @Override
    public Uni<Boolean> once(String consumer, String eventId, Supplier<Uni<Void>> work) {
        // The handler's own @WithTransaction methods join this transaction.
        return Panache.withTransaction(() -> firstTime(consumer, eventId)
                .chain(first -> first ? work.get().replaceWith(true) : Uni.createFrom().item(false)));
    }

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
