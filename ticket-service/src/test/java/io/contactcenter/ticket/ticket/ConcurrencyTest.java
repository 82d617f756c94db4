package io.contactcenter.ticket.ticket;

import static io.contactcenter.ticket.TicketTestSupport.body;
import static io.contactcenter.ticket.TicketTestSupport.defineTeam;
import static io.contactcenter.ticket.TicketTestSupport.postTicket;
import static io.contactcenter.ticket.TicketTestSupport.uniqueId;
import static io.contactcenter.ticket.TicketTestSupport.version;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.contactcenter.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Optimistic locking under real concurrency: one writer wins, every other one gets 409, nothing half-written. */
@QuarkusTest
class ConcurrencyTest {

    static final int WRITERS = 8;

    @Inject
    AgroalDataSource db;

    @Test
    void concurrentUpdatesOfOneVersionOneWinsTheOthersGet409() throws Exception {
        String agent = uniqueId("agent");
        defineTeam("lab", "sup-lab", List.of(agent)).statusCode(200);
        String id = postTicket("agent", Map.of("type", "FAULT", "channel", "WEB", "category", "lab", "subject",
                "Router keeps rebooting")).statusCode(201).extract().path("id");
        long v = version(id);

        List<Integer> statuses = race(i -> given().header("Authorization", Tokens.bearer("agent"))
                .contentType(ContentType.JSON)
                .body(i % 2 == 0 ? body("version", v, "status", "IN_PROGRESS", "reason", "writer " + i)
                        : body("version", v, "status", "RESOLVED", "resolution", "writer " + i))
                .post("/tickets/{id}/status", id).then().extract().statusCode());

        assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(WRITERS - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(v + 1, version(id));
        assertEquals(1, count("select count(*) from ticket_history where ticket_id = ?::uuid and action = 'STATUS_CHANGED'",
                id), "one history line: the winner's");
        assertEquals(1, count("select count(*) from outbox_event where entity_id = ? and type = ?", id,
                "contactcenter.ticket.status-changed"), "one event: the winner's; the losers' rolled back");
    }

    @Test
    void concurrentDispatchSpreadsTicketsEvenlyOverTheTeam() throws Exception {
        List<String> members = List.of(uniqueId("a"), uniqueId("b"), uniqueId("c"));
        defineTeam("lab", "sup-lab", members).statusCode(200);
        List<Integer> statuses = race(i -> postTicket("agent", Map.of("type", "REQUEST", "channel", "WEB", "category",
                "lab", "subject", "Parallel " + i)).extract().statusCode());
        assertEquals(List.of(201), statuses.stream().distinct().toList());
        // The team row is locked while a member is chosen: 8 tickets over 3 members is 3, 3, 2.
        given().header("Authorization", Tokens.bearer("agent")).get("/teams/lab").then().statusCode(200)
                .body("members.openTickets.sort()", org.hamcrest.Matchers.contains(2, 3, 3));
    }

    private interface Writer {
        int write(int i);
    }

    /** Runs the writers at the same moment, each on its own thread; their HTTP status codes. */
    private static List<Integer> race(Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int n = i;
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return writer.write(n);
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> r : results) {
                statuses.add(r.get(30, TimeUnit.SECONDS));
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String sql, String... params) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setString(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
