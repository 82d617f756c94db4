package io.contactcenter.ticket;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.WallboardCors;
import io.quarkus.test.junit.QuarkusTest;

/** The wallboard's browser (routing-service's origin) may read here with a bearer token; other origins not. */
@QuarkusTest
class WallboardCorsTest {

    static final String PATH = "/tickets?type=COMPLAINT&size=1";

    @Test
    void theWallboardsOriginMayReadWithABearerToken() {
        WallboardCors.assertReadableFromTheWallboard(PATH);
    }

    @Test
    void anotherOriginIsRefused() {
        WallboardCors.assertRefusedFromAnotherOrigin(PATH);
    }
}
