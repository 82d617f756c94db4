package io.contactcenter.routing.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eligibility over an agent's skills: terms such as {@code billing>=2}, {@code billing>2},
 * {@code billing=2} (exactly level 2) or {@code vip} (level 1 or more), joined by {@code AND}.
 * Parsed once when a queue is defined.
 */
public final class SkillExpression {

    private static final Pattern TERM = Pattern.compile("\\s*([a-zA-Z][\\w:.-]*)\\s*(?:(>=|>|=)\\s*([1-5]))?\\s*");

    /** Highest proficiency level. */
    static final int TOP_LEVEL = 5;

    /** One skill at a proficiency between minLevel and maxLevel (1-5). */
    public record Requirement(String skill, int minLevel, int maxLevel) {
    }

    private final String text;
    private final List<Requirement> requirements;

    private SkillExpression(String text, List<Requirement> requirements) {
        this.text = text;
        this.requirements = List.copyOf(requirements);
    }

    public static SkillExpression parse(String text) {
        String trimmed = text == null ? "" : text.trim();
        List<Requirement> requirements = new ArrayList<>();
        if (!trimmed.isEmpty()) {
            for (String term : trimmed.split("(?i)\\s+AND\\s+")) {
                Matcher m = TERM.matcher(term);
                if (!m.matches()) {
                    throw new IllegalArgumentException("cannot read skill term '" + term + "' in '" + text
                            + "': expected e.g. billing>=2 AND lang:yue>=3");
                }
                int level = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
                String op = m.group(2) == null ? ">=" : m.group(2);
                if (op.equals(">") && level == TOP_LEVEL) {
                    throw new IllegalArgumentException("'" + term + "' in '" + text + "' can never match: "
                            + TOP_LEVEL + " is the highest level");
                }
                requirements.add(switch (op) {
                    case ">" -> new Requirement(m.group(1), level + 1, TOP_LEVEL);
                    case "=" -> new Requirement(m.group(1), level, level);
                    default -> new Requirement(m.group(1), level, TOP_LEVEL);
                });
            }
        }
        return new SkillExpression(trimmed, requirements);
    }

    public boolean matches(Map<String, Integer> skills) {
        for (Requirement r : requirements) {
            Integer level = skills.get(r.skill());
            if (level == null || level < r.minLevel() || level > r.maxLevel()) {
                return false;
            }
        }
        return true;
    }

    public List<Requirement> requirements() {
        return requirements;
    }

    @Override
    public String toString() {
        return text;
    }
}
