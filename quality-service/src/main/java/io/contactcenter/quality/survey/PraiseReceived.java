package io.contactcenter.quality.survey;

import java.time.Instant;

/**
 * contactcenter.praise.received (event-catalog/schemas): one recognition point for the agent.
 * Every field is written, null included, as the catalog requires.
 */
public record PraiseReceived(String praiseId, String agentId, String teamId, String contactId, String source,
        String comment, Instant occurredAt) {

    public static final String TYPE = "contactcenter.praise.received";
    public static final String TOPIC = "praise-events";
    public static final String SOURCE_SURVEY = "SURVEY";

    /** Stable for a given survey, so recognition counts a resent survey's praise once. */
    static String praiseIdFor(String surveyId) {
        return "survey-" + surveyId;
    }
}
