package gov.disclosure.reports.parsing;

import gov.disclosure.reports.regions.RegionResolver;
import gov.disclosure.reports.regions.RegionMatch;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ApplicantCounts;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Texts laid out the way published pages and PDFs were found to be (src/test/resources/parsing/): tables a cell a
 * line, "a | b |" rows, the 2019 format on a web page and in a PDF, PDF group labels amid rows.
 */
class PublishedLayoutsTest {

    private final PublishedTextParser parser = new PublishedTextParser();
    private final RegionResolver regions = new RegionResolver(Regions.standard());

    @Test
    void aTablePrintedOneCellALineWithBlankCellsAndATypoInALabel() throws IOException {
        ParsedText parsed = parser.parse(text("cell-per-line-2022.txt"));

        assertEquals("洛阳市涧西区统计局", parsed.agencyName());
        assertEquals(2022, parsed.year());
        assertEquals("410305", regionCode(parsed));
        Map<String, Long> expected = new HashMap<>();
        expected.put("proactiveDisclosure.penalties.decisions", 12L);
        row(expected, "newlyReceived", 2, 1, 0, 0, 0, 0, 3);
        row(expected, "outcomes.granted", 1, 1, 0, 0, 0, 0, 2);
        row(expected, "outcomes.unableToProvide.notHeld", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.total", 2, 1, 0, 0, 0, 0, 3);
        assertNumbers(expected, parsed);
        assertThat(parsed.notes(), hasItem(containsString("（一）予以公开: empty cells read as 0")));
        assertThat(parsed.narrative().overview(), startsWith("（一）主动公开情况\n2022年，我局在区政府门户网站"));
    }

    @Test
    void rowsOfPipeSeparatedCells() throws IOException {
        ParsedText parsed = parser.parse(text("pipe-rows-2024.txt"));

        assertEquals("深圳市龙岗区司法局", parsed.agencyName());
        assertEquals(2024, parsed.year());
        assertEquals("440307", regionCode(parsed));
        Map<String, Long> expected = new HashMap<>();
        expected.put("proactiveDisclosure.normativeDocuments.issued", 5L);
        expected.put("proactiveDisclosure.normativeDocuments.repealed", 1L);
        expected.put("proactiveDisclosure.normativeDocuments.inForce", 25L);
        expected.put("proactiveDisclosure.licensing.decisions", 1260L);
        expected.put("proactiveDisclosure.penalties.decisions", 87L);
        expected.put("proactiveDisclosure.coercion.decisions", 4L);
        row(expected, "newlyReceived", 58, 7, 0, 0, 1, 0, 66);
        row(expected, "carriedOver", 2, 0, 0, 0, 0, 0, 2);
        row(expected, "outcomes.granted", 20, 3, 0, 0, 1, 0, 24);
        row(expected, "outcomes.partiallyGranted", 16, 1, 0, 0, 0, 0, 17);
        row(expected, "outcomes.withheld.thirdPartyRights", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.withheld.internalAffairs", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.withheld.processInformation", 2, 1, 0, 0, 0, 0, 3);
        row(expected, "outcomes.unableToProvide.notHeld", 9, 1, 0, 0, 0, 0, 10);
        row(expected, "outcomes.unableToProvide.needsCreation", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.notProcessed.complaintOrPetition", 3, 0, 0, 0, 0, 0, 3);
        row(expected, "outcomes.notProcessed.repeatedApplication", 2, 0, 0, 0, 0, 0, 2);
        row(expected, "outcomes.otherHandling.correctionOverdue", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.otherHandling.other", 2, 0, 0, 0, 0, 0, 2);
        row(expected, "outcomes.total", 58, 6, 0, 0, 1, 0, 65);
        row(expected, "carriedForward", 2, 1, 0, 0, 0, 0, 3);
        expected.put("reviewAndLitigation.administrativeReview.upheld", 1L);
        expected.put("reviewAndLitigation.administrativeReview.pending", 1L);
        expected.put("reviewAndLitigation.administrativeReview.total", 2L);
        expected.put("reviewAndLitigation.litigationDirect.pending", 1L);
        expected.put("reviewAndLitigation.litigationDirect.total", 1L);
        assertNumbers(expected, parsed);
        assertEquals(new BigDecimal("0.5200"), parsed.proactiveDisclosure().fees().amount());
        assertEquals(TemplateFormat.FORMAT_2021, parsed.format());
    }

    @Test
    void the2019FormatOnAWebPageWithExplanationsInItsLabels() throws IOException {
        ParsedText parsed = parser.parse(text("format-2019-web-2020.txt"));

        assertEquals("武汉市江岸区生态环境分局", parsed.agencyName());
        assertEquals(2020, parsed.year());
        assertEquals(TemplateFormat.FORMAT_2019, parsed.format());
        assertEquals("420102", regionCode(parsed));
        Map<String, Long> expected = new HashMap<>();
        expected.put("proactiveDisclosure.normativeDocuments.issued", 2L);
        expected.put("proactiveDisclosure.normativeDocuments.inForce", 19L);
        expected.put("proactiveDisclosure.licensing.decisions", 93L);
        expected.put("proactiveDisclosure.penalties.decisions", 22L);
        row(expected, "newlyReceived", 12, 3, 0, 0, 1, 0, 16);
        row(expected, "carriedOver", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.granted", 5, 1, 0, 0, 1, 0, 7);
        row(expected, "outcomes.partiallyGranted", 2, 0, 0, 0, 0, 0, 2);
        row(expected, "outcomes.withheld.processInformation", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.unableToProvide.notHeld", 3, 1, 0, 0, 0, 0, 4);
        row(expected, "outcomes.notProcessed.complaintOrPetition", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.otherHandling.other", 1, 1, 0, 0, 0, 0, 2);
        row(expected, "outcomes.total", 13, 3, 0, 0, 1, 0, 17);
        expected.put("reviewAndLitigation.administrativeReview.corrected", 1L);
        expected.put("reviewAndLitigation.administrativeReview.total", 1L);
        assertNumbers(expected, parsed);
        assertThat(parsed.notes(), hasItem(containsString("行政强制: - read as 0")));
        assertThat(parsed.notes(), hasItem(containsString("行政事业性收费: its cells are empty: read as 0")));
        assertThat(parsed.notes(), hasItem(containsString("（六）其他处理 is printed as one row (as in the 2019 format): read as 3.其他")));
        assertThat(parsed.notes(), hasItem(containsString("政府集中采购")));
    }

    @Test
    void the2019FormatInAPdfExtraction() throws IOException {
        ParsedText parsed = parser.parse(text("format-2019-pdf-2019.txt"));

        assertEquals("栾川县自然资源局", parsed.agencyName());
        assertEquals(2019, parsed.year());
        assertEquals(TemplateFormat.FORMAT_2019, parsed.format());
        assertEquals("410324", regionCode(parsed));
        Map<String, Long> expected = new HashMap<>();
        expected.put("proactiveDisclosure.normativeDocuments.issued", 1L);
        expected.put("proactiveDisclosure.normativeDocuments.inForce", 6L);
        expected.put("proactiveDisclosure.licensing.decisions", 1315L);
        expected.put("proactiveDisclosure.penalties.decisions", 57L);
        expected.put("proactiveDisclosure.coercion.decisions", 2L);
        row(expected, "newlyReceived", 7, 2, 0, 0, 0, 0, 9);
        row(expected, "outcomes.granted", 4, 1, 0, 0, 0, 0, 5);
        row(expected, "outcomes.partiallyGranted", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.unableToProvide.notHeld", 1, 1, 0, 0, 0, 0, 2);
        row(expected, "outcomes.notProcessed.complaintOrPetition", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.total", 7, 2, 0, 0, 0, 0, 9);
        assertNumbers(expected, parsed);
        assertEquals("2019年，我局按照新修订的《中华人民共和国政府信息公开条例》要求，全面推进政务公开工作，全年主动公开"
                + "政府信息128条，其中国土空间规划类信息36条。\n二是依申请公开工作规范有序，全年受理申请9件。",
                parsed.narrative().overview());
        assertEquals("一是公开内容不够全面；二是解读形式较为单一。2020年，我局将进一步加强政务公开工作。",
                parsed.narrative().problems());
    }

    @Test
    void aPdfWithGroupLabelsAmidRowsAndVerticalHeaderCells() throws IOException {
        ParsedText parsed = parser.parse(text("pdf-merged-cells-2022.txt"));

        assertEquals("威海市文登区信访局", parsed.agencyName());
        assertEquals(2022, parsed.year());
        assertEquals("371003", regionCode(parsed));
        Map<String, Long> expected = new HashMap<>();
        row(expected, "newlyReceived", 3, 0, 0, 0, 0, 0, 3);
        row(expected, "outcomes.granted", 1, 0, 0, 0, 0, 0, 1);
        row(expected, "outcomes.notProcessed.complaintOrPetition", 2, 0, 0, 0, 0, 0, 2);
        row(expected, "outcomes.total", 3, 0, 0, 0, 0, 0, 3);
        assertNumbers(expected, parsed);
        assertEquals("总结我局本年度政府信息公开工作，公开信息数量明显增加，公开形式更加规范，仍存在以下问题：\n"
                + "一是工作人员以兼职为主，队伍不够稳定；二是公开内容较少，与公众的需求还存在一些差距。",
                parsed.narrative().problems());
    }

    /**
     * A table printed in narrow cells (a web page printed on A5): the group's merged cell "（四）无法提供" stands on a
     * line of its first row, between that row's label and its numbers, or amid its label.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "1. 本机关不掌握相关政府\n(四) 无法提供\t信息\t10\t0\t0\t0\t0\t0\t10\n",
            "1. 本机\n关不掌\n(四) 无法提供 握相关 10 0 0\t0\t0\t0 10\n政府信\n息\n"})
    void aGroupsLabelPrintedAmidItsFirstRowIsNoPartOfTheRow(String firstRow) throws IOException {
        String text = FixtureReportsTest.text("ruzhou-szfb-2024.txt")
                .replace("\t(四) 无法提供\t1. 本机关不掌握相关政府信息\t10\t0\t0\t0\t0\t0\t10\n", firstRow);

        ParsedText parsed = parser.parse(text);

        assertEquals(new ApplicantCounts(10L, 0L, 0L, 0L, 0L, 0L, 10L),
                parsed.applications().outcomes().unableToProvide().notHeld());
        assertEquals(new ApplicantCounts(0L, 0L, 0L, 0L, 0L, 0L, 0L),
                parsed.applications().outcomes().unableToProvide().needsCreation());
        assertEquals(new ApplicantCounts(18L, 0L, 0L, 0L, 0L, 0L, 18L), parsed.applications().outcomes().total());
    }

    private String regionCode(ParsedText parsed) {
        return assertInstanceOf(RegionMatch.Found.class, regions.resolve(parsed.agencyName())).region().code();
    }

    private static void row(Map<String, Long> expected, String row, long... values) {
        var cells = ReportTemplate.cells(ReportTemplate.APPLICATIONS, ReportTemplate.APPLICATIONS.row(row));
        for (int column = 0; column < cells.size(); column++) {
            expected.put(cells.get(column).flatName(), values[column]);
        }
    }

    /** Every number of the report is the expected one, or 0 where none is given. */
    private static void assertNumbers(Map<String, Long> expected, ParsedText parsed) {
        Map<String, BigDecimal> numbers = ReportNumbers.flatten(parsed.toReport("test", "000000"));
        List<String> wrong = ReportNumbers.NAMES.stream()
                .filter(name -> numbers.get(name).compareTo(BigDecimal.valueOf(expected.getOrDefault(name, 0L))) != 0
                        && !name.equals("proactiveDisclosure.fees.amount"))
                .map(name -> name + ": expected " + expected.getOrDefault(name, 0L) + ", parsed " + numbers.get(name))
                .toList();
        assertTrue(wrong.isEmpty(), () -> String.join("\n", wrong));
    }

    static String text(String name) throws IOException {
        try (InputStream in = PublishedLayoutsTest.class.getResourceAsStream("/parsing/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test text " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
