package gov.disclosure.reports;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The fixture reports of {@code src/test/resources/fixtures/reports}, and copies of them for tests: each test
 * gives its reports agency ids of their own, so that tests do not see each other's data.
 */
public final class Fixtures {

    /** Every fixture with an expected JSON; all satisfy every arithmetic rule. */
    public static final List<String> NAMES = List.of(
            "ruzhou-szfb-2024", "zhengzhou-zwfwb-2021", "zhoukou-xzfwzx-2021",
            "xinan-example-2023-pdf", "xinan-example-2023-kangxi");

    public static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static ObjectNode expected(String name) {
        return (ObjectNode) read("fixtures/reports/" + name + ".expected.json");
    }

    public static String text(String name) {
        try (InputStream in = resource("fixtures/reports/" + name + ".txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture report under a new agency id, so that it is new to the service. */
    public static ObjectNode newReport(String name) {
        ObjectNode report = expected(name);
        ((ObjectNode) report.get("agency")).put("id", uniqueAgencyId(report.get("agency").get("id").asText()));
        return report;
    }

    public static String uniqueAgencyId(String base) {
        return base + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static String agencyId(JsonNode report) {
        return report.get("agency").get("id").asText();
    }

    /** Sets the number at a JSON pointer such as {@code /applications/newlyReceived/total}. */
    public static ObjectNode with(ObjectNode report, String pointer, long value) {
        ObjectNode copy = report.deepCopy();
        JsonPointer at = JsonPointer.compile(pointer);
        ((ObjectNode) copy.at(at.head())).put(at.last().getMatchingProperty(), value);
        return copy;
    }

    /**
     * Asserts that two reports are the same report: agency, region, year, and every number equal in value
     * ({@code 0} and {@code 0.0} are the same fee). The narrative is not compared.
     */
    public static void assertSameReport(JsonNode expected, JsonNode actual) {
        AnnualReport expectedReport = report(expected);
        AnnualReport actualReport = report(actual);
        assertEquals(expectedReport.agency(), actualReport.agency());
        assertEquals(expectedReport.regionCode(), actualReport.regionCode());
        assertEquals(expectedReport.year(), actualReport.year());
        Map<String, BigDecimal> actualNumbers = ReportNumbers.flatten(actualReport);
        ReportNumbers.flatten(expectedReport).forEach((name, value) ->
                assertEquals(0, value.compareTo(actualNumbers.get(name)), name + ": " + value + " vs " + actualNumbers.get(name)));
    }

    public static AnnualReport report(JsonNode json) {
        try {
            return JSON.treeToValue(json, AnnualReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static long number(JsonNode report, String pointer) {
        return report.at(pointer).asLong();
    }

    private static JsonNode read(String path) {
        try (InputStream in = resource(path)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalArgumentException("no test resource " + path);
        }
        return in;
    }
}
