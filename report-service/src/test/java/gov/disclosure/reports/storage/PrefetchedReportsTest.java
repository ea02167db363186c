package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.Fixtures;
import gov.disclosure.reports.ReportApi;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a bulk chunk reads of what is stored: each report's year and the years either side, not every year of its
 * agency (a backfill's later years would otherwise read every earlier one, documents and all).
 */
@QuarkusTest
class PrefetchedReportsTest {

    @Inject
    ReportDocuments documents;

    @Inject
    ObjectMapper mapper;

    @Test
    void aChunkReadsTheYearsAroundItsReportsAndNoOthers() throws Exception {
        ObjectNode report = storedFrom2019To2024();

        assertEquals(List.of(2021, 2022, 2023), yearsHeld(report, 2022));
    }

    @Test
    void reportsOfSeveralYearsReadEachOnesNeighbours() throws Exception {
        ObjectNode report = storedFrom2019To2024();

        assertEquals(List.of(2019, 2020, 2023, 2024), yearsHeld(report, 2019, 2024));
    }

    /** A report of a new agency, stored for each year from 2019 to 2024. */
    private static ObjectNode storedFrom2019To2024() {
        ObjectNode report = Fixtures.newReport("ruzhou-szfb-2024");
        for (int year = 2019; year <= 2024; year++) {
            ReportApi.submit(report.deepCopy().put("year", year)).then().statusCode(201);
        }
        return report;
    }

    /** The agency's years from 2019 to 2024 that a chunk of {@code report} in {@code years} reads. */
    private List<Integer> yearsHeld(ObjectNode report, int... years) throws Exception {
        String agency = Fixtures.agencyId(report);
        List<AnnualReport> chunk = new ArrayList<>();
        for (int year : years) {
            chunk.add(mapper.treeToValue(report.deepCopy().put("year", year), AnnualReport.class));
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            StoredReports stored = PrefetchedReports.of(chunk, documents);
            return IntStream.rangeClosed(2019, 2024).filter(year -> stored.latest(agency, year).isPresent())
                    .boxed().toList();
        });
    }
}
