package io.contactcenter.recognition.openapi;

import static io.contactcenter.recognition.RecognitionTestSupport.postAs;
import static io.contactcenter.recognition.RecognitionTestSupport.uniqueId;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.badinput.BadInput;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Every operation of the service's own OpenAPI document, sent bad ids, query values and bodies. */
@QuarkusTest
@TestProfile(BadInputTest.OwnStores.class)
class BadInputTest {

    /** What the walk creates stays in a schema and a Redis database of their own, out of other tests' counts. */
    public static class OwnStores implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.reactive.additional-properties.search_path", "bad_input",
                    "%test.quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:5432/recognition_test?currentSchema=bad_input",
                    "quarkus.flyway.schemas", "bad_input",
                    "quarkus.flyway.default-schema", "bad_input",
                    "%test.quarkus.redis.hosts", "redis://127.0.0.1:6379/5");
        }
    }

    @TestHTTPResource("/")
    URI root;

    @Test
    void noOperationAnswersBadInputWithA5xxOrABodilessError() {
        // A real competition, so its rounds' operations get past the lookup to their bodies.
        String competition = uniqueId("bi-gold");
        postAs("supervisor", Map.of("competitionId", competition, "name", "Walked with bad input", "rounds",
                List.of(Map.of("name", "One"), Map.of("name", "Two"))), "/competitions").statusCode(201);

        BadInput.against(root, "recognition-service").sample("id", competition).sample("round", "2")
                .sample("month", "2026-04").sample("quarter", "2026-Q2").sample("period", "2026-04")
                .sample("NewPraise.source", "LETTER").walk().assertClean();
    }
}
