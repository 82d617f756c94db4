package io.contactcenter.recognition;

import java.time.YearMonth;

import io.contactcenter.recognition.period.Periods;
import io.contactcenter.recognition.period.Quarter;

/**
 * Every Redis key of the service, in one place (prefix {@code rec:}). Boards are sorted sets of
 * agent ids scored by {@code leaderboard.TieScore}; they are kept (no expiry) as the record of
 * past months and quarters.
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    /** Marks a praise id as counted, for the dedup TTL. */
    public static String seen(String praiseId) {
        return "rec:seen:" + praiseId;
    }

    /** Hash: an agent's points per month ({@code yyyy-MM} -> count). */
    public static String agent(String agentId) {
        return "rec:agent:" + agentId;
    }

    /** Number of praises counted in a month, center-wide. */
    public static String monthTotal(YearMonth month) {
        return "rec:total:month:" + Periods.format(month);
    }

    /** The month's board; center-wide when {@code teamId} is null. */
    public static String monthBoard(YearMonth month, String teamId) {
        return scoped("rec:board:month:" + Periods.format(month), teamId);
    }

    /** The quarter's board; center-wide when {@code teamId} is null. */
    public static String quarterBoard(Quarter quarter, String teamId) {
        return scoped("rec:board:quarter:" + quarter, teamId);
    }

    private static String scoped(String board, String teamId) {
        return teamId == null ? board : board + ":team:" + teamId;
    }
}
