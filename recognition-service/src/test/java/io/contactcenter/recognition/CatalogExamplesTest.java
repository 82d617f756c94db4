package io.contactcenter.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.contactcenter.testing.CatalogSchemas;

/** The catalog's examples of the types this service produces are valid for their schemas. */
class CatalogExamplesTest {

    @ParameterizedTest
    @ValueSource(strings = { "contactcenter.award.granted", "contactcenter.competition.round-published" })
    void exampleMatchesItsSchema(String type) throws IOException {
        CatalogSchemas.assertValid(type, Files.readString(Path.of("../event-catalog/examples/" + type + ".json")));
    }
}
