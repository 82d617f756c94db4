package io.contactcenter.routing.agent;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.problem.Problem;
import io.contactcenter.routing.RoutingConfig;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A roster loaded at once: every row is checked before anything is written, so a bad file changes
 * nothing (unless the caller asks for a partial import); rows are then registered side by side. Re-importing
 * the same roster changes nothing and publishes nothing (the script compares profiles).
 */
@ApplicationScoped
public class AgentImport {

    /** What an import did; {@code rejected} lists the rows left out of a partial import. */
    public record ImportResult(int received, int created, int updated, int unchanged, List<AgentRows.RowError> rejected) {
    }

    private final AgentService agents;
    private final RoutingConfig config;

    public AgentImport(AgentService agents, RoutingConfig config) {
        this.agents = agents;
        this.config = config;
    }

    public Uni<ImportResult> run(AgentRows.Parsed parsed, boolean partial) {
        int received = parsed.rows().size() + (int) parsed.errors().stream().filter(e -> e.line() > 0).count();
        if (received > config.agentImport().maxRows()) {
            throw new InvalidFieldProblem("rows", "at most " + config.agentImport().maxRows() + " agents per import, found "
                    + received + ": split the file");
        }
        List<AgentRows.RowError> errors = new ArrayList<>(parsed.errors());
        List<AgentRows.Row> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (AgentRows.Row row : parsed.rows()) {
            List<AgentRows.RowError> rowErrors = agents.check(row);
            if (rowErrors.isEmpty() && !seen.add(row.agentId())) {
                rowErrors = List.of(new AgentRows.RowError(row.line(), "agentId", "'" + row.agentId()
                        + "' appears on an earlier line"));
            }
            if (rowErrors.isEmpty()) {
                valid.add(row);
            } else {
                errors.addAll(rowErrors);
            }
        }
        errors.sort(java.util.Comparator.comparingInt(AgentRows.RowError::line));
        boolean headerBad = errors.stream().anyMatch(e -> e.line() == 0);
        if (!errors.isEmpty() && (!partial || headerBad)) {
            throw rejected(errors);
        }
        AtomicInteger created = new AtomicInteger();
        AtomicInteger updated = new AtomicInteger();
        AtomicInteger unchanged = new AtomicInteger();
        return Multi.createFrom().iterable(valid)
                .onItem().transformToUni(row -> agents.registerDecision(row.agentId(), row.profile()).invoke(d -> {
                    (d.is("CREATED") ? created : d.is("UPDATED") ? updated : unchanged).incrementAndGet();
                })).merge(config.agentImport().concurrency())
                .collect().last()
                .map(ignored -> new ImportResult(received, created.get(), updated.get(), unchanged.get(), errors));
    }

    /** A 400 problem naming each bad row's line and field. */
    private static WebApplicationException rejected(List<AgentRows.RowError> errors) {
        List<Problem.Violation> violations = errors.stream()
                .map(e -> new Problem.Violation("line " + e.line() + ": " + e.field(), e.message())).toList();
        return new WebApplicationException(Problem.of(400, "Bad Request", errors.size()
                + " row(s) rejected, nothing imported (pass partial=true to import the valid rows)", violations)
                .toResponse());
    }

    /** A JSON import entry: the agent id and its profile fields. */
    public record Entry(String agentId, String name, String teamId, String teamLeaderId, java.time.LocalDate hireDate,
            Map<String, Integer> skills, Map<io.contactcenter.routing.contact.Channel, Integer> capacity) {

        AgentRows.Row toRow(int line) {
            return new AgentRows.Row(line, agentId, new AgentProfile(name, teamId, teamLeaderId, hireDate,
                    skills == null ? Map.of() : skills, capacity));
        }
    }

    public static AgentRows.Parsed fromJson(List<Entry> entries) {
        List<AgentRows.Row> rows = new ArrayList<>();
        List<AgentRows.RowError> errors = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i) == null) {
                errors.add(new AgentRows.RowError(i + 1, "entry", "null"));
            } else {
                rows.add(entries.get(i).toRow(i + 1));
            }
        }
        return new AgentRows.Parsed(rows, errors);
    }
}
