package io.contactcenter.routing.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.contactcenter.platform.problem.InvalidFieldProblem;

/** A queue as the admin API and Redis (cc:qdefs) carry it; {@link #toQueue} checks it. */
public record QueueDefinition(
        @Size(max = 500) String expression,
        @Min(0) @Max(100) int priority,
        @Min(1) @Max(3600) int serviceLevelSeconds,
        @Min(1) @Max(100) int serviceLevelPercent,
        @Min(0) @Max(3600) int wrapUpSeconds,
        @NotNull AgentSelection strategy,
        @Size(max = Queue.MAX_RELAXATION_STEPS) List<@NotNull @Valid Step> relaxation,
        @Min(1) @Max(86400) Integer maxWaitSeconds,
        OverflowAction overflowAction,
        String overflowQueue,
        @Min(5) @Max(120) Integer offerTimeoutSeconds,
        Boolean abandonsInServiceLevel,
        @Min(0) @Max(600) Integer shortAbandonSeconds) {

    /** A definition without the service-level options (their defaults apply). */
    public QueueDefinition(String expression, int priority, int serviceLevelSeconds, int serviceLevelPercent,
            int wrapUpSeconds, AgentSelection strategy, List<Step> relaxation, Integer maxWaitSeconds,
            OverflowAction overflowAction, String overflowQueue, Integer offerTimeoutSeconds) {
        this(expression, priority, serviceLevelSeconds, serviceLevelPercent, wrapUpSeconds, strategy, relaxation,
                maxWaitSeconds, overflowAction, overflowQueue, offerTimeoutSeconds, null, null);
    }

    public record Step(@Min(1) @Max(86400) int afterSeconds, @NotNull @Size(max = 500) String expression) {
    }

    public Queue toQueue(String id) {
        List<Queue.Relaxation> steps = new ArrayList<>();
        List<Step> given = relaxation == null ? List.of() : relaxation;
        for (int i = 0; i < given.size(); i++) {
            steps.add(new Queue.Relaxation(Duration.ofSeconds(given.get(i).afterSeconds()),
                    parse("relaxation[" + i + "].expression", given.get(i).expression())));
        }
        try {
            return new Queue(id, parse("expression", expression), priority, Duration.ofSeconds(serviceLevelSeconds),
                    serviceLevelPercent, Duration.ofSeconds(wrapUpSeconds), strategy, steps,
                    Optional.ofNullable(maxWaitSeconds).map(Duration::ofSeconds),
                    overflowAction == null ? OverflowAction.CALLBACK : overflowAction, Optional.ofNullable(overflowQueue),
                    offerTimeoutSeconds == null ? Queue.DEFAULT_OFFER_TIMEOUT : Duration.ofSeconds(offerTimeoutSeconds),
                    Boolean.TRUE.equals(abandonsInServiceLevel),
                    shortAbandonSeconds == null ? Queue.DEFAULT_SHORT_ABANDON : Duration.ofSeconds(shortAbandonSeconds));
        } catch (IllegalArgumentException e) {
            String message = e.getMessage();
            throw new InvalidFieldProblem(message.contains("overflow") ? "overflowQueue"
                    : message.contains("offer timeout") ? "offerTimeoutSeconds"
                    : message.contains("short abandon") ? "shortAbandonSeconds" : "relaxation", message);
        }
    }

    public static QueueDefinition of(Queue q) {
        return new QueueDefinition(q.eligibility().toString(), q.priority(), (int) q.serviceLevelThreshold().toSeconds(),
                q.serviceLevelPercent(), (int) q.wrapUp().toSeconds(), q.strategy(),
                q.relaxation().stream().map(r -> new Step((int) r.after().toSeconds(), r.eligibility().toString()))
                        .toList(),
                q.maxWait().map(d -> (int) d.toSeconds()).orElse(null), q.overflowAction(), q.overflowQueue().orElse(null),
                (int) q.offerTimeout().toSeconds(), q.abandonsInServiceLevel(), (int) q.shortAbandon().toSeconds());
    }

    private static SkillExpression parse(String field, String text) {
        try {
            return SkillExpression.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem(field, e.getMessage());
        }
    }
}
