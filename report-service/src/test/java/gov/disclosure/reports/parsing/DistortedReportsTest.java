package gov.disclosure.reports.parsing;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.reports.regions.RegionMatch;
import gov.disclosure.reports.regions.RegionResolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random reports that add up, rendered with the faults of real published pages: cells run together within a row, a
 * whole table or two neighbouring cells of a PDF's row, labels misspelt, （六）其他处理 printed as one row, rows left
 * out, the agency's place named only in the body. Each parses back exactly or is refused naming what it could not
 * read, and what a refusal carries is right: <b>a wrong number is a failure</b>, a refusal is not. How many of each
 * are counted and written to {@code target/generated-reports.txt}.
 */
class DistortedReportsTest {

    static final int SEEDS = 150;

    enum Fault {
        GLUED_ROWS, GLUED_TABLES, GLUED_NEIGHBOURS, MISSPELT_LABELS, MERGED_OTHER_HANDLING, ROWS_LEFT_OUT, PLACE_IN_BODY,
        ALL
    }

    enum Outcome { EXACT, REFUSED, WRONG }

    private static final PublishedTextParser PARSER = new PublishedTextParser();
    private static final RegionResolver REGIONS = new RegionResolver(Regions.standard());
    private static final Map<Fault, Map<Outcome, Integer>> COUNTS = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> reportsWithTheFaultsOfRealPagesParseBackExactlyOrAreRefusedByName() {
        return Stream.of(Fault.values()).flatMap(fault -> LongStream.range(0, SEEDS).boxed()
                .map(seed -> DynamicTest.dynamicTest(fault + " seed " + seed, () -> check(fault, 7_000_000 + seed))));
    }

    @AfterAll
    static void writeCounts() throws IOException {
        StringBuilder summary = new StringBuilder("fault\texact\trefused\twrong\n");
        Map<Outcome, Integer> all = new EnumMap<>(Outcome.class);
        for (Fault fault : Fault.values()) {
            Map<Outcome, Integer> counts = COUNTS.getOrDefault(fault, Map.of());
            summary.append(fault);
            for (Outcome outcome : Outcome.values()) {
                summary.append('\t').append(counts.getOrDefault(outcome, 0));
                all.merge(outcome, counts.getOrDefault(outcome, 0), Integer::sum);
            }
            summary.append('\n');
        }
        summary.append("total\t").append(all.getOrDefault(Outcome.EXACT, 0)).append('\t')
                .append(all.getOrDefault(Outcome.REFUSED, 0)).append('\t').append(all.getOrDefault(Outcome.WRONG, 0))
                .append('\n');
        System.out.println("Generated reports with the faults of real pages:\n" + summary);
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.writeString(target.resolve("generated-reports.txt"), summary);
        }
    }

    /** The text of one case, as the test renders it: {@code text(Fault.ALL, 7_000_012)}. */
    static String text(Fault fault, long seed) {
        return textAndOptions(fault, seed).text();
    }

    private record Case(GeneratedReport report, ReportRenderer.Options options, Set<String> leftOut, boolean merged,
                        String text) {
    }

    private static Case textAndOptions(Fault fault, long seed) {
        Random random = new Random(seed);
        TemplateFormat format = random.nextInt(5) == 0 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
        GeneratedReport report = new GeneratedReport(seed, format,
                random.nextBoolean() ? GeneratedReport.Scale.SMALL : GeneratedReport.Scale.CITY);
        ReportRenderer.Layout layout = fault == Fault.GLUED_NEIGHBOURS ? ReportRenderer.Layout.PDF
                : ReportRenderer.Layout.values()[random.nextInt(3)];
        ReportRenderer.Options options = ReportRenderer.Options.of(layout, random.nextInt(4) == 0, random);
        Set<String> leftOut = Set.of();
        boolean merged = format == TemplateFormat.FORMAT_2021 && (fault == Fault.MERGED_OTHER_HANDLING
                || fault == Fault.ALL && random.nextBoolean());
        if (fault == Fault.GLUED_ROWS || fault == Fault.ALL && random.nextInt(3) == 0) {
            options = options.glued(ReportRenderer.Glue.ROWS);
        } else if (fault == Fault.GLUED_TABLES || fault == Fault.ALL && random.nextBoolean()) {
            options = options.glued(ReportRenderer.Glue.TABLES);
        } else if (fault == Fault.GLUED_NEIGHBOURS) {
            options = options.glued(ReportRenderer.Glue.NEIGHBOURS);
        }
        if (fault == Fault.MISSPELT_LABELS || fault == Fault.ALL) {
            options = options.misspelling(1 + random.nextInt(4));
        }
        if (merged) {
            options = options.mergingOtherHandling();
        }
        if (fault == Fault.ROWS_LEFT_OUT || fault == Fault.ALL && random.nextBoolean()) {
            leftOut = leftOut(random, format, merged);
            options = options.omitting(leftOut, Set.of(), false);
        }
        if (fault == Fault.PLACE_IN_BODY || fault == Fault.ALL && random.nextBoolean()) {
            options = options.withPlaceInBody();
        }
        return new Case(report, options, leftOut, merged, ReportRenderer.render(report, options));
    }

    private static void check(Fault fault, long seed) {
        Case rendered = textAndOptions(fault, seed);
        GeneratedReport report = rendered.report();
        ReportRenderer.Options options = rendered.options();
        boolean merged = rendered.merged();
        String text = rendered.text();
        Set<String> rowsLeftOut = rendered.leftOut();
        Set<String> leftOut = rowsLeftOut;
        Map<String, BigDecimal> expected = expected(report, merged);
        String context = fault + " " + report + " " + options;

        Outcome outcome;
        try {
            ParsedText parsed = PARSER.parse(text);
            List<String> wrong = GeneratedReportsTest.differences(expected, parsed.numbers());
            outcome = wrong.isEmpty() ? Outcome.EXACT : Outcome.WRONG;
            count(fault, outcome);
            assertTrue(wrong.isEmpty(), () -> context + "\nwrong numbers:\n" + String.join("\n", wrong) + "\n" + text);
            assertEquals(ReportTemplate.CELLS.size(), parsed.numbers().size(), context);
            assertEquals(report.expectedRegionCode(), region(parsed), context);
            assertTrue(nonZeroLeftOut(report, rowsLeftOut, merged).isEmpty(),
                    () -> context + ": rows left out that held numbers were read: " + rowsLeftOut);
        } catch (UnreadableReportException e) {
            List<String> wrong = e.partial() == null ? List.of()
                    : GeneratedReportsTest.differences(expected, e.partial().numbers());
            outcome = wrong.isEmpty() ? Outcome.REFUSED : Outcome.WRONG;
            count(fault, outcome);
            assertTrue(wrong.isEmpty(), () -> context + "\nrefused, but with wrong numbers:\n" + String.join("\n", wrong)
                    + "\n" + e.missing() + "\n" + text);
            assertTrue(e.missing().stream().noneMatch(part -> part.section().equals(PublishedTextParser.WHOLE_TEXT)),
                    () -> context + ": " + e.missing());
            refusalNamesWhatIsLeftOut(e, report, leftOut, merged, context);
        }
    }

    private static void count(Fault fault, Outcome outcome) {
        COUNTS.computeIfAbsent(fault, f -> new ConcurrentHashMap<>()).merge(outcome, 1, Integer::sum);
    }

    /** Rows left out that held numbers must be named in a refusal; rows that held none may be read as 0. */
    private static void refusalNamesWhatIsLeftOut(UnreadableReportException e, GeneratedReport report, Set<String> leftOut,
                                                  boolean merged, String context) {
        for (String path : nonZeroLeftOut(report, leftOut, merged)) {
            Row row = ReportTemplate.APPLICATIONS.row(path);
            Set<String> cells = new LinkedHashSet<>(e.unreadCells());
            for (Cell cell : ReportTemplate.cells(ReportTemplate.APPLICATIONS, row)) {
                assertTrue(cells.contains(cell.pointer()),
                        () -> context + ": " + cell.pointer() + " was left out, yet is not named unread: " + e.missing());
            }
        }
    }

    private static List<String> nonZeroLeftOut(GeneratedReport report, Set<String> leftOut, boolean merged) {
        List<String> nonZero = new ArrayList<>();
        for (String path : leftOut) {
            Row row = ReportTemplate.APPLICATIONS.row(path);
            long sum = 0;
            for (long value : report.values(ReportTemplate.APPLICATIONS, row)) {
                sum += value;
            }
            if (sum != 0) {
                nonZero.add(path);
            }
        }
        return nonZero;
    }

    /** The numbers a person reads: a merged （六）其他处理 is read as 3.其他, the other two 0. */
    private static Map<String, BigDecimal> expected(GeneratedReport report, boolean merged) {
        Map<String, BigDecimal> expected = new LinkedHashMap<>(report.numbers);
        if (merged) {
            for (Cell cell : ReportTemplate.APPLICATIONS.cells()) {
                String path = cell.row().path();
                if (path.startsWith("outcomes.otherHandling.") && !path.endsWith(".other")) {
                    String other = cell.flatName().replace(path, "outcomes.otherHandling.other");
                    expected.merge(other, expected.get(cell.flatName()), BigDecimal::add);
                    expected.put(cell.flatName(), BigDecimal.ZERO);
                }
            }
        }
        return expected;
    }

    /** One to three rows of 三 left out, never （七）总计 (the arithmetic needs it) nor a row the format lacks. */
    private static Set<String> leftOut(Random random, TemplateFormat format, boolean merged) {
        List<String> rows = new ArrayList<>();
        for (Row row : ReportTemplate.APPLICATIONS.rows()) {
            boolean otherHandling = row.path().startsWith("outcomes.otherHandling");
            if (!row.path().equals("outcomes.total") && !(otherHandling && (merged || format == TemplateFormat.FORMAT_2019))) {
                rows.add(row.path());
            }
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
            chosen.add(rows.get(random.nextInt(rows.size())));
        }
        return chosen;
    }

    /** The region as the report service finds it: from the name, else from a fuller name the text gives. */
    private static String region(ParsedText parsed) {
        List<String> names = new ArrayList<>(List.of(parsed.agencyName()));
        names.addAll(parsed.agencyMentions());
        for (String name : names) {
            if (REGIONS.resolve(name) instanceof RegionMatch.Found found) {
                return found.region().code();
            }
        }
        fail("no region for " + names);
        return null;
    }
}
