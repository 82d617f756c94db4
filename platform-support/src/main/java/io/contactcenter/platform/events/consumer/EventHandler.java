package io.contactcenter.platform.events.consumer;

import io.smallrye.mutiny.Uni;

/**
 * Applies one event type to the service's state. The body arrives parsed and validated; a failure
 * is retried (see {@link ConsumerConfig}) and then dead-lettered. Throw
 * {@link io.contactcenter.platform.events.InvalidEventException} for an event that can never be
 * applied: it is dead-lettered without retries.
 */
@FunctionalInterface
public interface EventHandler<T> {

    /** Must not block (it runs on the consumer's event loop). The item (null allowed) runs after the commit. */
    Uni<AfterCommit> handle(EventEnvelope event, T body);
}
