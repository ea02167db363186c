package gov.disclosure.reports.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** NARRATIVE_MISMATCH and YEAR_ON_YEAR_JUMP: warnings in Chinese, never refusals. */
class QualityWarningsTest {

    /** 汝州市人民政府办公室 2024: 18 applications newly received. */
    private final ObjectNode ruzhou = Fixtures.expected("ruzhou-szfb-2024");

    @Test
    void aFigureTheNarrativeQuotesWrongIsWarnedAtTheTablesCell() {
        List<Violation> warnings = warnings(withOverview("2024年，本机关共收到政府信息公开申请20件，均按时答复。"), null);

        assertEquals(1, warnings.size(), warnings.toString());
        Violation mismatch = warnings.get(0);
        assertEquals(Rule.NARRATIVE_MISMATCH, mismatch.rule());
        assertEquals("/applications/newlyReceived/total", mismatch.pointer());
        assertEquals(new BigDecimal("18"), mismatch.expected());
        assertEquals(new BigDecimal("20"), mismatch.found());
        assertEquals("正文（/narrative/overview）写“收到政府信息公开申请20件”，与表格不一致：表格中"
                + "一、本年新收政府信息公开申请数量“总计”为18", mismatch.detail());
        assertTrue(Rule.NARRATIVE_MISMATCH.isWarning());
    }

    @Test
    void aFigureTheTablesHoldIsNoWarningNorAChangeOrAnotherClause() {
        assertEquals(List.of(), warnings(withOverview("共收到政府信息公开申请１８件。"), null));
        assertEquals(List.of(), warnings(withOverview("收到申请较上年增加5件。"), null));
        assertEquals(List.of(), warnings(withOverview("收到政府信息公开申请，其中20件来自企业。"), null));
        assertEquals(List.of(), warnings(withOverview("不予公开3件。"), null));
    }

    @Test
    void lawsuitsAreComparedWithBothKindsOfLawsuit() {
        List<Violation> warnings = warnings(withOverview("发生政府信息公开行政诉讼案件7起。"), null);
        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("/reviewAndLitigation/litigationDirect/total", warnings.get(0).pointer());
        assertTrue(warnings.get(0).detail().contains("之和"), warnings.get(0).detail());
    }

    @Test
    void aNumberTenTimesLastYearsIsWarned() {
        ObjectNode lastYear = Fixtures.with(Fixtures.with(ruzhou, "/year", 2023),
                "/proactiveDisclosure/penalties/decisions", 120);
        ObjectNode thisYear = Fixtures.with(ruzhou, "/proactiveDisclosure/penalties/decisions", 1300);

        List<Violation> warnings = ReportRules.warnings(report(thisYear), report(lastYear), null).stream()
                .filter(warning -> warning.rule() == Rule.YEAR_ON_YEAR_JUMP).toList();

        assertEquals(1, warnings.size(), warnings.toString());
        assertEquals("/proactiveDisclosure/penalties/decisions", warnings.get(0).pointer());
        assertEquals(new BigDecimal("120"), warnings.get(0).expected());
        assertEquals(new BigDecimal("1300"), warnings.get(0).found());
        assertEquals("行政处罚“本年处理决定数量”为1300，上年为120，变化超过10倍，请核对数字和单位", warnings.get(0).detail());
    }

    @Test
    void smallNumbersAndChangesFromZeroAreNoJump() {
        assertTrue(YearOnYear.isJump(BigDecimal.valueOf(100), BigDecimal.valueOf(9)));
        assertTrue(!YearOnYear.isJump(BigDecimal.valueOf(100), BigDecimal.valueOf(10)));
        assertTrue(!YearOnYear.isJump(BigDecimal.valueOf(3), BigDecimal.valueOf(31)));
        assertTrue(!YearOnYear.isJump(BigDecimal.ZERO, BigDecimal.valueOf(5000)));
        assertTrue(YearOnYear.isJump(new BigDecimal("0.5"), new BigDecimal("120")));
    }

    private ObjectNode withOverview(String text) {
        ObjectNode report = ruzhou.deepCopy();
        ObjectNode narrative = report.get("narrative") instanceof ObjectNode existing ? existing
                : report.putObject("narrative");
        narrative.put("overview", text);
        return report;
    }

    private static List<Violation> warnings(ObjectNode report, ObjectNode yearBefore) {
        return ReportRules.warnings(report(report), yearBefore == null ? null : report(yearBefore), null);
    }

    private static AnnualReport report(ObjectNode json) {
        return Fixtures.report(json);
    }
}
