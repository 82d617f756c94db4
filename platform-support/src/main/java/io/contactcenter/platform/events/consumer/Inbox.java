package io.contactcenter.platform.events.consumer;

import java.util.function.Supplier;

import io.smallrye.mutiny.Uni;

/**
 * Remembers which event ids a consumer has applied, in the same unit of work as the change
 * (platform-outbox keeps them in PostgreSQL, in the handler's transaction): a redelivered event
 * changes nothing.
 */
public interface Inbox {

    /**
     * Runs {@code work} unless {@code consumer} has applied {@code eventId} before; true when it ran.
     * A failure of {@code work} forgets the id again, so a retry starts clean.
     */
    Uni<Boolean> once(String consumer, String eventId, Supplier<Uni<Void>> work);
}
