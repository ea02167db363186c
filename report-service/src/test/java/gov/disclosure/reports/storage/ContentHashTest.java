package gov.disclosure.reports.storage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
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
        for (String name : Fixtures.NAMES) {
            for (String fee : FEES) {
                for (boolean published : List.of(false, true)) {
                    AnnualReport report = report(name, fee, published);
                    assertEquals(documents.contentHashOfTree(report), documents.contentHash(report), name + " " + fee);
                }
            }
        }
    }

    @Test
    void aNameBeyondTheBasicPlaneIsHashedAsItsUtf8() throws Exception {
        ObjectNode json = Fixtures.expected(Fixtures.NAMES.get(0)).deepCopy();
        ((ObjectNode) json.get("agency")).put("name", "汝州市𠀀测试局\u2028“公开”");
        AnnualReport report = mapper.treeToValue(json, AnnualReport.class);

        assertEquals(documents.contentHashOfTree(report), documents.contentHash(report));
    }

    @Test
    void numbersCountByTheirValue() throws Exception {
        String name = Fixtures.NAMES.get(0);
        Map<String, Set<String>> hashesByValue = new HashMap<>();
        for (String fee : FEES) {
            hashesByValue.computeIfAbsent(new BigDecimal(fee).stripTrailingZeros().toPlainString(), value -> new HashSet<>())
                    .add(documents.contentHash(report(name, fee, false)));
        }
        hashesByValue.forEach((value, hashes) -> assertEquals(1, hashes.size(), value));
        assertEquals(hashesByValue.size(), hashesByValue.values().stream().flatMap(Set::stream).distinct().count());
    }

    private static final List<String> FEES = List.of("0", "0.0", "0E-10", "1.2300", "1.23", "12E+2", "1200",
            "0.00012345678901234567", "99999999999999999999.5");

    private AnnualReport report(String name, String fee, boolean published) throws Exception {
        ObjectNode json = Fixtures.expected(name).deepCopy();
        ((ObjectNode) json.get("proactiveDisclosure").get("fees")).put("amount", new BigDecimal(fee));
        json.remove("publishedOn");
        if (published) {
            json.put("publishedOn", "2025-01-20");
        }
        return mapper.treeToValue(json, AnnualReport.class);
    }
}
