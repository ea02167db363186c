package gov.disclosure.reports.parsing;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ProactiveItem;
import gov.disclosure.report.ReportNumbers;
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
 * Random reports rendered into every layout parse back to the same numbers, agency and year. Each case is named by
 * its seed; {@code GeneratedReportsTest.render(seed, variant)} gives its text again.
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

    static String render(GeneratedReport report, Variant variant) {
        Random random = new Random(report.seed ^ variant.ordinal());
        ReportRenderer.Options options = switch (variant) {
            case TAB -> ReportRenderer.Options.of(ReportRenderer.Layout.TAB, false, random);
            case MARKDOWN -> ReportRenderer.Options.of(ReportRenderer.Layout.MARKDOWN, false, random);
            case PDF -> ReportRenderer.Options.of(ReportRenderer.Layout.PDF, false, random);
            case PDF_KANGXI -> ReportRenderer.Options.of(ReportRenderer.Layout.PDF, true, random);
            case TAB_KANGXI -> ReportRenderer.Options.of(ReportRenderer.Layout.TAB, true, random);
            case MIXED -> ReportRenderer.Options.mixed(random);
        };
        return ReportRenderer.render(report, options);
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

        Map<String, BigDecimal> numbers = ReportNumbers.flatten(parsed.toReport("generated", report.expectedRegionCode()));
        List<String> differences = new ArrayList<>();
        report.numbers.forEach((name, expected) -> {
            BigDecimal found = numbers.get(name);
            // an amount keeps its printed decimals, unless it was printed as an empty cell
            boolean exact = name.equals(ProactiveItem.FEES_AMOUNT.flatName()) && expected.signum() != 0;
            boolean same = exact ? expected.equals(found) : found != null && expected.compareTo(found) == 0;
            if (!same) {
                differences.add(name + ": expected " + expected + ", parsed " + found);
            }
        });
        assertTrue(differences.isEmpty(), () -> context + "\n" + String.join("\n", differences) + "\n" + text);

        String overview = ChineseText.normalize(String.join("", report.overview));
        assertEquals(overview, parsed.narrative().overview().replace("\n", ""), context);
        assertEquals(ChineseText.normalize(String.join("\n", report.problems)), parsed.narrative().problems(), context);
        if (report.format == TemplateFormat.FORMAT_2019) {
            assertTrue(parsed.notes().stream().anyMatch(note -> note.contains("（六）其他处理")), context);
            assertTrue(parsed.notes().stream().anyMatch(note -> note.contains("本年新制作数量")), context);
        }
    }
}
