package gov.disclosure.reports.validation;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ApplicantColumn;
import gov.disclosure.report.ApplicantCounts;
import gov.disclosure.report.ApplicationRow;
import gov.disclosure.report.Applications;
import gov.disclosure.report.ProactiveItem;
import gov.disclosure.report.ReviewColumn;
import gov.disclosure.report.ReviewCounts;
import gov.disclosure.report.ReviewGroup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of the spec. Each broken rule is reported at the cell that the rule computes (a row's total, the
 * outcomes total, 结转下年度), with the number the rule expects there and the number found.
 */
public final class ReportRules {

    static final int FEE_DECIMALS = 4;

    private ReportRules() {
    }

    /** Every violation of BALANCE, OUTCOME_TOTAL, ROW_TOTAL and REVIEW_TOTAL. */
    public static List<Violation> violations(AnnualReport report) {
        List<Violation> violations = new ArrayList<>();
        balance(report.applications(), violations);
        outcomeTotal(report.applications(), violations);
        rowTotal(report.applications(), violations);
        reviewTotal(report, violations);
        return violations;
    }

    /**
     * FEE_PRECISION, and CARRY_CHAIN with the agency's reports of the years before and after, where known: a
     * history loaded newest first still has each link checked, on the report that arrives second.
     */
    public static List<Violation> warnings(AnnualReport report, AnnualReport yearBefore, AnnualReport yearAfter) {
        List<Violation> warnings = new ArrayList<>();
        feePrecision(report, warnings);
        if (yearBefore != null) {
            carryChain(report.applications(), ApplicationRow.CARRIED_OVER, yearBefore.applications(),
                    ApplicationRow.CARRIED_FORWARD,
                    "二 should be last year's 四 (结转下年度继续办理) of the same agency: %d, found %d", warnings);
        }
        if (yearAfter != null) {
            carryChain(report.applications(), ApplicationRow.CARRIED_FORWARD, yearAfter.applications(),
                    ApplicationRow.CARRIED_OVER, "四 should be next year's 二 (上年结转) of the same agency: %d, found %d",
                    warnings);
        }
        return warnings;
    }

    private static void balance(Applications applications, List<Violation> into) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
            long received = value(applications, ApplicationRow.NEWLY_RECEIVED, column);
            long carriedOver = value(applications, ApplicationRow.CARRIED_OVER, column);
            long handled = value(applications, ApplicationRow.OUTCOMES_TOTAL, column);
            long expected = received + carriedOver - handled;
            long found = value(applications, ApplicationRow.CARRIED_FORWARD, column);
            if (expected != found) {
                into.add(cell(Rule.BALANCE, ApplicationRow.CARRIED_FORWARD, column, expected, found,
                        "一 + 二 must equal 三（七）+ 四: 四 should be %d (%d + %d − %d), found %d"
                                .formatted(expected, received, carriedOver, handled, found)));
            }
        }
    }

    private static void outcomeTotal(Applications applications, List<Violation> into) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
            long expected = ApplicationRow.OUTCOMES.stream().mapToLong(row -> value(applications, row, column)).sum();
            long found = value(applications, ApplicationRow.OUTCOMES_TOTAL, column);
            if (expected != found) {
                into.add(cell(Rule.OUTCOME_TOTAL, ApplicationRow.OUTCOMES_TOTAL, column, expected, found,
                        "（七）总计 must be the sum of the 23 outcome rows: should be %d, found %d"
                                .formatted(expected, found)));
            }
        }
    }

    private static void rowTotal(Applications applications, List<Violation> into) {
        for (ApplicationRow row : ApplicationRow.values()) {
            ApplicantCounts counts = row.of(applications);
            long expected = ApplicantColumn.APPLICANTS.stream().mapToLong(counts::get).sum();
            if (expected != counts.total()) {
                into.add(cell(Rule.ROW_TOTAL, row, ApplicantColumn.TOTAL, expected, counts.total(),
                        "总计 must be the sum of the six applicant columns: should be %d, found %d"
                                .formatted(expected, counts.total())));
            }
        }
    }

    private static void reviewTotal(AnnualReport report, List<Violation> into) {
        for (ReviewGroup group : ReviewGroup.values()) {
            ReviewCounts counts = group.of(report.reviewAndLitigation());
            long expected = ReviewColumn.RESULTS.stream().mapToLong(counts::get).sum();
            if (expected != counts.total()) {
                into.add(new Violation(Rule.REVIEW_TOTAL, pointer(group.flatName(ReviewColumn.TOTAL)),
                        group.label(), ReviewColumn.TOTAL.label(), BigDecimal.valueOf(expected),
                        BigDecimal.valueOf(counts.total()),
                        "总计 must be 结果维持 + 结果纠正 + 其他结果 + 尚未审结: should be %d, found %d"
                                .formatted(expected, counts.total())));
            }
        }
    }

    private static void feePrecision(AnnualReport report, List<Violation> into) {
        BigDecimal amount = report.proactiveDisclosure().fees().amount();
        if (amount.stripTrailingZeros().scale() > FEE_DECIMALS) {
            ProactiveItem fees = ProactiveItem.FEES_AMOUNT;
            into.add(new Violation(Rule.FEE_PRECISION, pointer(fees.flatName()), fees.rowLabel(), fees.columnLabel(),
                    amount.setScale(FEE_DECIMALS, RoundingMode.HALF_UP), amount,
                    "the template asks for at most %d decimals; the amount is kept as given".formatted(FEE_DECIMALS)));
        }
    }

    /** Each column of this year's {@code row} should equal the other year's {@code otherRow}. */
    private static void carryChain(Applications thisYear, ApplicationRow row, Applications otherYear,
                                   ApplicationRow otherRow, String detail, List<Violation> into) {
        for (ApplicantColumn column : ApplicantColumn.values()) {
            long expected = value(otherYear, otherRow, column);
            long found = value(thisYear, row, column);
            if (expected != found) {
                into.add(cell(Rule.CARRY_CHAIN, row, column, expected, found, detail.formatted(expected, found)));
            }
        }
    }

    private static long value(Applications applications, ApplicationRow row, ApplicantColumn column) {
        return row.of(applications).get(column);
    }

    private static Violation cell(Rule rule, ApplicationRow row, ApplicantColumn column, long expected, long found,
                                  String detail) {
        return new Violation(rule, pointer(row.flatName(column)), row.label(), column.label(),
                BigDecimal.valueOf(expected), BigDecimal.valueOf(found), detail);
    }

    /** The JSON pointer of a number given its flat name. */
    static String pointer(String flatName) {
        return "/" + flatName.replace('.', '/');
    }
}
