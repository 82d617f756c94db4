package io.contactcenter.quality.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.contactcenter.testing.CatalogSchemas;

/**
 * The catalog's examples of this service's event types are valid for their schemas (the bodies the
 * service really emits are checked in EvaluationFlowTest, read back from the broker). No Quarkus.
 */
class QualityEventCatalogTest {

    @ParameterizedTest
    @ValueSource(strings = { EvaluationCompleted.TYPE, EvaluationAcknowledged.TYPE, EvaluationDisputed.TYPE,
            EvaluationReviewed.TYPE })
    void exampleIsValid(String type) throws IOException {
        CatalogSchemas.assertValid(type,
                Files.readString(Path.of("..", "event-catalog", "examples", type + ".json")));
    }
}
