package io.contactcenter.recognition.praise;

import static io.contactcenter.recognition.RecognitionTestSupport.DEADLINE;
import static io.contactcenter.recognition.RecognitionTestSupport.DLQ;
import static io.contactcenter.recognition.RecognitionTestSupport.TOPIC;
import static io.contactcenter.recognition.RecognitionTestSupport.TYPE;
import static io.contactcenter.recognition.RecognitionTestSupport.awaitPoints;
import static io.contactcenter.recognition.RecognitionTestSupport.freshYear;
import static io.contactcenter.recognition.RecognitionTestSupport.praiseBody;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TopicReader;
import io.contactcenter.testing.TopicWriter;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;

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

        try (TopicReader dlq = TopicReader.open(DLQ); TopicWriter topic = TopicWriter.open()) {
            // All with the agent as key: one partition, so the valid praise comes after the bad ones.
            topic.sendRaw(TOPIC, agent, "not json");
            String invalidId = topic.send(TOPIC, agent, TYPE, invalid);
            topic.send(TOPIC, agent, "contactcenter.something.new", "{\"whatever\":1}"); // unknown type: ignored
            topic.send(TOPIC, agent, TYPE, praiseBody(uniqueId("p"), agent, null, "SURVEY", year + "-02-01T08:00:00.000Z"));

            List<TopicReader.Event> dead = dlq.awaitCount(e -> agent.equals(e.key()), 2, DEADLINE);
            assertEquals("not json", dead.get(0).body());
            assertNotNull(dead.get(0).header("dead-letter-reason"));
            assertEquals(invalid, dead.get(1).body());
            assertEquals(invalidId, dead.get(1).header("ce_id"), "the DLQ copy keeps the original headers");
            awaitPoints(agent, year + "-02", 1);

            assertEquals(2, dlq.drain(Duration.ofMillis(500)).stream().filter(e -> agent.equals(e.key())).count(),
                    "an unknown event type is ignored, not dead-lettered");
        }
    }
}
