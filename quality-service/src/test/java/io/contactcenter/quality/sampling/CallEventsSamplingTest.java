package io.contactcenter.quality.sampling;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.CALL_QUEUED;
import static io.contactcenter.quality.QualityTestSupport.asSupervisor;
import static io.contactcenter.quality.QualityTestSupport.awaitCandidate;
import static io.contactcenter.quality.QualityTestSupport.callEnded;
import static io.contactcenter.quality.QualityTestSupport.callQueued;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TopicReader;
import io.contactcenter.testing.TopicWriter;
import io.quarkus.test.junit.QuarkusTest;

/** call-events from the real broker into QA candidates in the real database. */
@QuarkusTest
class CallEventsSamplingTest {

    static final String TOPIC = "call-events";
    static final String DLQ = "call-events.quality-service.dlq";
    /** The consumer may first have to join its group and read older records. */
    static final Duration CONSUMED = Duration.ofSeconds(60);

    TopicWriter writer;
    TopicReader deadLetters;

    @BeforeEach
    void open() {
        writer = TopicWriter.open();
        deadLetters = TopicReader.open(DLQ);
    }

    @AfterEach
    void close() {
        writer.close();
        deadLetters.close();
    }

    @Test
    void complaintIsSelectedForReview() {
        String contact = uniqueId("c");
        String agent = uniqueId("a");
        writer.send(TOPIC, contact, CALL_ENDED, callEnded(contact, agent, "INQUIRY", "COMPLAINT"));

        awaitCandidate(contact, CONSUMED)
                .body("contactId", equalTo(contact))
                .body("agentId", equalTo(agent))
                .body("teamId", equalTo("team-7"))
                .body("queueId", equalTo("complaints"))
                .body("disposition", equalTo("COMPLAINT"))
                .body("talkSeconds", equalTo(185.5f))
                .body("endedAt", notNullValue())
                .body("selected", equalTo(true))
                .body("selectionReason", equalTo("COMPLAINT"));

        asSupervisor("/qa/candidates?selected=true&agentId={a}", agent).statusCode(200)
                .body("total", equalTo(1))
                .body("items.contactId", equalTo(List.of(contact)));
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("qa_candidates_total{selected=\"true\"}"));
    }

    @Test
    void ordinaryContactFollowsTheRandomShare() {
        String agent = uniqueId("a");
        String first = uniqueId("c");
        String second = uniqueId("c");
        writer.send(TOPIC, first, CALL_ENDED, callEnded(first, agent, "INQUIRY", "RESOLVED"));
        writer.send(TOPIC, second, CALL_ENDED, callEnded(second, agent, "TRANSACTION", "INFORMATION"));

        // Same deterministic rule, same configured share (10%): the service must agree with it.
        SamplingRule rule = new SamplingRule(10);
        for (String contact : List.of(first, second)) {
            Selection expected = rule.select(contact, "INQUIRY", "RESOLVED");
            awaitCandidate(contact, CONSUMED)
                    .body("selected", equalTo(expected.selected()))
                    .body("selectionReason", expected.selected() ? equalTo("RANDOM") : nullValue());
        }
        asSupervisor("/qa/candidates?agentId={a}", agent).statusCode(200)
                .body("total", equalTo(2))
                .body("items.agentId", everyItem(equalTo(agent)));
    }

    @Test
    void redeliveredEventChangesNothing() {
        String key = uniqueId("c");
        String agent = uniqueId("a");
        String eventId = writer.send(TOPIC, key, CALL_ENDED, callEnded(key, agent, "COMPLAINT", "RESOLVED"));
        awaitCandidate(key, CONSUMED);

        // The redelivery carries another contact id, so only the event-id check (not the contact's
        // primary key) can keep it out. The fresh event after it on the same key (one partition, in
        // order) proves the redelivery has been consumed by the time the fresh one is visible.
        String notRecorded = key + "-redelivered";
        writer.send(TOPIC, key, eventId, CALL_ENDED, callEnded(notRecorded, agent, "COMPLAINT", "RESOLVED"));
        String fence = key + "-fence";
        writer.send(TOPIC, key, CALL_ENDED, callEnded(fence, agent, "INQUIRY", "RESOLVED"));
        awaitCandidate(fence, CONSUMED);

        asSupervisor("/qa/candidates/{id}", notRecorded).statusCode(404)
                .contentType("application/problem+json");
        asSupervisor("/qa/candidates?agentId={a}", agent).statusCode(200)
                .body("total", equalTo(2))
                .body("items.contactId", containsInAnyOrder(key, fence));
    }

    @Test
    void otherCallEventTypesAreSkippedAndConsumptionGoesOn() {
        String contact = uniqueId("c");
        // A call.queued body is no call.ended: were it parsed as one, it would be dead-lettered.
        writer.send(TOPIC, contact, CALL_QUEUED, callQueued(contact));
        writer.send(TOPIC, contact, CALL_ENDED, callEnded(contact, uniqueId("a"), "COMPLAINT", "COMPLAINT"));

        awaitCandidate(contact, CONSUMED).body("intent", equalTo("COMPLAINT"));
        List<TopicReader.Event> dead = deadLetters.drain(Duration.ofSeconds(1));
        assertTrue(dead.stream().noneMatch(e -> contact.equals(e.key())), "nothing dead-lettered: " + dead);
    }

    @Test
    void poisonRecordGoesToTheDeadLetterTopicAndTheNextEventIsStillRecorded() {
        String contact = uniqueId("c");
        writer.sendRaw(TOPIC, contact, "not json");
        // Valid envelope, invalid body (a negative talk time): rejected too, on its own.
        String invalid = callEnded(contact, uniqueId("a"), "INQUIRY", "RESOLVED").replace("185.5", "-1");
        writer.send(TOPIC, contact, CALL_ENDED, invalid);
        writer.send(TOPIC, contact, CALL_ENDED, callEnded(contact, uniqueId("a"), "INQUIRY", "COMPLAINT"));

        List<TopicReader.Event> dead = deadLetters.awaitCount(e -> contact.equals(e.key()), 2, CONSUMED);
        assertEquals("not json", dead.get(0).body());
        assertNotNull(dead.get(0).header("dead-letter-reason"));
        assertEquals(invalid, dead.get(1).body());
        assertEquals(CALL_ENDED, dead.get(1).type(), "the original headers travel with the record");
        assertTrue(dead.get(1).header("dead-letter-reason").contains("talkSeconds"),
                dead.get(1).header("dead-letter-reason"));

        awaitCandidate(contact, CONSUMED).body("selectionReason", equalTo("COMPLAINT"));
    }

    @Test
    void unknownCandidateIsA404Problem() {
        asSupervisor("/qa/candidates/{id}", "nobody-" + uniqueId("c")).statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("detail", containsString("not found"));
    }

    @Test
    void summaryListsEveryReason() {
        asSupervisor("/qa/summary").statusCode(200)
                .body("candidates", notNullValue())
                .body("selected", notNullValue())
                .body("byReason.keySet()", hasItem("COMPLAINT"))
                .body("byReason.keySet()", hasItem("RANDOM"))
                .body("byReason.keySet()", not(hasItem("null")));
    }
}
