package io.contactcenter.recognition.competition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Competition results, plain Java.
 * <ul>
 * <li>An agent's <b>round score</b> is the average of its scores in that round (one per judge or QA
 * evaluation), rounded to 2 decimals.</li>
 * <li><b>Standings</b> after a round: the sum of the agent's round scores over the published rounds
 * (a round the agent was not scored in adds nothing).</li>
 * <li>Ranks: higher score first; <b>equal scores share a rank</b> and the next rank skips
 * (1, 2, 2, 4), as in sports; entries of a shared rank are listed by agent id.</li>
 * </ul>
 */
public final class Ranking {

    /** One score from one judge or evaluation. {@code teamId} may be null. */
    public record Score(String agentId, String teamId, double score) {
    }

    /**
     * A ranked line. {@code count}: in a round, the scores averaged; in the standings, the rounds the
     * agent was scored in.
     */
    public record Placing(int rank, String agentId, String teamId, double score, int count) {
    }

    private static final Comparator<Placing> BEST_FIRST = Comparator.comparingDouble(Placing::score).reversed()
            .thenComparing(Placing::agentId);

    private Ranking() {
    }

    public static List<Placing> round(List<Score> scores) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        for (Score s : scores) {
            double[] sum = sums.computeIfAbsent(s.agentId(), a -> new double[2]);
            sum[0] += s.score();
            sum[1]++;
            if (s.teamId() != null) {
                teams.put(s.agentId(), s.teamId());
            }
        }
        List<Placing> lines = new ArrayList<>(sums.size());
        sums.forEach((agent, sum) -> lines.add(new Placing(0, agent, teams.get(agent), round2(sum[0] / sum[1]),
                (int) sum[1])));
        return ranked(lines);
    }

    /** Standings over the given rounds' results (in round order: an agent's latest team wins). */
    public static List<Placing> standings(List<List<Placing>> rounds) {
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, String> teams = new LinkedHashMap<>();
        for (List<Placing> round : rounds) {
            for (Placing p : round) {
                double[] total = totals.computeIfAbsent(p.agentId(), a -> new double[2]);
                total[0] += p.score();
                total[1]++;
                if (p.teamId() != null) {
                    teams.put(p.agentId(), p.teamId());
                }
            }
        }
        List<Placing> lines = new ArrayList<>(totals.size());
        totals.forEach((agent, t) -> lines.add(new Placing(0, agent, teams.get(agent), round2(t[0]), (int) t[1])));
        return ranked(lines);
    }

    private static List<Placing> ranked(List<Placing> lines) {
        lines.sort(BEST_FIRST);
        List<Placing> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Placing p = lines.get(i);
            int rank = i > 0 && out.get(i - 1).score() == p.score() ? out.get(i - 1).rank() : i + 1;
            out.add(new Placing(rank, p.agentId(), p.teamId(), p.score(), p.count()));
        }
        return out;
    }

    private static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
