package io.contactcenter.routing.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Eligibility over an agent's skills: terms such as {@code billing>=2} or {@code vip} (meaning
 * level 1 or more) joined by {@code AND}. Parsed once when a queue is defined.
 */
public final class SkillExpression {

    private static final Pattern TERM = Pattern.compile("\\s*([a-zA-Z][\\w:.-]*)\\s*(?:(>=|>|=)\\s*([1-5]))?\\s*");

    /** One skill at a minimum proficiency (1-5). */
    public record Requirement(String skill, int minLevel) {
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
                if (">".equals(m.group(2))) {
                    level++;
                }
                requirements.add(new Requirement(m.group(1), level));
            }
        }
        return new SkillExpression(trimmed, requirements);
    }

    public boolean matches(Map<String, Integer> skills) {
        for (Requirement r : requirements) {
            Integer level = skills.get(r.skill());
            if (level == null || level < r.minLevel()) {
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
