package gov.disclosure.reports.validation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportRulesTest {

    /** 新安县示例局 2023: non-zero numbers in most rows; 41 + 3 = 42 + 2 for 自然人. */
    private final ObjectNode xinan = Fixtures.expected("xinan-example-2023-pdf");

    @ParameterizedTest
    @FieldSource("gov.disclosure.reports.Fixtures#NAMES")
    void everyFixtureKeepsEveryRule(String name) {
        AnnualReport report = report(Fixtures.expected(name));

        assertEquals(List.of(), ReportRules.violations(report));
        assertEquals(List.of(), ReportRules.warnings(report, null, null));
    }

    @Test
    void balanceIsReportedAtCarriedForwardWithWhatWouldBalance() {
        var changed = Fixtures.with(xinan, "/applications/carriedForward/naturalPerson", 3);

        List<Violation> violations = ReportRules.violations(report(changed));

        assertEquals(List.of(
                new Violation(Rule.BALANCE, "/applications/carriedForward/naturalPerson", "四、结转下年度继续办理", "自然人",
                        BigDecimal.valueOf(2), BigDecimal.valueOf(3),
                        "一 + 二 must equal 三（七）+ 四: 四 should be 2 (41 + 3 − 42), found 3"),
                new Violation(Rule.ROW_TOTAL, "/applications/carriedForward/total", "四、结转下年度继续办理", "总计",
                        BigDecimal.valueOf(4), BigDecimal.valueOf(3),
                        "总计 must be the sum of the six applicant columns: should be 4, found 3")),
                violations);
    }

    @Test
    void outcomeTotalIsReportedAtTheOutcomesTotal() {
        var changed = Fixtures.with(xinan, "/applications/outcomes/withheld/thirdPartyRights/naturalPerson", 3);

        List<Violation> violations = ReportRules.violations(report(changed));

        assertEquals(List.of(Rule.OUTCOME_TOTAL, Rule.ROW_TOTAL), violations.stream().map(Violation::rule).toList());
        Violation outcomeTotal = violations.get(0);
        assertEquals("/applications/outcomes/total/naturalPerson", outcomeTotal.pointer());
        assertEquals("（七）总计", outcomeTotal.row());
        assertEquals(BigDecimal.valueOf(43), outcomeTotal.expected());
        assertEquals(BigDecimal.valueOf(42), outcomeTotal.found());
        assertEquals("/applications/outcomes/withheld/thirdPartyRights/total", violations.get(1).pointer());
        assertEquals("（三）不予公开 4.保护第三方合法权益", violations.get(1).row());
    }

    @Test
    void rowTotalIsReportedAtTheRowsTotal() {
        var changed = Fixtures.with(xinan, "/applications/newlyReceived/total", 50);

        List<Violation> violations = ReportRules.violations(report(changed));

        assertTrue(violations.contains(new Violation(Rule.ROW_TOTAL, "/applications/newlyReceived/total",
                "一、本年新收政府信息公开申请数量", "总计", BigDecimal.valueOf(51), BigDecimal.valueOf(50),
                "总计 must be the sum of the six applicant columns: should be 51, found 50")), violations::toString);
        assertEquals(List.of(Rule.BALANCE, Rule.ROW_TOTAL), violations.stream().map(Violation::rule).toList());
    }

    @Test
    void reviewTotalIsReportedAtTheGroupsTotal() {
        var changed = Fixtures.with(xinan, "/reviewAndLitigation/litigationDirect/pending", 2);

        List<Violation> violations = ReportRules.violations(report(changed));

        assertEquals(1, violations.size());
        Violation violation = violations.get(0);
        assertEquals(Rule.REVIEW_TOTAL, violation.rule());
        assertEquals("/reviewAndLitigation/litigationDirect/total", violation.pointer());
        assertEquals("行政诉讼 未经复议直接起诉", violation.row());
        assertEquals("总计", violation.column());
        assertEquals(BigDecimal.valueOf(3), violation.expected());
        assertEquals(BigDecimal.valueOf(2), violation.found());
    }

    @Test
    void moreThanFourDecimalsOfFeesIsAWarningNotAViolation() {
        ObjectNode changed = xinan.deepCopy();
        ((ObjectNode) changed.at("/proactiveDisclosure/fees")).put("amount", new BigDecimal("1.23456"));

        AnnualReport report = report(changed);

        assertEquals(List.of(), ReportRules.violations(report));
        List<Violation> warnings = ReportRules.warnings(report, null, null);
        assertEquals(1, warnings.size());
        assertEquals(Rule.FEE_PRECISION, warnings.get(0).rule());
        assertEquals("/proactiveDisclosure/fees/amount", warnings.get(0).pointer());
        assertEquals(new BigDecimal("1.2346"), warnings.get(0).expected());
        assertEquals(new BigDecimal("1.23456"), warnings.get(0).found());
    }

    @Test
    void trailingZerosAreNotDecimalsThatCount() {
        ObjectNode changed = xinan.deepCopy();
        ((ObjectNode) changed.at("/proactiveDisclosure/fees")).put("amount", new BigDecimal("1.234500"));

        assertEquals(List.of(), ReportRules.warnings(report(changed), null, null));
    }

    @Test
    void carryChainComparesWithLastYearsCarriedForward() {
        AnnualReport lastYear = report(xinan);
        AnnualReport thisYear = report(Fixtures.with(xinan, "/applications/carriedOver/naturalPerson", 2));

        List<Violation> warnings = ReportRules.warnings(thisYear, lastYear, null);

        assertEquals(List.of("/applications/carriedOver/total"), warnings.stream().map(Violation::pointer).toList());
        assertEquals(Rule.CARRY_CHAIN, warnings.get(0).rule());
        assertEquals(BigDecimal.valueOf(3), warnings.get(0).expected());
        assertEquals(BigDecimal.valueOf(4), warnings.get(0).found());
        assertTrue(Rule.CARRY_CHAIN.isWarning());
    }

    /** A history loaded newest first: the older report, arriving second, carries the warning on its 四. */
    @Test
    void carryChainComparesWithNextYearsCarriedOver() {
        AnnualReport thisYear = report(xinan);
        AnnualReport nextYear = report(Fixtures.with(xinan, "/applications/carriedOver/naturalPerson", 2));

        List<Violation> warnings = ReportRules.warnings(thisYear, null, nextYear);

        assertEquals(List.of("/applications/carriedForward/total"), warnings.stream().map(Violation::pointer).toList());
        assertEquals(Rule.CARRY_CHAIN, warnings.get(0).rule());
        assertEquals(BigDecimal.valueOf(4), warnings.get(0).expected());
        assertEquals(BigDecimal.valueOf(3), warnings.get(0).found());
    }

    @Test
    void everyViolationIsListedNotJustTheFirst() {
        var changed = Fixtures.with(xinan, "/applications/carriedForward/naturalPerson", 3);
        changed = Fixtures.with(changed, "/applications/outcomes/granted/researchInstitution", 5);
        changed = Fixtures.with(changed, "/reviewAndLitigation/administrativeReview/upheld", 9);

        List<Violation> violations = ReportRules.violations(report(changed));

        assertEquals(List.of(
                "BALANCE /applications/carriedForward/naturalPerson",
                "OUTCOME_TOTAL /applications/outcomes/total/researchInstitution",
                "ROW_TOTAL /applications/outcomes/granted/total",
                "ROW_TOTAL /applications/carriedForward/total",
                "REVIEW_TOTAL /reviewAndLitigation/administrativeReview/total"),
                violations.stream().map(v -> v.rule() + " " + v.pointer()).toList());
    }

    static AnnualReport report(ObjectNode json) {
        return Fixtures.report(json);
    }
}
