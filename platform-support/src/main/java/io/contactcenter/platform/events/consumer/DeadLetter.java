package io.contactcenter.platform.events.consumer;

/**
 * Why a record went to the dead-letter topic {@code <topic>.<service>.dlq}. The DLQ copy keeps the
 * original key, value and headers, plus SmallRye's {@code dead-letter-reason} (the message) and
 * {@link #HEADER} (this code), so an operator can select records by cause before replaying them.
 */
public enum DeadLetter {
    /** No {@code ce_id} or {@code ce_type} header: the record is no catalog event. */
    MISSING_HEADER("missing-header"),
    /** Not JSON, not this type's JSON, or a field fails validation. */
    UNREADABLE_BODY("unreadable-body"),
    /** The handler kept failing after every retry (or refused the event). */
    HANDLER_FAILED("handler-failed");

    public static final String HEADER = "dead-letter-kind";

    private final String code;

    DeadLetter(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The dead-letter topic of {@code service} reading {@code topic} (event catalog naming). */
    public static String topic(String topic, String service) {
        return topic + "." + service + ".dlq";
    }
}
