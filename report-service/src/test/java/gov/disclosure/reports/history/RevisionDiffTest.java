package gov.disclosure.reports.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ObjectNode before = (ObjectNode) read("""
            {"agency": {"id": "a", "name": "汝州市人民政府办公室"}, "year": 2024,
             "applications": {"newlyReceived": {"total": 18, "naturalPerson": 18}},
             "proactiveDisclosure": {"fees": {"amount": 0.0}}}""");

    @Test
    void theSameReportHasNoChanges() {
        RevisionDiff diff = RevisionDiff.between(1, "PUBLISHED", before, 2, "PUBLISHED", before.deepCopy());

        assertEquals(List.of(), diff.changes());
        assertNull(diff.status());
    }

    @Test
    void aChangedNumberIsNamedByItsPointerAndTheTemplatesLabels() {
        ObjectNode after = before.deepCopy();
        ((ObjectNode) after.at("/applications/newlyReceived")).put("total", 20).put("naturalPerson", 20);

        RevisionDiff diff = RevisionDiff.between(1, "PUBLISHED", before, 2, "PUBLISHED", after);

        assertEquals(2, diff.changes().size());
        RevisionDiff.Change total = diff.changes().get(0);
        assertEquals("/applications/newlyReceived/total", total.pointer());
        assertEquals("三", total.section());
        assertEquals("一、本年新收政府信息公开申请数量", total.row());
        assertEquals("总计", total.column());
        assertEquals(18, total.before().intValue());
        assertEquals(20, total.after().intValue());
    }

    @Test
    void numbersAreComparedByValueAndOtherFieldsByText() {
        ObjectNode after = before.deepCopy();
        ((ObjectNode) after.at("/proactiveDisclosure/fees")).put("amount", 0);
        ((ObjectNode) after.get("agency")).put("name", "汝州市政府办公室");

        RevisionDiff diff = RevisionDiff.between(2, "PUBLISHED", before, 3, "WITHDRAWN", after);

        assertEquals(List.of("/agency/name"), diff.changes().stream().map(RevisionDiff.Change::pointer).toList());
        assertNull(diff.changes().get(0).row());
        assertEquals(List.of("PUBLISHED", "WITHDRAWN"), diff.status());
    }

    @Test
    void aValueAddedOrRemovedHasOnlyOneSide() {
        ObjectNode after = before.deepCopy().put("publishedOn", "2025-01-20");
        after.remove("year");

        RevisionDiff diff = RevisionDiff.between(1, "PUBLISHED", before, 2, "PUBLISHED", after);

        assertEquals("/year", diff.changes().get(0).pointer());
        assertNull(diff.changes().get(0).after());
        assertEquals("/publishedOn", diff.changes().get(1).pointer());
        assertNull(diff.changes().get(1).before());
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
