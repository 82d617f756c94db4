package io.contactcenter.routing.agent;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A roster file as an operator exports it from a spreadsheet: CSV with a header line
 * {@code agentId,name,teamId,teamLeaderId,hireDate,skills}, skills as {@code billing=3;lang:zh=2}, fields
 * in double quotes when they hold commas. Plain Java, no I/O: each line becomes a row or a row error.
 */
public final class AgentRows {

    static final List<String> HEADER = List.of("agentId", "name", "teamId", "teamLeaderId", "hireDate", "skills");

    /** One agent of an import, with the line it came from (1 = the first agent, JSON arrays count the same way). */
    public record Row(int line, String agentId, AgentProfile profile) {
    }

    public record RowError(int line, String field, String message) {
    }

    public record Parsed(List<Row> rows, List<RowError> errors) {
    }

    private AgentRows() {
    }

    public static Parsed parseCsv(String text) {
        List<Row> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        String[] lines = text.replace("\r\n", "\n").split("\n");
        if (lines.length == 0 || !split(lines[0]).equals(HEADER)) {
            errors.add(new RowError(0, "header", "expected the header line " + String.join(",", HEADER)));
            return new Parsed(rows, errors);
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> f = split(lines[i]);
            if (f.size() != HEADER.size()) {
                errors.add(new RowError(i, "line", "expected " + HEADER.size() + " fields, found " + f.size()));
                continue;
            }
            LocalDate hired;
            try {
                hired = LocalDate.parse(f.get(4));
            } catch (DateTimeParseException e) {
                errors.add(new RowError(i, "hireDate", "expected yyyy-mm-dd, found '" + f.get(4) + "'"));
                continue;
            }
            Map<String, Integer> skills = new LinkedHashMap<>();
            String bad = null;
            for (String term : f.get(5).split(";")) {
                if (term.isBlank()) {
                    continue;
                }
                int eq = term.lastIndexOf('=');
                try {
                    skills.put(term.substring(0, eq).trim(), Integer.valueOf(term.substring(eq + 1).trim()));
                } catch (RuntimeException e) {
                    bad = term;
                }
            }
            if (bad != null) {
                errors.add(new RowError(i, "skills", "expected skill=level, e.g. billing=3, found '" + bad + "'"));
                continue;
            }
            rows.add(new Row(i, f.get(0), new AgentProfile(f.get(1), f.get(2), f.get(3).isEmpty() ? null : f.get(3),
                    hired, skills)));
        }
        return new Parsed(rows, errors);
    }

    /** One CSV line: commas separate, double quotes enclose, two double quotes inside quotes are one. */
    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString().trim());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString().trim());
        return fields;
    }
}
