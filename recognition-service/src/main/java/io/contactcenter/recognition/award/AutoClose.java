package io.contactcenter.recognition.award;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Closes each month and quarter on its own, {@code recognition.close.grace} after it ends in the
 * center's time zone. Every instance runs it; the close is idempotent, so two instances closing the
 * same period grant its awards once.
 */
@ApplicationScoped
public class AutoClose {

    private static final Logger LOG = Logger.getLogger(AutoClose.class);

    private final PeriodCloser closer;

    public AutoClose(PeriodCloser closer) {
        this.closer = closer;
    }

    @Scheduled(every = "${recognition.close.check-every:10m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> check() {
        return closer.closeDue().onFailure().invoke(e -> LOG.warnf(e, "period close check failed (next check retries)"))
                .onFailure().recoverWithNull().replaceWithVoid();
    }
}
