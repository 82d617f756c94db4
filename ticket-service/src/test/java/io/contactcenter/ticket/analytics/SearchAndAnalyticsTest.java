package io.contactcenter.ticket.analytics;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/**
 * Search filters and period analytics. The tickets are created in March 2031 (controlled clock) and
 * owned by a team of this test's own: the calls other services' tests end meanwhile on the shared
 * broker also open tickets (stamped with this clock), so the figures asked for are this team's, which
 * can be computed by hand.
 */
@QuarkusTest
class SearchAndAnalyticsTest {

    static final Instant T0 = Instant.parse("2031-03-03T01:00:00Z");
    static final String FROM = "2031-03-01T00:00:00Z";
    static final String TO = "2031-04-01T00:00:00Z";

    @Test
    void filtersPagesAndThePeriodsFiguresComputedByHand() {
        TestClock clock = new TestClock(T0);
        QuarkusMock.installMockForType(clock, Clock.class);
        String customer = uniqueId("cust");
        String surname = uniqueId("Zhao");
        String team = uniqueId("t-search");

        String open = postTicket("agent", body("type", "COMPLAINT", "channel", "EMAIL", "category", "billing",
                "subject", "Billed twice", "customerId", customer, "customerName", surname + " Lei", "owningTeam", team)).statusCode(201)
                .extract().path("id");
        String fault = postTicket("agent", body("type", "FAULT", "channel", "WEB", "category", "network",
                "subject", "No signal", "customerId", customer, "owningTeam", team)).statusCode(201).extract().path("id");
        String onCall = postTicket("agent", body("type", "COMPLAINT", "channel", "PHONE", "subject", "Tariff",
                "sourceContactId", uniqueId("c"), "resolution", "Explained on the call", "owningTeam", team)).statusCode(201)
                .extract().path("id");
        String letter = postTicket("agent", body("type", "REQUEST", "channel", "LETTER", "subject", "Paper bills",
                "owningTeam", team)).statusCode(201).extract().path("id");

        clock.set(T0.plus(Duration.ofHours(10)));
        resolve(fault);
        clock.set(T0.plus(Duration.ofHours(80)));
        resolve(letter);
        clock.set(T0.plus(Duration.ofHours(100)));

        // Search.
        search(Map.of("customer", customer)).body("total", equalTo(2)).body("items.id", containsInAnyOrder(open, fault));
        search(Map.of("customer", surname.toLowerCase())).body("total", equalTo(1)).body("items[0].id", equalTo(open));
        search(Map.of("team", team, "type", "COMPLAINT", "createdFrom", FROM, "createdTo", TO))
                .body("total", equalTo(2)).body("items.id", containsInAnyOrder(open, onCall));
        search(Map.of("team", team, "createdFrom", FROM, "createdTo", "2031-03-03T01:00:00Z")).body("total", equalTo(0));
        search(Map.of("team", team, "type", "REQUEST")).body("total", equalTo(1)).body("items[0].id", equalTo(letter));
        search(Map.of("team", team, "overdue", "true")).body("total", equalTo(1))
                .body("items[0].id", equalTo(open)).body("items[0].overdue", equalTo(true));
        search(Map.of("team", team, "overdue", "false")).body("total", equalTo(3));
        search(Map.of("team", team, "category", "NETWORK")).body("items.id", containsInAnyOrder(fault));
        search(Map.of("team", team, "status", "RESOLVED", "size", "2")).body("total", equalTo(3))
                .body("items", hasSize(2)).body("size", equalTo(2));
        search(Map.of("team", team, "status", "RESOLVED", "size", "2", "page", "1"))
                .body("items", hasSize(1)).body("page", equalTo(1));

        // Analytics of March 2031, by hand: resolution times 0 s (on the call), 10 h, 80 h.
        JsonPath figures = given().header("Authorization", Tokens.bearer("supervisor")).queryParam("from", FROM)
                .queryParam("to", TO).queryParam("team", team).get("/tickets/analytics").then().statusCode(200)
                .body("team", equalTo(team))
                .body("created", equalTo(4)).body("resolved", equalTo(3))
                .body("byType.COMPLAINT", equalTo(2)).body("byType.FAULT", equalTo(1))
                .body("byType.REQUEST", equalTo(1)).body("byType.SUGGESTION", equalTo(0))
                .body("byCategory.billing", equalTo(1)).body("byCategory.network", equalTo(1))
                .body("byCategory.'(none)'", equalTo(2))
                .body("byStatus.NEW", equalTo(1)).body("byStatus.RESOLVED", equalTo(3))
                .body("byStatus.CLOSED", equalTo(0))
                .body("overdueNow", equalTo(1))
                .extract().jsonPath();
        assertEquals(36000.0, figures.getDouble("medianResolutionSeconds"));
        // percentile_cont(0.9) of {0, 36000, 288000}: 36000 + 0.8 * (288000 - 36000).
        assertEquals(237600.0, figures.getDouble("p90ResolutionSeconds"), 0.1);
        assertEquals(2.0 / 3, figures.getDouble("slaCompliance"), 1e-6, "the 72 h request took 80 h");
        assertEquals(1.0 / 3, figures.getDouble("firstContactResolutionRate"), 1e-6);
        // First responses: the call (on time), the fault's resolution at 10 h (on time), the letter's at 80 h
        // (late), and the email never answered (missed).
        assertEquals(0.5, figures.getDouble("firstResponseCompliance"), 1e-6);

        // The whole center in that period counts at least these; a period with nothing in it: zeros, null rates.
        given().header("Authorization", Tokens.bearer("admin")).queryParam("from", FROM).queryParam("to", TO)
                .get("/tickets/analytics").then().statusCode(200).body("team", equalTo(null))
                .body("created", greaterThanOrEqualTo(4)).body("overdueNow", greaterThanOrEqualTo(1));
        given().header("Authorization", Tokens.bearer("admin")).queryParam("from", "2031-05-01T00:00:00Z")
                .queryParam("to", "2031-06-01T00:00:00Z").queryParam("team", team).get("/tickets/analytics").then()
                .statusCode(200)
                .body("created", equalTo(0)).body("resolved", equalTo(0))
                .body("medianResolutionSeconds", equalTo(null)).body("slaCompliance", equalTo(null));
    }

    @Test
    void badParametersAreNamed() {
        Map<String, String> bad = Map.of("overdue", "maybe", "createdFrom", "yesterday", "customer", "", "size", "0");
        bad.forEach((name, value) -> {
            if (!value.isEmpty()) {
                given().header("Authorization", Tokens.bearer("agent")).queryParam(name, value).get("/tickets")
                        .then().statusCode(400).contentType("application/problem+json")
                        .body("violations[0].field", equalTo(name));
            }
        });
        given().header("Authorization", Tokens.bearer("agent")).queryParam("createdFrom", TO)
                .queryParam("createdTo", FROM).get("/tickets").then().statusCode(400)
                .body("violations[0].field", equalTo("createdTo"));
        given().header("Authorization", Tokens.bearer("supervisor")).queryParam("to", TO).get("/tickets/analytics")
                .then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", Tokens.bearer("supervisor")).queryParam("from", TO).queryParam("to", FROM)
                .get("/tickets/analytics").then().statusCode(400).body("violations[0].field", equalTo("to"));
        given().header("Authorization", Tokens.bearer("supervisor")).queryParam("from", "March").queryParam("to", TO)
                .get("/tickets/analytics").then().statusCode(400).body("violations[0].field", equalTo("from"));
        given().header("Authorization", Tokens.bearer("agent")).queryParam("from", FROM).queryParam("to", TO)
                .get("/tickets/analytics").then().statusCode(403);
    }

    private static void resolve(String id) {
        act("agent", id, "status", body("version", version(id), "status", "RESOLVED", "resolution", "done"))
                .statusCode(200);
    }

    private static ValidatableResponse search(Map<String, String> params) {
        return given().header("Authorization", Tokens.bearer("agent")).queryParams(params).get("/tickets").then()
                .statusCode(200);
    }
}
