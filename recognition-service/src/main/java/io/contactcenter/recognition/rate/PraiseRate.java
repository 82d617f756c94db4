package io.contactcenter.recognition.rate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The program's success measure: praise per 100 handled contacts, for one agent, one
 * team or the center in one month. {@code per100Contacts} is null when no contact was handled
 * (a rate of nothing is not zero), and rounded to 2 decimals.
 */
public record PraiseRate(String month, Scope scope, String id, long praise, long contacts, Double per100Contacts) {

    public enum Scope {
        CENTER, TEAM, AGENT
    }

    /** Contacts per rate: praise is counted per 100 handled contacts. */
    static final int PER = 100;

    public static PraiseRate of(String month, Scope scope, String id, long praise, long contacts) {
        return new PraiseRate(month, scope, id, praise, contacts, per100(praise, contacts));
    }

    public static Double per100(long praise, long contacts) {
        if (contacts <= 0) {
            return null;
        }
        return Math.round(praise * PER * 100.0 / contacts) / 100.0;
    }

    /**
     * Rates of every id in a hash of {@code praise:<id>} and {@code contacts:<id>} fields, highest rate
     * first (ids without contacts last), then by id.
     */
    public static List<PraiseRate> table(String month, Scope scope, Map<String, String> fields) {
        Map<String, long[]> byId = new HashMap<>();
        fields.forEach((field, value) -> {
            int colon = field.indexOf(':');
            if (colon < 0) {
                return;
            }
            String kind = field.substring(0, colon);
            long[] counts = byId.computeIfAbsent(field.substring(colon + 1), id -> new long[2]);
            if (kind.equals("praise")) {
                counts[0] = Long.parseLong(value);
            } else if (kind.equals("contacts")) {
                counts[1] = Long.parseLong(value);
            }
        });
        List<PraiseRate> rates = new ArrayList<>(byId.size());
        byId.forEach((id, c) -> rates.add(of(month, scope, id, c[0], c[1])));
        rates.sort(Comparator.comparing((PraiseRate r) -> r.per100Contacts() == null ? 1 : 0)
                .thenComparing(r -> r.per100Contacts() == null ? 0 : -r.per100Contacts())
                .thenComparing(PraiseRate::id));
        return rates;
    }
}
