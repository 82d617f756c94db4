package io.contactcenter.platform.retention;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the outbox and the processed-event inbox from growing without end: deletes published outbox
 * rows and processed-event ids older than {@link RetentionConfig#horizon()}, in batches, each its own
 * transaction. Unpublished rows are never touched. Runs on every instance; SKIP LOCKED lets two
 * instances' runs share the work instead of waiting on each other. Ages are read on the database's clock.
 */
@Startup // its counters are on /q/metrics from the start, at 0, not only after the first run
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** Published rows go in write order, so the oldest are the lowest seq and the primary key finds them. */
    static final String OUTBOX = "DELETE FROM outbox_event WHERE seq IN (SELECT seq FROM outbox_event "
            + "WHERE published_at < now() - make_interval(secs => ?1) ORDER BY seq LIMIT ?2 FOR UPDATE SKIP LOCKED)";
    static final String INBOX = "DELETE FROM processed_event WHERE (consumer, event_id) IN (SELECT consumer, event_id "
            + "FROM processed_event WHERE processed_at < now() - make_interval(secs => ?1) "
            + "ORDER BY processed_at LIMIT ?2 FOR UPDATE SKIP LOCKED)";

    /** Rows deleted by one run. */
    public record Deleted(long outboxRows, long processedIds) {
    }

    private final RetentionConfig config;
    private final Counter outboxDeleted;
    private final Counter inboxDeleted;

    public Retention(RetentionConfig config, MeterRegistry metrics) {
        this.config = config;
        this.outboxDeleted = deletedCounter(metrics, "outbox_event");
        this.inboxDeleted = deletedCounter(metrics, "processed_event");
    }

    @Scheduled(every = "${retention.interval:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return run().invoke(this::log)
                .onFailure().invoke(e -> LOG.warnf("retention: %s (the next run retries)", e.getMessage()))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Deletes everything older than the horizon, batch by batch; the counters count each batch as it commits. */
    public Uni<Deleted> run() {
        return deleteAll(OUTBOX, outboxDeleted)
                .chain(outbox -> deleteAll(INBOX, inboxDeleted).map(inbox -> new Deleted(outbox, inbox)));
    }

    private Uni<Long> deleteAll(String statement, Counter deleted) {
        // A full batch means there may be more; a short one means the table is clean up to the horizon.
        return Multi.createBy().repeating().uni(() -> deleteBatch(statement).invoke(count -> deleted.increment(count)))
                .whilst(count -> count == config.batchSize())
                .collect().with(Collectors.summingLong(Integer::longValue));
    }

    private Uni<Integer> deleteBatch(String statement) {
        return Panache.withTransaction(() -> Panache.getSession().chain(session -> session
                .createNativeQuery(statement)
                .setParameter(1, (double) config.horizon().toSeconds())
                .setParameter(2, config.batchSize())
                .executeUpdate()));
    }

    private void log(Deleted deleted) {
        if (deleted.outboxRows() + deleted.processedIds() > 0) {
            LOG.infof("retention: deleted %d published outbox rows and %d processed event ids older than %s",
                    deleted.outboxRows(), deleted.processedIds(), config.horizon());
        }
    }

    private static Counter deletedCounter(MeterRegistry metrics, String table) {
        return Counter.builder("retention_rows_deleted_total").tag("table", table)
                .description("Rows deleted by the retention job (older than retention.horizon)").register(metrics);
    }
}
