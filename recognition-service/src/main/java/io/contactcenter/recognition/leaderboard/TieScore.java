package io.contactcenter.recognition.leaderboard;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * The score an agent has on a board, encoding the tie rule: <b>among equal points, whoever
 * reached that score first ranks higher</b>.
 * <p>
 * score = points + tie / 10^7, where tie = 9,999,999 - (seconds from the start of the quarter to
 * the praise that brought the agent to this score). That praise is the latest one counted, by
 * {@code occurredAt} (not by arrival), so the board does not depend on the order events are
 * consumed in, and a replay builds the same board. The earlier the score was reached, the bigger
 * the fraction, so {@code ZREVRANGE} lists it first. A quarter has fewer than 10^7 seconds
 * (92 days = 7,948,800 s), so the fraction stays in (0, 1) and the integer part is the points.
 * Two agents reaching the same score in the same second remain tied; Redis then orders them by
 * agent id (descending, its rule for equal scores in ZREVRANGE).
 * <p>
 * {@code lua/count_praise.lua} writes scores with the same encoding; this class is the reference
 * the tests check and the read side uses.
 */
public final class TieScore {

    /** 10^7: more seconds than any quarter has, and 7 decimal digits: exact in a double for any realistic score. */
    public static final long SCALE = 10_000_000L;

    private TieScore() {
    }

    /** The tie value of a score reached at {@code reachedAt}, in a quarter starting at {@code quarterStart}. */
    public static long tie(Instant reachedAt, Instant quarterStart) {
        long seconds = Duration.between(quarterStart, reachedAt).getSeconds();
        if (seconds < 0 || seconds >= SCALE) {
            throw new IllegalArgumentException(reachedAt + " is not within the quarter starting " + quarterStart);
        }
        return SCALE - 1 - seconds;
    }

    /** The board score, formatted as the script writes it ({@code points.ttttttt}). */
    public static double score(long points, long tie) {
        return Double.parseDouble(String.format(Locale.ROOT, "%d.%07d", points, tie));
    }

    /** Whole points of a board score (the fraction only orders ties). */
    public static long points(double score) {
        return (long) Math.floor(score);
    }
}
