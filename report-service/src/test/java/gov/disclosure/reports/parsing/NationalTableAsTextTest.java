package gov.disclosure.reports.parsing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.table.NationalTable;
import gov.disclosure.table.TableFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The national table as the services export it (GET …/table), kept as a text: a spreadsheet saved as CSV, with a
 * comma or another separator, or the Markdown. Its numbers, of up to four digits, follow their labels after a
 * separator and after the empty fields of merged cells.
 */
class NationalTableAsTextTest {

    private final PublishedTextParser parser = new PublishedTextParser();

    @ParameterizedTest
    @ValueSource(strings = {",", "，", ";", "；", ":", "："})
    void aTableSavedAsCsvIsReadExactlyWhateverItsSeparator(String separator) throws IOException {
        AnnualReport report = generated();
        String csv = table(report, TableFormat.CSV).replace(",", separator);

        assertReadsAs(report, parser.parse(csv));
    }

    @Test
    void theTableAsMarkdownIsReadExactly() throws IOException {
        AnnualReport report = generated();

        assertReadsAs(report, parser.parse(table(report, TableFormat.MARKDOWN)));
    }

    private static void assertReadsAs(AnnualReport expected, ParsedText parsed) {
        assertEquals(expected.agency().name(), parsed.agencyName());
        assertEquals(expected.year(), parsed.year());
        FixtureReportsTest.assertSameNumbers(ReportNumbers.flatten(expected),
                ReportNumbers.flatten(parsed.toReport(expected.agency().id(), expected.regionCode())));
    }

    private static String table(AnnualReport report, TableFormat format) throws IOException {
        NationalTable table = NationalTable.of("%s %d年政府信息公开工作年度报告".formatted(report.agency().name(),
                report.year()), ReportNumbers.flatten(report));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        format.write(table, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A report of made-up numbers of up to four digits that add up (also read from PDFs in PublishedDocumentsTest). */
    private static AnnualReport generated() throws IOException {
        try (InputStream in = NationalTableAsTextTest.class.getResourceAsStream(
                "/fixtures/published/producers/generated-2024.expected.json")) {
            return JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                    .readValue(in, AnnualReport.class);
        }
    }
}
