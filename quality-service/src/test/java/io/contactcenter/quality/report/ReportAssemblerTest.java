package io.contactcenter.quality.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Report arithmetic from bucket sums: totals are sums of sums, empty buckets stay in the trend. No Quarkus. */
class ReportAssemblerTest {

    static final LocalDate W1 = LocalDate.of(2026, 3, 2);
    static final LocalDate W3 = LocalDate.of(2026, 3, 16);

    @Test
    void totalsAreSumsNotAveragesOfAverages() {
        QaReport r = ReportAssembler.assemble(
                new ReportAssembler.Request(null, "t-1", LocalDate.of(2026, 3, 4), LocalDate.of(2026, 3, 18),
                        ReportPeriod.WEEK, 2),
                List.of(new ReportAssembler.EvaluationSums(W1, 1, 90, 1, 0),
                        new ReportAssembler.EvaluationSums(W3, 3, 150, 1, 1)),
                List.of(new ReportAssembler.SectionSums(W1, "empathy", "Empathy", 18.0, 20.0),
                        new ReportAssembler.SectionSums(W3, "empathy", "Empathy", 30.0, 60.0)),
                List.of(new ReportAssembler.ItemSums("empathy", "patience", "Patience", 4, 20.0, 40.0),
                        new ReportAssembler.ItemSums("courtesy", "closing", "Closing", 4, 5.0, 20.0),
                        new ReportAssembler.ItemSums("courtesy", "greeting", "Greeting", 4, 20.0, 20.0),
                        new ReportAssembler.ItemSums("service-skill", "hold", "Hold", 0, 0.0, 0.0)),
                List.of(new ReportAssembler.SurveySums(W3, 4, 13, 2, 1, 3)));

        assertEquals("TEAM", r.scope());
        assertEquals(new QaReport.Figures(4, 60.0, 50.0, 1), r.totals(), "(90 + 150) / 4; 2 of 4 passed");
        assertEquals(List.of(new QaReport.DimensionRate("empathy", "Empathy", 60.0)), r.dimensions(), "48 / 80");
        assertEquals(new QaReport.Csat(4, 3.25, 50.0, 25.0, 75.0, 1), r.csat());
        assertEquals(3, r.trend().size(), "weeks of Mar 2, 9, 16");
        assertEquals(W1, r.trend().get(0).periodStart());
        assertEquals(90.0, r.trend().get(0).figures().averageScore());
        assertEquals(0, r.trend().get(1).figures().evaluations());
        assertNull(r.trend().get(1).figures().averageScore());
        assertNull(r.trend().get(1).csat().csatPercent());
        assertEquals(50.0, r.trend().get(2).dimensions().get(0).scoreRate());
        assertEquals(List.of(new QaReport.ItemRate("courtesy", "closing", "Closing", 4, 25.0),
                new QaReport.ItemRate("empathy", "patience", "Patience", 4, 50.0)), r.worstItems(),
                "lowest first, limited to 2; items never applicable are left out");
    }

    @Test
    void monthsAndEmptyScopes() {
        QaReport r = ReportAssembler.assemble(new ReportAssembler.Request(null, null, LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 3, 1), ReportPeriod.MONTH, 5), List.of(), List.of(), List.of(), List.of());
        assertEquals("CENTER", r.scope());
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)),
                r.trend().stream().map(QaReport.PeriodFigures::periodStart).toList());
        assertEquals(new QaReport.Figures(0, null, null, 0), r.totals());
        assertEquals(List.of(), r.worstItems());
    }
}
