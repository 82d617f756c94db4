package io.contactcenter.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * The wallboard page is served by routing-service, another origin than the services it reads (ticket,
 * recognition): its browser may read from them with a bearer token (preflight, then the GET), only from the
 * configured origins and only to read. Run against the service under test (rest-assured's base URI).
 */
public final class WallboardCors {

    /** The default origin of the wallboard (routing-service on its local port). */
    public static final String WALLBOARD = "http://127.0.0.1:8081";
    private static final String ELSEWHERE = "http://elsewhere.example";

    private WallboardCors() {
    }

    /** The preflight allows GET with an Authorization header, and the GET answers with the origin allowed. */
    public static void assertReadableFromTheWallboard(String path) {
        given().header("Origin", WALLBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options(path).then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(WALLBOARD))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"))
                .header("Access-Control-Allow-Methods", containsStringIgnoringCase("GET"));
        given().header("Origin", WALLBOARD).header("Authorization", Tokens.bearer("supervisor")).get(path).then()
                .statusCode(200).header("Access-Control-Allow-Origin", equalTo(WALLBOARD));
    }

    /** Neither the preflight nor the GET allow an origin that is not configured. */
    public static void assertRefusedFromAnotherOrigin(String path) {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").options(path).then()
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", ELSEWHERE).header("Authorization", Tokens.bearer("supervisor"))
                .get(path).then().header("Access-Control-Allow-Origin", nullValue());
    }
}
