package io.contactcenter.quality.sampling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * Decides whether an ended call is picked for evaluation. Plain Java: the facts that need state
 * (the agent's quota so far, a low survey, the hire date) are looked up by the caller under a lock.
 * <ol>
 * <li>every complaint (intent or disposition COMPLAINT);</li>
 * <li>every call whose survey scored low;</li>
 * <li>the agent's routine calls, first come first picked, up to the weekly quota; up to the larger
 * new-agent quota in the agent's first months (the extra ones say NEW_AGENT);</li>
 * <li>optionally a random share of the rest, by a hash of the contact id: a replayed event gets the
 * same decision, and an auditor can recompute why a call was (not) picked.</li>
 * </ol>
 * Complaints and low surveys do not use up the quota: the quota is the routine sample.
 */
public final class SamplingPolicy {

    static final String COMPLAINT = "COMPLAINT";
    /** Buckets per percent point: lets the hash spread over 10,000 values. */
    private static final int BUCKETS = 10_000;

    /** What the policy needs to know about one ended call. */
    public record Facts(String contactId, String intent, String disposition, boolean lowSurvey, boolean newAgent,
            long routinePickedThisWeek) {
    }

    private final int weeklyQuota;
    private final int newAgentWeeklyQuota;
    private final int randomPercent;

    public SamplingPolicy(int weeklyQuota, int newAgentWeeklyQuota, int randomPercent) {
        if (weeklyQuota < 0 || newAgentWeeklyQuota < 0) {
            throw new IllegalArgumentException("quotas must be >= 0");
        }
        if (randomPercent < 0 || randomPercent > 100) {
            throw new IllegalArgumentException("random percent must be 0..100, was " + randomPercent);
        }
        this.weeklyQuota = weeklyQuota;
        this.newAgentWeeklyQuota = newAgentWeeklyQuota;
        this.randomPercent = randomPercent;
    }

    /** {@code intent} and {@code disposition} as the catalog spells them; unknown values are "other". */
    public Selection select(Facts call) {
        if (COMPLAINT.equals(call.intent()) || COMPLAINT.equals(call.disposition())) {
            return Selection.because(SelectionReason.COMPLAINT);
        }
        if (call.lowSurvey()) {
            return Selection.because(SelectionReason.LOW_SURVEY);
        }
        long picked = call.routinePickedThisWeek();
        if (picked < weeklyQuota) {
            return Selection.because(SelectionReason.QUOTA);
        }
        if (call.newAgent() && picked < newAgentWeeklyQuota) {
            return Selection.because(SelectionReason.NEW_AGENT);
        }
        return bucket(call.contactId()) < randomPercent * (BUCKETS / 100) ? Selection.because(SelectionReason.RANDOM)
                : Selection.NOT_SELECTED;
    }

    /** Whether a reason uses up the agent's weekly quota. */
    public static boolean routine(SelectionReason reason) {
        return reason == SelectionReason.QUOTA || reason == SelectionReason.NEW_AGENT;
    }

    /** Monday of the week {@code at} falls in, in {@code zone}: quotas run Monday to Sunday. */
    public static LocalDate weekOf(Instant at, ZoneId zone) {
        return LocalDate.ofInstant(at, zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Stable across JVMs and releases (SHA-256, unlike String.hashCode, spreads sequential ids evenly). */
    static int bucket(String contactId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(contactId.getBytes(StandardCharsets.UTF_8));
            long unsigned = ByteBuffer.wrap(digest).getInt() & 0xFFFF_FFFFL;
            return (int) (unsigned % BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
