package io.contactcenter.routing.push;

/**
 * One Server-Sent Event as the hub hands it to a client: {@code id} (null for messages that are not
 * events of the catalog, so a client's Last-Event-ID stays the last real event), {@code name} (the SSE
 * {@code event:} field) and {@code data} (JSON text); or a comment, which clients ignore.
 * {@code createdNanos} ({@link System#nanoTime()}) is when the hub made it: the fan-out time of each
 * client is measured from there.
 */
public record PushMessage(String id, String name, String data, String comment, long createdNanos) {

    public static PushMessage event(String id, String name, String data) {
        return new PushMessage(id, name, data, null, System.nanoTime());
    }

    /** A message of the stream itself (opened, events lost, dropped, figures): no id. */
    public static PushMessage control(String name, String data) {
        return new PushMessage(null, name, data, null, System.nanoTime());
    }

    public static PushMessage comment(String text) {
        return new PushMessage(null, null, null, text, System.nanoTime());
    }

    /** A catalog event (it has an id), as opposed to the stream's own messages and comments. */
    public boolean isEvent() {
        return id != null;
    }

    public boolean isComment() {
        return comment != null;
    }
}
