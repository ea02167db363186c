package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A text of src/test/resources/parsing/real/: {@code NAME.txt} as published (its leading "//" lines say where its
 * shape came from and are not part of it), and {@code NAME.expected}, what it reads to, written by hand:
 * <pre>
 * agency: 上海市人民政府办公厅
 * year: 2019
 * format: FORMAT_2019
 * region: 310000                      (a code, or "unknown")
 * proactiveDisclosure.regulations = 13 0 524
 * applications.outcomes.granted = 258 12 0 0 1 1 0
 * note: 政府集中采购                  (a note containing this)
 * nonote: no heading                 (no note containing this)
 * problems: 一是专业领域              (the narrative's part contains this; also overview:, otherMatters:)
 * missing: 标题 机关名称               (the text is unreadable: exactly these parts, "section item")
 * </pre>
 * A number line gives the values of every flat name under its key, in print order; numbers not listed are 0.
 */
record RealWorldText(String name, String text, String agency, Integer year, TemplateFormat format, String region,
                     Map<String, BigDecimal> numbers, List<String> notes, List<String> absentNotes,
                     Map<String, String> narrative, List<String> missing) {

    static final String DIRECTORY = "/parsing/real/";

    static RealWorldText load(String name) throws IOException {
        String text = resource(name + ".txt").lines()
                .dropWhile(line -> line.startsWith("//"))
                .collect(Collectors.joining("\n"));
        String agency = null;
        Integer year = null;
        TemplateFormat format = null;
        String region = null;
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<String> absentNotes = new ArrayList<>();
        Map<String, String> narrative = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String line : resource(name + ".expected").lines().map(String::strip).toList()) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.contains("=")) {
                String key = line.substring(0, line.indexOf('=')).strip();
                String[] values = line.substring(line.indexOf('=') + 1).strip().split("\\s+");
                List<String> names = ReportNumbers.NAMES.stream()
                        .filter(n -> n.equals(key) || n.startsWith(key + ".")).toList();
                if (names.size() != values.length) {
                    throw new IllegalStateException(name + ": " + key + " has " + names.size() + " numbers: " + line);
                }
                for (int i = 0; i < values.length; i++) {
                    numbers.put(names.get(i), new BigDecimal(values[i]));
                }
                continue;
            }
            String key = line.substring(0, line.indexOf(':')).strip();
            String value = line.substring(line.indexOf(':') + 1).strip();
            switch (key) {
                case "agency" -> agency = value;
                case "year" -> year = Integer.valueOf(value);
                case "format" -> format = TemplateFormat.valueOf(value);
                case "region" -> region = value;
                case "note" -> notes.add(value);
                case "nonote" -> absentNotes.add(value);
                case "overview", "problems", "otherMatters" -> narrative.put(key, value);
                case "missing" -> missing.add(value);
                default -> throw new IllegalStateException(name + ": unknown line " + line);
            }
        }
        return new RealWorldText(name, text, agency, year, format, region, numbers, notes, absentNotes, narrative,
                missing);
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = RealWorldText.class.getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("no test text " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
