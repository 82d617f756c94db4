package io.contactcenter.quality.calibration;

import static io.contactcenter.quality.QualityTestSupport.CALL_ENDED;
import static io.contactcenter.quality.QualityTestSupport.as;
import static io.contactcenter.quality.QualityTestSupport.asAdmin;
import static io.contactcenter.quality.QualityTestSupport.awaitCandidate;
import static io.contactcenter.quality.QualityTestSupport.sendCallEvent;
import static io.contactcenter.quality.QualityTestSupport.callEnded;
import static io.contactcenter.quality.QualityTestSupport.registerEvaluator;
import static io.contactcenter.quality.QualityTestSupport.uniqueId;
import static io.contactcenter.quality.scorecard.TestScorecards.callA;
import static io.contactcenter.quality.scorecard.TestScorecards.with;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.TestEvents;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;
import io.quarkus.test.junit.QuarkusTest;

/** A calibration session over HTTP: the known set of CalibrationSpreadTest, stored and read back. */
@QuarkusTest
class CalibrationApiTest {

    @Test
    void spreadOfAKnownSetOfScoresAgainstTheReference() {
        String contact = uniqueId("c");
        try (KafkaCompanion kafka = TestEvents.companion()) {
            sendCallEvent(kafka, contact, CALL_ENDED, callEnded(contact, uniqueId("a"), "INQUIRY", "RESOLVED"));
        }
        awaitCandidate(contact, Duration.ofSeconds(60));
        String lead = uniqueId("qa-lead");
        String q1 = "qa-1-" + uniqueId("x");
        String q2 = "qa-2-" + uniqueId("x");
        String q3 = "qa-3-" + uniqueId("x");
        List.of(lead, q1, q2, q3).forEach(id -> registerEvaluator(id, true));

        asAdmin().body(Map.of("contactId", contact, "referenceEvaluatorId", uniqueId("stranger")))
                .post("/qa/calibrations").then().statusCode(400).body("violations[0].field", equalTo("referenceEvaluatorId"));
        asAdmin().body(Map.of("contactId", uniqueId("c"), "referenceEvaluatorId", lead))
                .post("/qa/calibrations").then().statusCode(404);
        String id = asAdmin().body(Map.of("contactId", contact, "referenceEvaluatorId", lead))
                .post("/qa/calibrations").then().statusCode(201)
                .body("scorecardId", equalTo("default")).body("scorecardVersion", equalTo(1))
                .body("spread.overall.participants", equalTo(0))
                .extract().path("calibrationId");

        score(id, q1, with(callA(), "closing", "YES")).statusCode(200)
                .body("spread.overall.referenceScore", nullValue())
                .body("spread.participants[0].deviation", nullValue());
        score(id, lead, callA()).statusCode(200);
        score(id, q2, with(callA(), "listening", "2")).statusCode(200);
        score(id, q3, with(callA(), "correct-information", "NO")).statusCode(200);
        score(id, q3, callA()).statusCode(409);
        score(id, uniqueId("not-qa"), callA()).statusCode(403);
        score(id, q1 + "x", Map.of("listening", "7")).statusCode(403);

        asAdmin().get("/qa/calibrations/{id}", id).then().statusCode(200)
                .body("scoredBy.size()", equalTo(4))
                .body("spread.tolerance", equalTo(5.0f))
                .body("spread.overall.participants", equalTo(3))
                .body("spread.overall.referenceScore", equalTo(76.14f))
                .body("spread.overall.meanScore", equalTo(51.14f))
                .body("spread.overall.scoreRange", equalTo(81.82f))
                .body("spread.overall.meanAbsoluteDeviation", equalTo(28.79f))
                .body("spread.overall.maxAbsoluteDeviation", equalTo(76.14f))
                .body("spread.overall.rootMeanSquareDeviation", equalTo(44.16f))
                .body("spread.overall.withinTolerancePercent", equalTo(33.33f))
                .body("spread.participants.deviation", equalTo(List.of(5.68f, -4.55f, -76.14f)))
                .body("spread.items.find { it.item == 'closing' }.agreementPercent", equalTo(66.67f))
                .body("spread.items.find { it.item == 'closing' }.meanAbsoluteDeviation", equalTo(33.33f))
                .body("spread.items.find { it.item == 'listening' }.meanAbsoluteDeviation", equalTo(13.33f))
                .body("spread.items.find { it.item == 'hold-transfer' }.agreementPercent", equalTo(100.0f));
        asAdmin().get("/qa/calibrations/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    private static io.restassured.response.ValidatableResponse score(String id, String evaluator,
            Map<String, String> answers) {
        return as("supervisor", evaluator).body(Map.of("answers", answers)).post("/qa/calibrations/{id}/scores", id)
                .then();
    }
}
