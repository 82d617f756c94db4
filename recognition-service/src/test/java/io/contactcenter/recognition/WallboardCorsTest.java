package io.contactcenter.recognition;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The wallboard page is served by routing-service, another origin: its browser may read from here with a
 * bearer token (preflight, then the GET), only from the configured origins and only to read.
 */
@QuarkusTest
class WallboardCorsTest {

    static final String WALLBOARD = "http://127.0.0.1:8081";
    static final String PATH = "/leaderboards/monthly/2032-05?top=1";

    @Test
    void theWallboardsOriginMayReadWithABearerToken() {
        given().header("Origin", WALLBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options(PATH).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WALLBOARD))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("GET"));
        given().header("Origin", WALLBOARD).header("Authorization", Tokens.bearer("supervisor")).get(PATH).then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo(WALLBOARD));
    }

    @Test
    void anotherOriginIsRefused() {
        given().header("Origin", "http://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options(PATH).then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "http://elsewhere.example").header("Authorization", Tokens.bearer("supervisor"))
                .get(PATH).then().header("Access-Control-Allow-Origin", nullValue());
    }
}
