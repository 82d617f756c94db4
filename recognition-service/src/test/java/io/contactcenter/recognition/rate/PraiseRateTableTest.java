package io.contactcenter.recognition.rate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Praise per 100 handled contacts, and the per-team table read from the counters' hash. */
class PraiseRateTableTest {

    @Test
    void ratePerHundredContactsRoundedToTwoDecimals() {
        assertEquals(2.0, PraiseRate.per100(3, 150));
        assertEquals(33.33, PraiseRate.per100(1, 3));
        assertEquals(0.0, PraiseRate.per100(0, 40));
        assertEquals(150.0, PraiseRate.per100(3, 2), "praise of contacts handled in another month may exceed 100");
        assertNull(PraiseRate.per100(4, 0), "no contacts handled: no rate, not zero");
    }

    @Test
    void tableParsesFieldsAndSortsByRateThenId() {
        List<PraiseRate> table = PraiseRate.table("2026-04", PraiseRate.Scope.TEAM, Map.of(
                "praise:t-1", "2", "contacts:t-1", "100",
                "praise:t-2", "5", "contacts:t-2", "100",
                "contacts:t-3", "100",
                "praise:t:4", "1", // ids may contain the separator: only the first colon splits
                "contacts:t-5", "100"));
        assertEquals(List.of("t-2", "t-1", "t-3", "t-5", "t:4"), table.stream().map(PraiseRate::id).toList());
        assertEquals(5.0, table.get(0).per100Contacts());
        assertEquals(0.0, table.get(2).per100Contacts());
        assertEquals(1, table.get(4).praise());
        assertNull(table.get(4).per100Contacts());
    }
}
