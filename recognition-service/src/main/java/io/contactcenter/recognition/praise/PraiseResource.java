package io.contactcenter.recognition.praise;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import io.contactcenter.recognition.leaderboard.Leaderboards;
import io.contactcenter.recognition.leaderboard.PraiseSummary;
import io.contactcenter.recognition.period.PeriodParams;
import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.RecognitionClock;
import io.smallrye.mutiny.Uni;

/** Supervisors record praise by hand; everyone reads the month's totals. */
@Tag(name = "Praise", description = "Supervisors record praise by hand (letters, their own); everyone reads the month's totals.")
@Path("/praise")
public class PraiseResource {

    /** What the entry did: COUNTED, or DUPLICATE when that praise id was already counted. */
    public record PraiseRecorded(String praiseId, String agentId, String month, PraiseCounter.Outcome outcome,
            long points) {
    }

    /** Clock skew allowance for a praise "in the future". */
    private static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

    private final PraiseCounter counter;
    private final Leaderboards leaderboards;
    private final RecognitionClock clock;

    public PraiseResource(PraiseCounter counter, Leaderboards leaderboards, RecognitionClock clock) {
        this.counter = counter;
        this.leaderboards = leaderboards;
        this.clock = clock;
    }

    /** Counted through the same script as praise events, so it is idempotent by praiseId. */
    @POST
    @RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "Record a praise by hand", description = "Counted like praise events, idempotent by `praiseId`: the same id again answers DUPLICATE.")
    @APIResponse(responseCode = "200", description = "COUNTED, or DUPLICATE",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PraiseRecorded.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or invalid, `source` is not LETTER or SUPERVISOR, or `occurredAt` is in the future")
    public Uni<PraiseRecorded> record(@Valid @NotNull NewPraise entry) {
        // Surveys arrive as events from quality-service; by hand only what has no other channel.
        if (entry.source() != PraiseSource.LETTER && entry.source() != PraiseSource.SUPERVISOR) {
            throw new InvalidFieldProblem("source", "source must be LETTER or SUPERVISOR");
        }
        Instant now = clock.now();
        if (entry.occurredAt() != null && entry.occurredAt().isAfter(now.plus(FUTURE_TOLERANCE))) {
            throw new InvalidFieldProblem("occurredAt", "occurredAt must not be in the future");
        }
        PraiseReceived praise = new PraiseReceived(
                entry.praiseId() != null ? entry.praiseId() : "praise-" + UUID.randomUUID(),
                entry.agentId(), entry.teamId(), entry.contactId(), entry.source(), entry.comment(),
                entry.occurredAt() != null ? entry.occurredAt() : now);
        return counter.count(praise).map(r -> new PraiseRecorded(praise.praiseId(), praise.agentId(),
                Periods.format(r.month()), r.outcome(), r.monthPoints()));
    }

    /** Center-wide totals of a month (default: the current one). */
    @GET
    @Path("/summary")
    @RolesAllowed({ Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN })
    @Operation(summary = "A month's praise totals", description = "Center-wide; the current month when `month` is left out.")
    @APIResponse(responseCode = "200", description = "The totals",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PraiseSummary.class)))
    @APIResponse(responseCode = "400", description = "`month` is not yyyy-MM")
    public Uni<PraiseSummary> summary(@QueryParam("month") String month) {
        YearMonth m = month == null ? clock.currentMonth() : PeriodParams.month(month);
        return leaderboards.summary(m);
    }
}
