package io.contactcenter.recognition.rate;

import static io.contactcenter.recognition.RecognitionTestSupport.CALLS;
import static io.contactcenter.recognition.RecognitionTestSupport.CALL_ENDED;
import static io.contactcenter.recognition.RecognitionTestSupport.DEADLINE;
import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPraiseCount;
import static io.contactcenter.recognition.RecognitionTestSupport.callEnded;
import static io.contactcenter.recognition.RecognitionTestSupport.eventually;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.getAs;
import static io.contactcenter.recognition.RecognitionTestSupport.getAsAgent;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.records;
import static io.contactcenter.recognition.RecognitionTestSupport.send;
import static io.contactcenter.recognition.RecognitionTestSupport.sendRaw;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;

/** Praise per 100 handled contacts from the real call-events and praise-events topics. */
@QuarkusTest
class PraiseRateTest {

    static final String DLQ = "call-events.recognition-service.dlq";

    @Inject
    RedisDataSource redis;

    @Test
    void praisePerHundredHandledContactsPerAgentTeamAndMonthWithEachContactCountedOnce() {
        redis.execute("FLUSHDB");
        int y = freshYear();
        String sep = y + "-09";
        String t = uniqueId("t"), quiet = uniqueId("t");
        String a = uniqueId("a"), b = uniqueId("b"), q = uniqueId("q");
        String day = sep + "-10T02:00:00.000Z";

        try (KafkaCompanion kafka = TestEvents.companion()) {
            String firstContact = uniqueId("c");
            String firstBody = callEnded(firstContact, a, t, day);
            String firstEvent = send(kafka, CALLS, firstContact, CALL_ENDED, firstBody);
            for (int i = 0; i < 3; i++) {
                String contactId = uniqueId("c");
                send(kafka, CALLS, contactId, CALL_ENDED, callEnded(contactId, a, t, day));
            }
            send(kafka, CALLS, firstContact, firstEvent, CALL_ENDED, firstBody); // redelivery: same event id
            send(kafka, CALLS, firstContact, CALL_ENDED, firstBody); // re-published: new event id, same contact
            send(kafka, CALLS, "c-b", CALL_ENDED, callEnded(uniqueId("c"), b, t, day));
            send(kafka, CALLS, "c-q", CALL_ENDED, callEnded(uniqueId("c"), q, quiet, day));
            send(kafka, CALLS, "c-x", "contactcenter.call.answered", "{\"contactId\":\"c-x\"}"); // other types: skipped
            eventually(() -> getAs("agent", "/praise-rates/{m}", sep).statusCode(200).extract().jsonPath(),
                    r -> r.getLong("center.contacts") >= 6, "6 contacts in " + sep);

            // b's praise carries no team: it counts for the team b handled contacts for that month.
            send(kafka, TOPIC, a, TYPE, praiseBody(uniqueId("p"), a, t, "SURVEY", sep + "-11T02:00:00.000Z"));
            send(kafka, TOPIC, b, TYPE, praiseBody(uniqueId("p"), b, null, "SURVEY", sep + "-11T02:00:00.000Z"));
            awaitPraiseCount(sep, 2);
        }

        getAs("agent", "/praise-rates/{m}", sep).statusCode(200)
                .body("month", equalTo(sep))
                .body("center.scope", equalTo("CENTER"))
                .body("center.praise", equalTo(2)).body("center.contacts", equalTo(6))
                .body("center.per100Contacts", equalTo(33.33f))
                .body("teams.id", contains(t, quiet))
                .body("teams.praise", contains(2, 0)).body("teams.contacts", contains(5, 1))
                .body("teams.per100Contacts", contains(40.0f, 0.0f));
        getAsAgent(a, "/praise-rates/{m}/agents/{id}", sep, a).statusCode(200)
                .body("scope", equalTo("AGENT")).body("praise", equalTo(1)).body("contacts", equalTo(4))
                .body("per100Contacts", equalTo(25.0f));
        getAs("supervisor", "/praise-rates/{m}/agents/{id}", sep, b).statusCode(200)
                .body("per100Contacts", equalTo(100.0f));
        getAs("supervisor", "/praise-rates/{m}/teams/{id}", sep, t).statusCode(200)
                .body("praise", equalTo(2)).body("contacts", equalTo(5));
        getAs("supervisor", "/praise-rates/{m}/agents/{id}", y + "-10", a).statusCode(200)
                .body("contacts", equalTo(0)).body("per100Contacts", nullValue());
        getAs("agent", "/leaderboards/monthly/{m}?teamId={t}", sep, t).statusCode(200)
                .body("entries.agentId", containsInAnyOrder(a, b)); // same second: a tie
    }

    @Test
    void unusableCallEventsAreDeadLettered() {
        String key = uniqueId("c");
        try (KafkaCompanion kafka = TestEvents.companion()) {
            send(kafka, CALLS, key, CALL_ENDED, "not json");
            send(kafka, CALLS, key, CALL_ENDED, "{\"contactId\":\"" + key + "\",\"agentId\":\"a\"}"); // no teamId
            sendRaw(kafka, CALLS, key, "{}"); // no CloudEvents type
            List<ConsumerRecord<String, String>> dead = records(kafka, DLQ, e -> key.equals(e.key()))
                    .awaitRecords(3, DEADLINE).getRecords();
            assertEquals("not json", dead.get(0).value());
            assertNotNull(TestEvents.header(dead.get(1), "dead-letter-reason"));
            assertEquals("{}", dead.get(2).value());
        }
    }
}
