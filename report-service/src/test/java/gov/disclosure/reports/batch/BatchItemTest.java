package gov.disclosure.reports.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchItemTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();

    /** Import jobs wrote their items with the HTTP status before the status moved to the resources. */
    @Test
    void anItemKeptWithItsStatusIsReadBackWithItsProblem() throws Exception {
        BatchItem item = json.readValue("""
                {"file":"a.txt","outcome":"REFUSED","status":422,"problem":{"title":"Unprocessable Content",
                "status":422,"detail":"the text has no table"}}""", BatchItem.class);

        assertEquals(BatchItem.Outcome.REFUSED, item.outcome());
        assertEquals(422, item.problemStatus());
        assertFalse(item.failedUnexpectedly());
    }

    @Test
    void aFileRefusedForNoFaultOfItsOwnIsToBeReadAgain() throws Exception {
        BatchItem item = json.readValue("""
                {"file":"a.txt","outcome":"REFUSED","problem":{"title":"Internal Server Error","status":500}}""",
                BatchItem.class);

        assertTrue(item.failedUnexpectedly());
    }

    @Test
    void aStoredItemHasNoProblemStatus() throws Exception {
        BatchItem item = json.readValue("""
                {"file":"a.txt","outcome":"STORED","status":201,"revision":1}""", BatchItem.class);

        assertNull(item.problemStatus());
        assertFalse(item.failedUnexpectedly());
    }
}
