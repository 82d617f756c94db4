package io.contactcenter.ticket.escalation;

import static io.contactcenter.ticket.TicketTestSupport.act;
import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.defineTeam;
import static io.contactcenter.ticket.TicketTestSupport.getTicket;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static io.contactcenter.ticket.TicketTestSupport.ticketEvents;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.contactcenter.testing.CatalogSchemas;
import io.contactcenter.testing.Tokens;
import io.contactcenter.testing.TestEvents;
import io.contactcenter.testing.TestClock;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.ConsumerTask;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * Escalation with a controlled clock. The tickets live in June 2020, so a run at an instant of that
 * month sees only this test's tickets (everyone else's are due years later).
 */
@QuarkusTest
class EscalationTest {

    /** Monday 1 June 2020, 01:00 UTC (09:00 in Shanghai). */
    static final Instant T0 = Instant.parse("2020-06-01T01:00:00Z");
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @Inject
    EscalationScheduler scheduler;

    TestClock clock;

    @BeforeEach
    void pinTheClock() {
        clock = new TestClock(T0);
        QuarkusMock.installMockForType(clock, Clock.class);
    }

    @Test
    void warningsAtEightyPercentThenRectificationNoticeThenTheManager() throws Throwable {
        String agent = uniqueId("agent");
        defineTeam("lab", "sup-lab", List.of(agent)).statusCode(200);
        try (KafkaCompanion kafka = TestEvents.companion()) {
            String id = postTicket("agent", Map.of("type", "COMPLAINT", "channel", "EMAIL", "category", "lab",
                    "subject", "Nobody answers my emails")).statusCode(201)
                    .body("dueAt", equalTo("2020-06-03T01:00:00Z")).body("firstResponseDueAt", equalTo("2020-06-02T01:00:00Z"))
                    .extract().path("id");
            // Another one waits on the customer from the first hour: its clock stands still.
            String waiting = postTicket("agent", Map.of("type", "COMPLAINT", "channel", "EMAIL", "category", "lab",
                    "subject", "Please send the contract")).statusCode(201).extract().path("id");
            clock.set(T0.plus(Duration.ofMinutes(30)));
            act("agent", waiting, "status", body("version", version(waiting), "status", "IN_PROGRESS")).statusCode(200);
            clock.set(T0.plus(Duration.ofHours(1)));
            act("agent", waiting, "status", body("version", version(waiting), "status", "WAITING_ON_CUSTOMER"))
                    .statusCode(200);

            // Runs at chosen instants; the published events below say what each did to this ticket.
            runAt(Duration.ofHours(10));
            runAt(Duration.ofHours(20));
            runAt(Duration.ofHours(21));
            runAt(Duration.ofMinutes(2304));
            getTicket(id).body("escalationLevel", equalTo(0)).body("overdue", equalTo(false));
            EscalationScheduler.Run due = runAt(Duration.ofHours(48).plusMinutes(1));
            assertTrue(due.escalations() >= 1 && due.overdue() >= 1, due.toString());
            getTicket(id).body("escalationLevel", equalTo(1)).body("overdue", equalTo(true));
            runAt(Duration.ofHours(60));
            getTicket(id).body("escalationLevel", equalTo(1));
            runAt(Duration.ofHours(73));
            getTicket(id).body("escalationLevel", equalTo(2));
            runAt(Duration.ofHours(200));

            ConsumerTask<String, String> events = ticketEvents(kafka, id).awaitRecords(6, PATIENCE);
            // Nothing more comes: each warning once, one event per level, nothing above the top.
            await().during(Duration.ofMillis(1500)).atMost(PATIENCE).until(() -> events.count() == 6);
            List<ConsumerRecord<String, String>> published = events.getRecords();
            assertEquals(List.of("contactcenter.ticket.created", "contactcenter.ticket.assigned",
                    "contactcenter.ticket.sla-warning", "contactcenter.ticket.sla-warning",
                    "contactcenter.ticket.escalated", "contactcenter.ticket.escalated"),
                    published.stream().map(TestEvents::type).toList());
            published.forEach(e -> CatalogSchemas.assertValid(TestEvents.type(e), e.value()));
            JsonPath firstReply = JsonPath.from(published.get(2).value());
            assertEquals("FIRST_RESPONSE", firstReply.getString("target"));
            assertEquals("2020-06-02T01:00:00.000Z", firstReply.getString("dueAt"));
            assertEquals("RESOLUTION", JsonPath.from(published.get(3).value()).getString("target"));
            JsonPath notice = JsonPath.from(published.get(4).value());
            assertEquals(1, notice.getInt("level"));
            assertEquals("sup-lab", notice.getString("escalatedTo"));
            assertEquals("SUPERVISOR", notice.getString("role"));
            assertEquals(agent, notice.getString("assignee"));
            JsonPath manager = JsonPath.from(published.get(5).value());
            assertEquals(2, manager.getInt("level"));
            assertEquals("center-manager", manager.getString("escalatedTo"));
            assertEquals(25 * 3600.0, manager.getDouble("overdueSeconds"));

            // The waiting ticket was never warned nor escalated; resumed, its due time moved by the 72 h paused.
            // Created, assigned and its two status changes are out; no escalation follows them.
            ConsumerTask<String, String> waited = ticketEvents(kafka, waiting).awaitRecords(4, PATIENCE);
            await().during(Duration.ofMillis(500)).atMost(PATIENCE)
                    .until(() -> waited.stream().noneMatch(e -> TestEvents.type(e).contains("escalated")));
            clock.set(T0.plus(Duration.ofHours(73)));
            act("agent", waiting, "status", body("version", version(waiting), "status", "IN_PROGRESS"))
                    .statusCode(200).body("dueAt", equalTo("2020-06-06T01:00:00Z")).body("overdue", equalTo(false));
            getTicket(waiting).body("escalationLevel", equalTo(0));

            given().header("Authorization", Tokens.bearer("supervisor")).queryParam("team", "lab")
                    .queryParam("overdue", "true").queryParam("createdTo", "2020-07-01T00:00:00Z").get("/tickets")
                    .then().statusCode(200).body("items.id", hasItem(id)).body("items.id", not(hasItem(waiting)));
        }
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("tickets_escalations_total{level=\"2\"}"))
                .body(containsString("tickets_sla_warnings_total{target=\"FIRST_RESPONSE\"}"))
                .body(containsString("tickets_overdue "));
    }

    @Test
    void aBusinessHoursCommitmentEscalatesOnlyInOpenTime() throws Throwable {
        // Suggestions run on business hours (Mon-Fri 09:00-18:00 Shanghai; the test profile makes Wednesday
        // 5 August 2020 a holiday): 45 open hours from Monday 3 August 09:00 are Mon, Tue, Thu, Fri and the
        // next Monday, due Monday 10 August 18:00 Shanghai time, not Wednesday morning (45 wall-clock hours).
        Instant monday = Instant.parse("2020-08-03T01:00:00Z");
        clock.set(monday);
        String id = postTicket("agent", Map.of("type", "SUGGESTION", "channel", "LETTER", "category", "lab",
                "subject", "Longer opening hours")).statusCode(201)
                .body("dueAt", equalTo("2020-08-10T10:00:00Z")).extract().path("id");
        runAt(monday, Duration.ofHours(72));
        getTicket(id).body("escalationLevel", equalTo(0)).body("overdue", equalTo(false));
        runAt(monday, Duration.ofHours(105).plusMinutes(1));
        getTicket(id).body("escalationLevel", equalTo(0)).body("overdue", equalTo(false));
        runAt(monday, Duration.ofHours(177).plusMinutes(1));
        getTicket(id).body("escalationLevel", equalTo(1)).body("overdue", equalTo(true));
    }

    private EscalationScheduler.Run runAt(Duration sinceT0) throws Throwable {
        return runAt(T0, sinceT0);
    }

    private EscalationScheduler.Run runAt(Instant start, Duration since) throws Throwable {
        clock.set(start.plus(since));
        // The scheduler runs on a Vert.x context; so does this call, as the scheduled one would.
        return VertxContextSupport.subscribeAndAwait(() -> scheduler.run());
    }
}
