package io.contactcenter.quality.evaluation;

/** Where evaluation events go (event-catalog/README.md): topic quality-events, keyed by contact id. */
public final class QualityEvents {

    public static final String TOPIC = "quality-events";
    public static final String SOURCE = "/quality-service";

    private QualityEvents() {
    }
}
