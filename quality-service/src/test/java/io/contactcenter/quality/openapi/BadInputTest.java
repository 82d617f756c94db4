package io.contactcenter.quality.openapi;

import java.net.URI;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.badinput.BadInput;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Every operation of the service's own OpenAPI document, sent bad ids, query values and bodies. */
@QuarkusTest
@TestProfile(BadInputTest.OwnSchema.class)
class BadInputTest {

    /** What the walk creates stays in a schema of its own, out of the counts other tests make. */
    public static class OwnSchema implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.additional-properties.search_path", "bad_input",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/quality_test?currentSchema=bad_input",
                    "quarkus.flyway.schemas", "bad_input",
                    "quarkus.flyway.default-schema", "bad_input");
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void noOperationAnswersBadInputWithA5xxOrABodilessError() {
        BadInput.against(root, "quality-service").sample("from", "2026-04-01").sample("to", "2026-04-30")
                // a scorecard that publishes, so each bad value in it is the only thing wrong
                .sampleJson("sections", """
                        [{"key":"accuracy","name":"Accuracy","items":[{"key":"accuracy","text":"Correct answer",
                          "answerType":"YES_NO","maxPoints":60,"critical":true}]},
                         {"key":"tone","name":"Tone","items":[{"key":"tone","text":"Friendly tone",
                          "answerType":"SCALE","maxPoints":40,"scaleMax":4}]}]""")
                .walk().assertClean();
    }
}
