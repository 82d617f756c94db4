package io.contactcenter.platform.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The retention job on the real PostgreSQL: rows past the horizon go, in batches smaller than what there
 * is; unpublished outbox rows and everything younger than the horizon stay.
 */
@QuarkusTest
@TestProfile(RetentionTest.SmallBatches.class)
class RetentionTest {

    /** No scheduler: the relay would publish the unpublished row, and the test runs the job itself. */
    public static class SmallBatches implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.scheduler.enabled", "false", "retention.batch-size", "3", "retention.horizon", "7d");
        }
    }

    @Inject
    Retention retention;
    @Inject
    AgroalDataSource db;
    @Inject
    MeterRegistry metrics;

    @Test
    void publishedRowsAndProcessedIdsPastTheHorizonAreDeletedAndNothingElse() throws Throwable {
        String consumer = "retention-test-" + UUID.randomUUID();
        List<UUID> oldPublished = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            oldPublished.add(outboxRow("now() - interval '8 days'"));
        }
        UUID oldUnpublished = outboxRow(null);
        UUID justInside = outboxRow("now() - interval '6 days 23 hours'");
        UUID recent = outboxRow("now() - interval '1 minute'");
        List<String> oldIds = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            oldIds.add(processed(consumer, "now() - interval '7 days 1 minute'"));
        }
        String youngId = processed(consumer, "now() - interval '6 days 23 hours'");
        double outboxBefore = deleted("outbox_event");
        double inboxBefore = deleted("processed_event");

        Retention.Deleted deleted = VertxContextSupport.subscribeAndAwait(() -> retention.run());

        // 7 and 5 rows in batches of 3: the last batch of each is short and ends the run.
        assertEquals(new Retention.Deleted(7, 5), deleted);
        assertEquals(List.of(), existing(oldPublished));
        assertEquals(List.of(oldUnpublished, justInside, recent), existing(List.of(oldUnpublished, justInside, recent)));
        assertEquals(List.of(youngId), processedIds(consumer));
        assertEquals(7, deleted("outbox_event") - outboxBefore);
        assertEquals(5, deleted("processed_event") - inboxBefore);

        assertEquals(new Retention.Deleted(0, 0), VertxContextSupport.subscribeAndAwait(() -> retention.run()),
                "nothing is left to delete");
    }

    /** An outbox row written 9 days ago; {@code publishedAt} is an SQL expression, null for unpublished. */
    private UUID outboxRow(String publishedAt) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO outbox_event (event_id, topic, type, source, entity_id, payload, occurred_at, published_at) "
                        + "VALUES (?, 'retention-test', 'contactcenter.test.retention', 'retention-test', ?, '{}', "
                        + "now() - interval '9 days', " + (publishedAt == null ? "NULL" : publishedAt) + ")")) {
            insert.setObject(1, id);
            insert.setString(2, id.toString());
            insert.executeUpdate();
        }
        return id;
    }

    private String processed(String consumer, String processedAt) throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection c = db.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, " + processedAt + ")")) {
            insert.setString(1, consumer);
            insert.setString(2, id);
            insert.executeUpdate();
        }
        return id;
    }

    /** Those of {@code ids} still in the outbox, in the order given. */
    private List<UUID> existing(List<UUID> ids) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (Connection c = db.getConnection();
                PreparedStatement select = c.prepareStatement("SELECT 1 FROM outbox_event WHERE event_id = ?")) {
            for (UUID id : ids) {
                select.setObject(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        found.add(id);
                    }
                }
            }
        }
        return found;
    }

    private List<String> processedIds(String consumer) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT event_id FROM processed_event WHERE consumer = ? ORDER BY event_id")) {
            select.setString(1, consumer);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    private double deleted(String table) {
        return metrics.get("retention_rows_deleted_total").tag("table", table).counter().count();
    }
}
