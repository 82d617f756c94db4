package io.contactcenter.quality.staff;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.platform.problem.NotFoundProblem;
import io.contactcenter.quality.QualityConfig;
import io.contactcenter.quality.evaluation.EvaluationStatus;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The agent registry (hire dates) and the QA group's evaluators with their open work. */
@ApplicationScoped
public class StaffService {

    private final Clock clock;
    private final Period newAgentPeriod;
    private final ZoneId zone;

    public StaffService(Clock clock, QualityConfig config) {
        this.clock = clock;
        this.newAgentPeriod = config.sampling().newAgentPeriod();
        this.zone = config.timeZone();
    }

    /** True while {@code day} is within the new-agent period that starts on the hire date. */
    public static boolean isNewAgent(LocalDate hireDate, LocalDate day, Period newAgentPeriod) {
        return hireDate != null && !day.isBefore(hireDate) && day.isBefore(hireDate.plus(newAgentPeriod));
    }

    @WithTransaction
    public Uni<AgentView> registerAgent(String agentId, AgentRegistration registration) {
        return Panache.getSession().chain(session -> session.find(QaAgent.class, agentId).chain(existing -> {
            QaAgent agent = existing != null ? existing : new QaAgent();
            agent.agentId = agentId;
            agent.hireDate = registration.hireDate();
            agent.teamId = registration.teamId();
            agent.updatedAt = now();
            return (existing != null ? Uni.createFrom().item(agent) : session.persist(agent).replaceWith(agent))
                    .map(this::view);
        }));
    }

    @WithSession
    public Uni<AgentView> agent(String agentId) {
        return Panache.getSession().chain(session -> session.find(QaAgent.class, agentId))
                .onItem().ifNull().failWith(() -> new NotFoundProblem("agent", agentId))
                .map(this::view);
    }

    /** The hire date, if registered. Joins the caller's session. */
    public Uni<Optional<LocalDate>> hireDate(String agentId) {
        return Panache.getSession().chain(session -> session.find(QaAgent.class, agentId))
                .map(agent -> Optional.ofNullable(agent).map(a -> a.hireDate));
    }

    private AgentView view(QaAgent a) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return new AgentView(a.agentId, a.hireDate, a.teamId, a.hireDate.plus(newAgentPeriod),
                isNewAgent(a.hireDate, today, newAgentPeriod));
    }

    @WithTransaction
    public Uni<EvaluatorView> registerEvaluator(String evaluatorId, EvaluatorRegistration registration) {
        return Panache.getSession().chain(session -> session.find(Evaluator.class, evaluatorId).chain(existing -> {
            Evaluator e = existing != null ? existing : new Evaluator();
            e.evaluatorId = evaluatorId;
            e.name = registration.name();
            e.active = registration.active();
            e.updatedAt = now();
            return existing != null ? Uni.createFrom().item(e) : session.persist(e).replaceWith(e);
        })).chain(e -> loads(false).map(loads -> view(e, loads)));
    }

    @WithSession
    public Uni<List<EvaluatorView>> evaluators() {
        return Panache.getSession().chain(session -> session
                .createSelectionQuery("from Evaluator order by evaluatorId", Evaluator.class).getResultList())
                .chain(all -> loads(false).map(loads -> all.stream().map(e -> view(e, loads)).toList()));
    }

    /** Active evaluator ids; joins the caller's session. */
    public Uni<Boolean> isActiveEvaluator(String evaluatorId) {
        return Panache.getSession().chain(session -> session.find(Evaluator.class, evaluatorId))
                .map(e -> e != null && e.active);
    }

    /**
     * Open work per evaluator (tasks still to score, disputes still to review); only active
     * evaluators when {@code activeOnly}. Joins the caller's session.
     */
    public Uni<List<EvaluatorLoad>> loads(boolean activeOnly) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(
                "select v.evaluatorId,"
                        + " (select count(*) from Evaluation e"
                        + " where e.evaluatorId = v.evaluatorId and e.status = :open)"
                        + " + (select count(*) from Evaluation e"
                        + " where e.reviewerId = v.evaluatorId and e.status = :disputed)"
                        + " from Evaluator v" + (activeOnly ? " where v.active = true" : ""), Object[].class)
                .setParameter("open", EvaluationStatus.OPEN)
                .setParameter("disputed", EvaluationStatus.DISPUTED)
                .getResultList())
                .map(rows -> rows.stream()
                        .map(r -> new EvaluatorLoad((String) r[0], ((Number) r[1]).longValue())).toList());
    }

    /** The least-loaded active evaluator other than {@code excluded}. Joins the caller's session and transaction. */
    public Uni<Optional<String>> pickEvaluator(Set<String> excluded) {
        return loads(true).map(loads -> Assignment.pick(loads, excluded));
    }

    /** For several picks in a row: the active evaluators' current loads, updated with each pick. */
    public Uni<Assignment> assignment() {
        return loads(true).map(Assignment::new);
    }

    private static EvaluatorView view(Evaluator e, List<EvaluatorLoad> loads) {
        Map<String, Long> open = loads.stream()
                .collect(Collectors.toMap(EvaluatorLoad::evaluatorId, EvaluatorLoad::open));
        return new EvaluatorView(e.evaluatorId, e.name, e.active, open.getOrDefault(e.evaluatorId, 0L));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
