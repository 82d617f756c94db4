package io.contactcenter.recognition.praise;

import static io.contactcenter.recognition.RecognitionTestSupport.DEADLINE;
import static io.contactcenter.recognition.RecognitionTestSupport.DLQ;
import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPoints;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.records;
import static io.contactcenter.recognition.RecognitionTestSupport.send;
import static io.contactcenter.recognition.RecognitionTestSupport.sendRaw;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestEvents;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** A record the consumer cannot use goes to the DLQ; the records behind it are still counted. */
@QuarkusTest
class DeadLetterTest {

    @Inject
    RedisDataSource redis;

    @Test
    void poisonRecordsAreDeadLetteredAndTheNextPraiseStillCounts() {
        redis.execute("FLUSHDB");
        String agent = uniqueId("a");
        int year = freshYear();
        String invalid = "{\"praiseId\":\"p-1\",\"source\":\"SURVEY\"}"; // JSON, but no agentId nor occurredAt

        try (KafkaCompanion kafka = TestEvents.companion()) {
            // All with the agent as key: one partition, so the valid praise comes after the bad ones.
            sendRaw(kafka, TOPIC, agent, "not json");
            String invalidId = send(kafka, TOPIC, agent, TYPE, invalid);
            send(kafka, TOPIC, agent, "contactcenter.something.new", "{\"whatever\":1}"); // unknown type: ignored
            send(kafka, TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, null, "SURVEY", year + "-02-01T08:00:00.000Z"));
            // Last, a record without ce_type: dead-lettered (it used to be counted as a praise).
            sendRaw(kafka, TOPIC, agent, praiseBody(uniqueId("p"), agent, null, "SURVEY", year + "-02-02T08:00:00.000Z"));

            awaitPoints(agent, year + "-02", 1);
            List<ConsumerRecord<String, String>> dead = records(kafka, DLQ, e -> agent.equals(e.key()))
                    .awaitRecords(3, DEADLINE).getRecords();
            assertEquals("not json", dead.get(0).value());
            assertNotNull(TestEvents.header(dead.get(0), "dead-letter-reason"));
            assertEquals(invalid, dead.get(1).value());
            assertEquals(invalidId, TestEvents.header(dead.get(1), "ce_id"), "the DLQ copy keeps the original headers");
            assertEquals("unreadable-body", TestEvents.header(dead.get(1), "dead-letter-kind"));
            // The third is the typeless praise, so the unknown type before it was ignored, not dead-lettered.
            assertEquals("missing-header", TestEvents.header(dead.get(2), "dead-letter-kind"));
            awaitPoints(agent, year + "-02", 1);
        }
    }
}
