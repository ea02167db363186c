package gov.disclosure.report;

import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Identity;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportTemplateTest {

    @Test
    void theTablesHoldTheTwoHundredNumbersInPrintOrder() {
        assertEquals(200, ReportTemplate.CELLS.size());
        assertEquals(10, ReportTemplate.PROACTIVE_DISCLOSURE.cells().size());
        assertEquals(25 * 7, ReportTemplate.APPLICATIONS.cells().size());
        assertEquals(3 * 5, ReportTemplate.REVIEW_AND_LITIGATION.cells().size());
        for (int i = 0; i < ReportTemplate.CELLS.size(); i++) {
            assertEquals(i, ReportTemplate.CELLS.get(i).index());
        }
    }

    @Test
    void theIdentitiesAreTheSpecsRulesForEveryColumnRowAndGroup() {
        Map<String, Long> byRule = ReportTemplate.IDENTITIES.stream()
                .collect(Collectors.groupingBy(Identity::rule, Collectors.counting()));

        assertEquals(Map.of("BALANCE", 7L, "OUTCOME_TOTAL", 7L, "ROW_TOTAL", 25L, "REVIEW_TOTAL", 3L), byRule);
        Identity balance = ReportTemplate.IDENTITIES.get(0);
        assertEquals("applications.carriedForward.naturalPerson", balance.target().flatName());
        assertEquals(List.of("applications.newlyReceived.naturalPerson", "applications.carriedOver.naturalPerson"),
                balance.plus().stream().map(Cell::flatName).toList());
        assertEquals(List.of("applications.outcomes.total.naturalPerson"),
                balance.minus().stream().map(Cell::flatName).toList());
    }

    @Test
    void theOutcomesTotalSumsTheTwentyOneOutcomeRows() {
        Identity outcomeTotal = ReportTemplate.IDENTITIES.stream()
                .filter(identity -> identity.rule().equals("OUTCOME_TOTAL")).findFirst().orElseThrow();

        assertEquals(21, outcomeTotal.plus().size());
        assertEquals("applications.outcomes.granted.naturalPerson", outcomeTotal.plus().get(0).flatName());
        assertEquals("applications.outcomes.otherHandling.other.naturalPerson", outcomeTotal.plus().get(20).flatName());
    }

    @Test
    void cellsAreNamedByTheTemplatesLabels() {
        Cell cell = ReportTemplate.cell("applications.outcomes.withheld.thirdPartyRights.total");

        assertEquals("（三）不予公开 4.保护第三方合法权益", cell.rowLabel());
        assertEquals("总计", cell.columnLabel());
        assertEquals("/applications/outcomes/withheld/thirdPartyRights/total", cell.pointer());
        assertEquals("（一）予以公开", ReportTemplate.cell("applications.outcomes.granted.total").rowLabel());
        assertEquals("一、本年新收政府信息公开申请数量", ReportTemplate.cell("applications.newlyReceived.total").rowLabel());
        assertTrue(ReportTemplate.cell(ReportTemplate.FEES_AMOUNT).isAmount());
    }

    @Test
    void theFormatOf2019MapsOnlyOntoNumbersOfTheTemplate() {
        for (ReportTemplate.Format2019.ProactiveRow row : ReportTemplate.Format2019.PROACTIVE_ROWS) {
            row.kept().forEach((column, flatName) -> {
                assertTrue(column < row.columns().size(), row.label());
                assertTrue(ReportTemplate.find(flatName).isPresent(), flatName);
            });
        }
        assertEquals("3.其他", ReportTemplate.Format2019.OTHER_HANDLING_READ_AS.item());
    }
}
