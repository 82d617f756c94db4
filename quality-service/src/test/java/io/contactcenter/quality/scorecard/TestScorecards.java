package io.contactcenter.quality.scorecard;

import static io.contactcenter.quality.scorecard.AnswerType.SCALE;
import static io.contactcenter.quality.scorecard.AnswerType.YES_NO;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The default scorecard as the migration seeds it (ScorecardApiTest checks they agree), and answer sets. */
public final class TestScorecards {

    private TestScorecards() {
    }

    public static Scorecard defaultCard() {
        return new Scorecard("default", 1, "Call listening standard (监听标准)", 80, List.of(
                section("service-skill", "Service skill (服务技能)",
                        scale("listening", 10), scale("explanation", 10), yesNo("hold-transfer", 5, false, true)),
                section("empathy", "Empathy (同理心)", scale("acknowledges-feelings", 10), scale("patience", 10)),
                section("service-initiative", "Service initiative (服务主动性)",
                        yesNo("proactive-help", 8, false, false), yesNo("follow-up", 7, false, true)),
                section("courtesy", "Courtesy and standard phrases (服务用语规范)", yesNo("greeting", 5, false, false),
                        yesNo("closing", 5, false, false), yesNo("no-forbidden-phrases", 5, true, false)),
                section("business-accuracy", "Business accuracy (业务准确性)",
                        yesNo("correct-information", 15, true, false), yesNo("correct-procedure", 10, false, true))));
    }

    /** Full marks on every item of the default scorecard: 100. */
    public static Map<String, String> perfect() {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("listening", "5");
        a.put("explanation", "5");
        a.put("hold-transfer", "YES");
        a.put("acknowledges-feelings", "5");
        a.put("patience", "5");
        a.put("proactive-help", "YES");
        a.put("follow-up", "YES");
        a.put("greeting", "YES");
        a.put("closing", "YES");
        a.put("no-forbidden-phrases", "YES");
        a.put("correct-information", "YES");
        a.put("correct-procedure", "YES");
        return a;
    }

    /**
     * "Call A", worked by hand: hold-transfer and follow-up NA (88 points applicable); earned
     * listening 4/5 of 10 = 8, explanation 3/5 of 10 = 6, acknowledges 4/5 of 10 = 8, patience 10,
     * proactive NO 0, greeting 5, closing NO 0, no-forbidden 5, correct-information 15,
     * correct-procedure 10: 67 of 88 = 76.14, failed. Sections: service-skill 14/20 = 70,
     * empathy 18/20 = 90, initiative 0/8 = 0, courtesy 10/15 = 66.67, accuracy 25/25 = 100.
     */
    public static Map<String, String> callA() {
        return with(perfect(), "listening", "4", "explanation", "3", "hold-transfer", "NA",
                "acknowledges-feelings", "4", "proactive-help", "NO", "follow-up", "NA", "closing", "NO");
    }

    public static Map<String, String> with(Map<String, String> base, String... keyValues) {
        Map<String, String> copy = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            copy.put(keyValues[i], keyValues[i + 1]);
        }
        return copy;
    }

    private static SectionDefinition section(String key, String name, ItemDefinition... items) {
        return new SectionDefinition(key, name, List.of(items));
    }

    private static ItemDefinition scale(String key, int points) {
        return new ItemDefinition(key, key, SCALE, points, 5, false, false);
    }

    private static ItemDefinition yesNo(String key, int points, boolean critical, boolean na) {
        return new ItemDefinition(key, key, YES_NO, points, null, critical, na);
    }
}
