package gov.disclosure.reports.parsing;

import gov.disclosure.reports.regions.RegionResolver;
import gov.disclosure.reports.regions.RegionMatch;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Narrative;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every fixture's published text parses to its expected canonical JSON (all but agency.id, which is not in it). */
class FixtureReportsTest {

    static final String FIXTURES = "/fixtures/reports/";
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final PublishedTextParser parser = new PublishedTextParser();
    private final RegionResolver regions = new RegionResolver(Regions.standard());

    @ParameterizedTest
    @ValueSource(strings = {"ruzhou-szfb-2024", "zhoukou-xzfwzx-2021", "zhengzhou-zwfwb-2021",
            "xinan-example-2023-pdf", "xinan-example-2023-kangxi"})
    void parsesToTheExpectedReport(String fixture) throws IOException {
        AnnualReport expected = expected(fixture);

        ParsedText parsed = parser.parse(text(fixture + ".txt"));

        assertEquals(expected.agency().name(), parsed.agencyName());
        assertEquals(expected.year(), parsed.year());
        assertEquals(TemplateFormat.FORMAT_2021, parsed.format());
        RegionMatch region = regions.resolve(parsed.agencyName());
        assertEquals(expected.regionCode(), assertInstanceOf(RegionMatch.Found.class, region).region().code());
        assertSameNumbers(ReportNumbers.flatten(expected),
                ReportNumbers.flatten(parsed.toReport(expected.agency().id(), expected.regionCode())));
    }

    /** The narrative is not in the expected JSON: 一 starts as printed, 五 and 六 are there, all in ordinary characters. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ruzhou-szfb-2024 | (一) 主动公开情况。一是通过市政府门户网站主动公开市政府文件 20 条 | 下一步，市政府办公室将进一步深化政务公开工作。 | 本年度我单位未收取信息处理费。",
            "zhoukou-xzfwzx-2021 | (一) 成立领导机构,明确职责分工。 | 无 | 无",
            "zhengzhou-zwfwb-2021 | 2021年，市政务办在市委、市政府的正确领导下 | 继续做好信息公开工作 | 发出收费通知的件数和总金额以及实际收取的总金额均为0。",
            "xinan-example-2023-pdf | 2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。 | 下一步将加强培训。 | 本年度未收取信息处理费。",
            "xinan-example-2023-kangxi | 2023年，我局认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开政府信息386条。 | 下一步将加强培训。 | 本年度未收取信息处理费。"})
    void readsTheNarrative(String fixture, String overviewStart, String inProblems, String inOtherMatters) throws IOException {
        Narrative narrative = parser.parse(text(fixture + ".txt")).narrative();

        assertThat(narrative.overview(), startsWith(overviewStart));
        assertThat(narrative.problems(), containsString(inProblems));
        assertThat(narrative.otherMatters(), containsString(inOtherMatters));
        for (String part : new String[]{narrative.overview(), narrative.problems(), narrative.otherMatters()}) {
            assertTrue(part.chars().noneMatch(c -> c >= 0x2E80 && c <= 0x2FDF), part);
            assertTrue(part.chars().noneMatch(c -> c == '#' || c == '\t'), part);
        }
        if (fixture.startsWith("ruzhou")) {
            assertEquals(5, narrative.overview().split("\n").length, "（一）…（五） are paragraphs of their own");
        }
    }

    static void assertSameNumbers(Map<String, BigDecimal> expected, Map<String, BigDecimal> actual) {
        List<String> differences = new ArrayList<>();
        expected.forEach((name, value) -> {
            BigDecimal found = actual.get(name);
            if (found == null || found.compareTo(value) != 0) {
                differences.add(name + ": expected " + value + ", parsed " + found);
            }
        });
        assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
    }

    /** The fixture's expected report. */
    static AnnualReport expected(String fixture) throws IOException {
        return JSON.readValue(resource(fixture + ".expected.json"), AnnualReport.class);
    }

    static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = FixtureReportsTest.class.getResourceAsStream(FIXTURES + name);
        if (in == null) {
            throw new IllegalStateException("no fixture " + name);
        }
        return in;
    }
}
