package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Content hashes are stored: taken in one pass, they are byte for byte those taken through the JSON tree. */
@QuarkusTest
class ContentHashTest {

    @Inject
    ReportDocuments documents;

    @Inject
    ObjectMapper mapper;

    @Test
    void theOnePassHashIsTheHashOfTheTree() throws Exception {
        Set<String> hashes = new HashSet<>();
        int reports = 0;
        for (String name : Fixtures.NAMES) {
            for (String fee : List.of("0", "0.0", "0E-10", "1.2300", "1.23", "12E+2", "1200", "0.00012345678901234567",
                    "99999999999999999999.5")) {
                ObjectNode json = Fixtures.expected(name).deepCopy();
                ((ObjectNode) json.get("proactiveDisclosure").get("fees")).put("amount", new BigDecimal(fee));
                json.remove("publishedOn");
                for (ObjectNode variant : List.of(json, json.deepCopy().put("publishedOn", "2025-01-20"))) {
                    AnnualReport report = mapper.treeToValue(variant, AnnualReport.class);
                    assertEquals(documents.contentHashOfTree(report), documents.contentHash(report), name + " " + fee);
                    hashes.add(documents.contentHash(report));
                    reports++;
                }
            }
        }
        // 0, 0.0 and 0E-10 are one value, as are 1.2300 and 1.23, and 12E+2 and 1200
        assertEquals(reports - Fixtures.NAMES.size() * 2 * 4, hashes.size());
    }
}
