package io.contactcenter.quality.report;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.contactcenter.quality.QualityConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Reads the sums a report needs straight from PostgreSQL (reactive client, read-only): four
 * grouped queries over the evaluation and evaluation_item rows, run side by side, whatever the
 * number of evaluations; then {@link ReportAssembler} does the arithmetic. Periods are calendar
 * days, weeks and months in {@code quality.time-zone}.
 */
@ApplicationScoped
public class ReportService {

    /** $1 from, $2 to (instants), $3 agent, $4 team, $5 time zone, $6 date_trunc unit. */
    private static final String EVALUATIONS_IN_SCOPE = """
            FROM evaluation e
            WHERE e.status <> 'OPEN' AND e.call_ended_at >= $1 AND e.call_ended_at < $2
              AND ($3::text IS NULL OR e.agent_id = $3) AND ($4::text IS NULL OR e.team_id = $4)""";
    private static final String EVALUATION_BUCKET = "(date_trunc($6, e.call_ended_at AT TIME ZONE $5))::date";
    /** Item rows of the evaluations in scope (only scored evaluations have item rows). */
    private static final String ITEMS_IN_SCOPE = """
            FROM evaluation_item i JOIN evaluation e ON e.evaluation_id = i.evaluation_id
            WHERE e.call_ended_at >= $1 AND e.call_ended_at < $2
              AND ($3::text IS NULL OR e.agent_id = $3) AND ($4::text IS NULL OR e.team_id = $4)""";
    private static final String APPLICABLE = " FILTER (WHERE i.applicable)";

    private static final String EVALUATION_SUMS = "SELECT " + EVALUATION_BUCKET + " AS bucket, count(*) AS n,"
            + " sum(e.score) AS score_sum, count(*) FILTER (WHERE e.passed) AS passed,"
            + " count(*) FILTER (WHERE e.critical_failed) AS critical " + EVALUATIONS_IN_SCOPE + " GROUP BY 1";
    private static final String SECTION_SUMS = "SELECT " + EVALUATION_BUCKET + " AS bucket, i.section,"
            + " max(i.section_name) AS name, sum(i.earned)" + APPLICABLE + " AS earned,"
            + " sum(i.max_points)" + APPLICABLE + " AS possible " + ITEMS_IN_SCOPE + " GROUP BY 1, 2";
    private static final String ITEM_SUMS = "SELECT i.section, i.item, max(i.label) AS label,"
            + " count(*)" + APPLICABLE + " AS answered, sum(i.earned)" + APPLICABLE + " AS earned,"
            + " sum(i.max_points)" + APPLICABLE + " AS possible " + ITEMS_IN_SCOPE + " GROUP BY 1, 2";
    /** $7: satisfied at least. */
    private static final String SURVEY_SUMS = """
            SELECT (date_trunc($6, s.answered_at AT TIME ZONE $5))::date AS bucket, count(*) AS n,
                   sum(s.satisfaction) AS satisfaction_sum, count(*) FILTER (WHERE s.satisfaction >= $7) AS satisfied,
                   count(*) FILTER (WHERE s.praise) AS praised, count(*) FILTER (WHERE s.resolved) AS resolved
            FROM survey s
            WHERE s.answered_at >= $1 AND s.answered_at < $2
              AND ($3::text IS NULL OR s.agent_id = $3) AND ($4::text IS NULL OR s.team_id = $4)
            GROUP BY 1""";

    private final Pool pool;
    private final ZoneId zone;
    private final int satisfiedAtLeast;

    public ReportService(Pool pool, QualityConfig config) {
        this.pool = pool;
        this.zone = config.timeZone();
        this.satisfiedAtLeast = config.surveys().satisfiedAtLeast();
    }

    /** {@code to} is inclusive: the range ends at the start of the next day. */
    public Uni<QaReport> report(ReportAssembler.Request request) {
        Tuple bucketed = scope(request).addString(zone.getId()).addString(request.period().sqlUnit);
        return Uni.combine().all().unis(
                query(EVALUATION_SUMS, bucketed, r -> new ReportAssembler.EvaluationSums(r.getLocalDate("bucket"),
                        r.getLong("n"), r.getDouble("score_sum"), r.getLong("passed"), r.getLong("critical"))),
                query(SECTION_SUMS, bucketed, r -> new ReportAssembler.SectionSums(r.getLocalDate("bucket"),
                        r.getString("section"), r.getString("name"), nz(r.getDouble("earned")),
                        nz(r.getDouble("possible")))),
                query(ITEM_SUMS, scope(request), r -> new ReportAssembler.ItemSums(r.getString("section"),
                        r.getString("item"), r.getString("label"), r.getLong("answered"), nz(r.getDouble("earned")),
                        nz(r.getDouble("possible")))),
                query(SURVEY_SUMS, scope(request).addString(zone.getId()).addString(request.period().sqlUnit)
                        .addInteger(satisfiedAtLeast), r -> new ReportAssembler.SurveySums(r.getLocalDate("bucket"),
                        r.getLong("n"), r.getLong("satisfaction_sum"), r.getLong("satisfied"), r.getLong("praised"),
                        r.getLong("resolved"))))
                .with((evaluations, sections, items, surveys) -> ReportAssembler.assemble(request, evaluations,
                        sections, items, surveys));
    }

    private <T> Uni<List<T>> query(String sql, Tuple params, Function<Row, T> mapper) {
        return pool.preparedQuery(sql).execute(params).map(rows -> {
            List<T> list = new ArrayList<>();
            rows.forEach(row -> list.add(mapper.apply(row)));
            return list;
        });
    }

    /** $1 from, $2 to (instants), $3 agent, $4 team. */
    private Tuple scope(ReportAssembler.Request request) {
        return Tuple.tuple()
                .addOffsetDateTime(request.from().atStartOfDay(zone).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .addOffsetDateTime(request.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime()
                        .withOffsetSameInstant(ZoneOffset.UTC))
                .addString(request.agentId())
                .addString(request.teamId());
    }

    /** A sum over no applicable item is null in SQL and 0 here. */
    private static double nz(Double value) {
        return value == null ? 0 : value;
    }
}
