package io.contactcenter.quality.sampling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Decides whether an ended contact is sampled for QA. Plain Java, no framework.
 * <p>
 * The random share is a hash of the contact id, not a random number: a redelivered or replayed
 * event gets the same decision, and an auditor can recompute why a contact was (not) picked.
 * Later: per-agent weekly quotas and a higher share for new agents need state and stay out of here.
 */
public final class SamplingRule {

    static final String COMPLAINT = "COMPLAINT";
    /** Buckets per percent point: lets the hash spread over 10,000 values. */
    private static final int BUCKETS = 10_000;

    private final int randomPercent;

    public SamplingRule(int randomPercent) {
        if (randomPercent < 0 || randomPercent > 100) {
            throw new IllegalArgumentException("random percent must be 0..100, was " + randomPercent);
        }
        this.randomPercent = randomPercent;
    }

    /** {@code intent} and {@code disposition} as the catalog spells them (upper case); unknown values are "other". */
    public Selection select(String contactId, String intent, String disposition) {
        if (COMPLAINT.equals(intent) || COMPLAINT.equals(disposition)) {
            return Selection.because(SelectionReason.COMPLAINT);
        }
        return bucket(contactId) < randomPercent * (BUCKETS / 100) ? Selection.because(SelectionReason.RANDOM)
                : Selection.NOT_SELECTED;
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
