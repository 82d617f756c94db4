package io.contactcenter.platform.events.consumer;

/**
 * What a handler knows about an incoming record besides its typed body: the CloudEvents id and
 * type (binary mode: {@code ce_*} headers) and where the record came from.
 */
public record EventEnvelope(String id, String type, String topic, int partition, long offset, String key,
        String body) {

    /** topic/partition@offset and key, so an operator can find the record (in the DLQ too). */
    public String where() {
        return topic + "/" + partition + "@" + offset + " key " + key;
    }
}
