package io.contactcenter.routing.wallboard;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The wallboard page as routing serves it: the page and its two assets to anyone (they hold no data), the
 * settings it reads only with a supervisor's or an admin's token. The page in a real browser, fed by the
 * figures stream: deploy/platform-it's WallboardIT.
 */
@QuarkusTest
class WallboardPageTest {

    @Test
    void thePageAndItsAssetsAreServedWithoutAToken() {
        given().get("/wallboard/").then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("wallboard.js")).body(containsString("wallboard.css"))
                .body(containsString("lang=\"zh-CN\""));
        given().get("/wallboard").then().statusCode(200).body(containsString("wallboard.js"));
        given().get("/wallboard/wallboard.js").then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("/queues/figures/stream?ticket=")).body(containsString("/streams/tickets"));
        given().get("/wallboard/wallboard.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void theSettingsNeedASupervisorOrAdminToken() {
        given().header("Authorization", Tokens.bearer("supervisor")).get("/wallboard/settings").then().statusCode(200)
                .body("ticketUrl", nullValue()).body("recognitionUrl", nullValue())
                .body("complaintsDueWithin", equalTo("PT48H")).body("complaintsShown", equalTo(8))
                .body("topPraised", equalTo(5)).body("timeZone", equalTo("Asia/Shanghai"));
        given().header("Authorization", Tokens.bearer("admin")).get("/wallboard/settings").then().statusCode(200);
        given().header("Authorization", Tokens.bearer("agent")).get("/wallboard/settings").then().statusCode(403);
        given().get("/wallboard/settings").then().statusCode(401);
    }
}
