package io.contactcenter.routing.queue;

/** What happens to a contact that waited longer than its queue's maximum. */
public enum OverflowAction {
    /** Move to the overflow queue (once), keeping its place in time. */
    QUEUE,
    /** Leave the queue as a callback request; ticket-service opens a callback ticket. */
    CALLBACK
}
