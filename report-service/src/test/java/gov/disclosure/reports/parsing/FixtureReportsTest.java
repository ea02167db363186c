package gov.disclosure.reports.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.region.Regions;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        AnnualReport expected = JSON.readValue(resource(fixture + ".expected.json"), AnnualReport.class);

        ParsedText parsed = parser.parse(text(fixture + ".txt"));

        assertEquals(expected.agency().name(), parsed.agencyName());
        assertEquals(expected.year(), parsed.year());
        assertEquals(TemplateFormat.FORMAT_2021, parsed.format());
        RegionMatch region = regions.resolve(parsed.agencyName());
        assertEquals(expected.regionCode(), assertInstanceOf(RegionMatch.Found.class, region).region().code());
        assertSameNumbers(ReportNumbers.flatten(expected),
                ReportNumbers.flatten(parsed.toReport(expected.agency().id(), expected.regionCode())));
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
