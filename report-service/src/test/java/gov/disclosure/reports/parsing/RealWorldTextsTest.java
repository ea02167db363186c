package gov.disclosure.reports.parsing;

import gov.disclosure.reports.regions.RegionResolver;
import gov.disclosure.reports.regions.RegionMatch;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts in the shapes real published reports were found in (src/test/resources/parsing/real/, each with where its
 * shape came from): they read to the numbers written down by hand, or fail naming exactly what cannot be read.
 */
class RealWorldTextsTest {

    private final PublishedTextParser parser = new PublishedTextParser();
    private final RegionResolver regions = new RegionResolver(Regions.standard());

    /** Every text of src/test/resources/parsing/real/. */
    static List<String> names() {
        return List.of(
                "changtu-qijiazi-2023-garbled-title",
                "lushan-zhangguanying-2022-glued-web-page",
                "ruyang-jtj-2023-misspelt-labels-place-in-body",
                "city-2024-pdf-vertical-group-label",
                "cuiping-qzfb-2021-footnotes",
                "guojia-wsjkw-2024-pdf-spaced-thousands",
                "hainan-sthjt-2022-pdf-page-breaks",
                "hangzhou-wsjkw-2023-publisher-line",
                "jiayu-sthj-2022-no-section-four",
                "jiulongpo-erlang-2022-street-office",
                "kuancheng-xzfb-2023-indented-pipes",
                "nileke-town-2023-bar-lines-no-title",
                "shaanxi-qtjj-2023-relative-name",
                "shanghai-szfbgt-2019-html",
                "shanyang-qzfb-2022-merged-other-handling",
                "shenzhen-sthjj-2022-breadcrumb",
                "shuyang-xzf-2025-ocr-markdown",
                "siping-fgw-2022-no-title",
                "wendeng-sjj-2020-flipbook-format2019",
                "wuchang-minyi-2021-tables-as-images",
                "xiaogan-szfb-2020-format2019",
                "xinfeng-wjw-2023-cell-per-line",
                "yunyang-sthj-2022-name-in-prose");
    }

    @ParameterizedTest
    @MethodSource("names")
    void readsAsWrittenDown(String name) throws IOException {
        RealWorldText expected = RealWorldText.load(name);

        if (!expected.missing().isEmpty()) {
            UnreadableReportException e = assertThrows(UnreadableReportException.class, () -> parser.parse(expected.text()));
            assertEquals(expected.missing(), e.missing().stream().map(part -> part.section() + " " + part.item()).toList(),
                    e::getMessage);
            return;
        }
        ParsedText parsed = parser.parse(expected.text());

        assertEquals(expected.agency(), parsed.agencyName());
        assertEquals(expected.year(), parsed.year());
        assertEquals(expected.format(), parsed.format());
        assertEquals(expected.region(), region(parsed));
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(parsed.toReport("test", "000000"));
        List<String> wrong = ReportNumbers.NAMES.stream()
                .filter(n -> numbers.get(n).compareTo(expected.numbers().getOrDefault(n, BigDecimal.ZERO)) != 0)
                .map(n -> n + ": expected " + expected.numbers().getOrDefault(n, BigDecimal.ZERO) + ", read " + numbers.get(n))
                .toList();
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
        for (String note : expected.notes()) {
            assertTrue(parsed.notes().stream().anyMatch(n -> n.contains(note)), () -> note + " not in " + parsed.notes());
        }
        Map<String, String> narrative = Map.of("overview", String.valueOf(parsed.narrative().overview()),
                "problems", String.valueOf(parsed.narrative().problems()),
                "otherMatters", String.valueOf(parsed.narrative().otherMatters()));
        expected.narrative().forEach((part, text) -> assertTrue(narrative.get(part).contains(text),
                () -> part + " does not contain " + text + ": " + narrative.get(part)));
        for (String note : expected.absentNotes()) {
            assertTrue(parsed.notes().stream().noneMatch(n -> n.contains(note)), () -> note + " in " + parsed.notes());
        }
    }

    /** A text naming no agency reads once it is given a title: its tables were read all along. */
    @Test
    void aTextWithoutTitleReadsWithOne() throws IOException {
        String text = RealWorldText.load("nileke-town-2023-bar-lines-no-title").text();

        ParsedText parsed = parser.parse("尼勒克县某镇2023年政府信息公开工作年度报告\n" + text);

        assertEquals("尼勒克县某镇", parsed.agencyName());
        assertEquals(2023, parsed.year());
        assertEquals("654028", region(parsed.agencyName()));
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(parsed.toReport("test", "000000"));
        numbers.forEach((name, value) -> assertEquals(
                name.equals("proactiveDisclosure.regulations.inForce") ? 6 : 0, value.intValueExact(), name));
    }

    /** The region as the report service finds it: from the name, else from a fuller name the text gives. */
    private String region(ParsedText parsed) {
        String region = region(parsed.agencyName());
        for (String fuller : parsed.agencyMentions()) {
            region = region.length() == 6 ? region : region(fuller);
        }
        return region;
    }

    private String region(String agency) {
        RegionMatch match = regions.resolve(agency);
        if (match instanceof RegionMatch.Found found) {
            return found.region().code();
        }
        return match instanceof RegionMatch.Ambiguous ? "ambiguous" : "unknown";
    }
}
