package gov.disclosure.reports.parsing;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.reports.regions.RegionMatch;
import gov.disclosure.reports.regions.RegionResolver;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random reports that add up, rendered into every layout, parse back to the same numbers, agency and year. Each case
 * is named by its seed; {@code GeneratedReportsTest.render(seed, variant)} gives its text again. The faults of real
 * pages (cells run together, misspelt labels, merged and missing rows, the place only in the body) are in
 * {@link DistortedReportsTest}.
 */
class GeneratedReportsTest {

    static final int SEEDS = 200;

    enum Variant { TAB, MARKDOWN, PDF, PDF_KANGXI, TAB_KANGXI, MIXED }

    private static final PublishedTextParser PARSER = new PublishedTextParser();
    private static final RegionResolver REGIONS = new RegionResolver(Regions.standard());

    @TestFactory
    Stream<DynamicTest> format2021ReportsParseBackInEveryLayout() {
        return cases(TemplateFormat.FORMAT_2021, 1);
    }

    @TestFactory
    Stream<DynamicTest> format2019ReportsParseBackInEveryLayout() {
        return cases(TemplateFormat.FORMAT_2019, 1_000_000);
    }

    private static Stream<DynamicTest> cases(TemplateFormat format, long firstSeed) {
        return LongStream.range(firstSeed, firstSeed + SEEDS).boxed().flatMap(seed -> Stream.of(Variant.values())
                .map(variant -> DynamicTest.dynamicTest("seed " + seed + " " + variant,
                        () -> parsesBack(new GeneratedReport(seed, format), variant))));
    }

    static ReportRenderer.Options options(GeneratedReport report, Variant variant) {
        Random random = new Random(report.seed ^ variant.ordinal());
        return switch (variant) {
            case TAB -> ReportRenderer.Options.of(ReportRenderer.Layout.TAB, false, random);
            case MARKDOWN -> ReportRenderer.Options.of(ReportRenderer.Layout.MARKDOWN, false, random);
            case PDF -> ReportRenderer.Options.of(ReportRenderer.Layout.PDF, false, random);
            case PDF_KANGXI -> ReportRenderer.Options.of(ReportRenderer.Layout.PDF, true, random);
            case TAB_KANGXI -> ReportRenderer.Options.of(ReportRenderer.Layout.TAB, true, random);
            case MIXED -> ReportRenderer.Options.mixed(random);
        };
    }

    static String render(GeneratedReport report, Variant variant) {
        return ReportRenderer.render(report, options(report, variant));
    }

    private static void parsesBack(GeneratedReport report, Variant variant) {
        String text = render(report, variant);
        ParsedText parsed;
        try {
            parsed = PARSER.parse(text);
        } catch (UnreadableReportException e) {
            fail(report + " " + variant + ": " + e.missing() + "\n" + text);
            return;
        }
        String context = report + " " + variant;
        assertEquals(report.agencyName, parsed.agencyName(), context);
        assertEquals(report.year, parsed.year(), context);
        assertEquals(report.format, parsed.format(), context);
        RegionMatch region = REGIONS.resolve(parsed.agencyName());
        assertEquals(report.expectedRegionCode(),
                assertInstanceOf(RegionMatch.Found.class, region, context).region().code(), context);

        assertEquals(ReportTemplate.CELLS.size(), parsed.numbers().size(), context);
        List<String> differences = differences(report.numbers, parsed.numbers());
        assertTrue(differences.isEmpty(), () -> context + "\n" + String.join("\n", differences) + "\n" + text);

        String overview = gov.disclosure.reports.parsing.text.ChineseText.normalize(String.join("", report.overview));
        assertEquals(overview, parsed.narrative().overview().replace("\n", ""), context);
        assertEquals(gov.disclosure.reports.parsing.text.ChineseText.normalize(String.join("\n", report.problems)),
                parsed.narrative().problems(), context);
        if (report.format == TemplateFormat.FORMAT_2019) {
            assertTrue(parsed.notes().stream().anyMatch(note -> note.contains("（六）其他处理")), context);
            assertTrue(parsed.notes().stream().anyMatch(note -> note.contains("本年新制作数量")), context);
        }
    }

    /**
     * Where the numbers read differ from the expected ones; a number not read (absent) is no difference. An amount
     * keeps its printed decimals, unless it was printed as an empty cell.
     */
    static List<String> differences(Map<String, BigDecimal> expected, Map<String, BigDecimal> read) {
        List<String> differences = new ArrayList<>();
        expected.forEach((name, value) -> {
            BigDecimal found = read.get(name);
            if (found == null) {
                return;
            }
            boolean exact = name.equals(ReportTemplate.FEES_AMOUNT) && value.signum() != 0;
            boolean same = exact ? value.equals(found) : value.compareTo(found) == 0;
            if (!same) {
                differences.add(name + ": expected " + value + ", read " + found);
            }
        });
        return differences;
    }
}
