package io.contactcenter.quality.report;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.contactcenter.platform.problem.InvalidFieldProblem;
import io.contactcenter.platform.security.Roles;
import io.contactcenter.quality.QualityConfig;
import io.smallrye.mutiny.Uni;

/** What team leaders coach from: QA and satisfaction figures per agent, team or center and period. */
@Tag(name = "QA reports", description = "What team leaders coach from: QA and satisfaction figures per agent, team or center and period.")
@Path("/qa/reports")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class ReportResource {

    private final ReportService reports;
    private final QualityConfig config;

    public ReportResource(ReportService reports, QualityConfig config) {
        this.reports = reports;
        this.config = config;
    }

    /**
     * {@code from} and {@code to} are days (inclusive, ISO yyyy-MM-dd) in the center's time zone;
     * {@code agentId} or {@code teamId} narrow the scope (neither: the whole center); {@code period}
     * WEEK or MONTH (default) sets the trend's buckets.
     */
    @GET
    @Operation(summary = "QA and satisfaction report", description = "`from` and `to`: days (inclusive, yyyy-MM-dd) in the center's time zone; `agentId` or `teamId` narrow the scope (neither: the whole center); `period` WEEK or MONTH (default) sets the trend's buckets.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QaReport.class)))
    @APIResponse(responseCode = "400", description = "`from`/`to` missing or not yyyy-MM-dd, `to` before `from` or the span too long, both `agentId` and `teamId`, or `period` not WEEK/MONTH")
    public Uni<QaReport> report(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("agentId") String agentId, @QueryParam("teamId") String teamId,
            @QueryParam("period") String period) {
        LocalDate start = day("from", from);
        LocalDate end = day("to", to);
        if (end.isBefore(start)) {
            throw new InvalidFieldProblem("to", "to (" + end + ") is before from (" + start + ")");
        }
        int maxDays = config.reports().maxDays();
        if (ChronoUnit.DAYS.between(start, end) + 1 > maxDays) {
            throw new InvalidFieldProblem("to", "a report covers at most " + maxDays + " days");
        }
        String agent = blankToNull(agentId);
        String team = blankToNull(teamId);
        if (agent != null && team != null) {
            throw new InvalidFieldProblem("teamId", "give agentId or teamId, not both");
        }
        return reports.report(new ReportAssembler.Request(agent, team, start, end, period(period),
                config.reports().worstItems()));
    }

    private static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldProblem(field, field + " is required (yyyy-MM-dd)");
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidFieldProblem(field, "'" + value + "' is not a date (yyyy-MM-dd)");
        }
    }

    private static ReportPeriod period(String value) {
        if (value == null || value.isBlank()) {
            return ReportPeriod.MONTH;
        }
        try {
            return ReportPeriod.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldProblem("period", "period is WEEK or MONTH, was '" + value + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
