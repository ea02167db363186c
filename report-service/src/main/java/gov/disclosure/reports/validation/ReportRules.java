package gov.disclosure.reports.validation;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Identity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The arithmetic of the template ({@link ReportTemplate#IDENTITIES}). Each broken identity is reported at the cell
 * it computes (a row's total, the outcomes total, 结转下年度), with the number it expects there and the number found.
 */
public final class ReportRules {

    static final int FEE_DECIMALS = 4;
    /** Identities of this many terms or fewer list them in their detail ("41 + 3 − 42"). */
    private static final int LISTED_TERMS = 3;

    private ReportRules() {
    }

    /** Every violation of BALANCE, OUTCOME_TOTAL, ROW_TOTAL and REVIEW_TOTAL. */
    public static List<Violation> violations(AnnualReport report) {
        return violations(ReportNumbers.flatten(report));
    }

    /** As {@link #violations(AnnualReport)}, of a report's numbers ({@link ReportNumbers#flatten}). */
    public static List<Violation> violations(Map<String, BigDecimal> numbers) {
        List<Violation> violations = new ArrayList<>();
        for (Identity identity : ReportTemplate.IDENTITIES) {
            BigDecimal expected = expected(identity, numbers);
            BigDecimal found = numbers.get(identity.target().flatName());
            if (expected.compareTo(found) != 0) {
                violations.add(violation(identity, expected, found, numbers));
            }
        }
        return violations;
    }

    /**
     * FEE_PRECISION, NARRATIVE_MISMATCH, and YEAR_ON_YEAR_JUMP and CARRY_CHAIN with the agency's reports of the years before and after, where known: a
     * history loaded newest first still has each link checked, on the report that arrives second.
     */
    public static List<Violation> warnings(AnnualReport report, AnnualReport yearBefore, AnnualReport yearAfter) {
        return warnings(report, ReportNumbers.flatten(report), yearBefore, yearAfter);
    }

    /** As {@link #warnings(AnnualReport, AnnualReport, AnnualReport)}, given the report's numbers. */
    public static List<Violation> warnings(AnnualReport report, Map<String, BigDecimal> numbers,
                                           AnnualReport yearBefore, AnnualReport yearAfter) {
        List<Violation> warnings = new ArrayList<>();
        feePrecision(report, warnings);
        warnings.addAll(NarrativeFigures.mismatches(report.narrative(), numbers));
        if (yearBefore != null) {
            Map<String, BigDecimal> before = ReportNumbers.flatten(yearBefore);
            warnings.addAll(YearOnYear.jumps(numbers, before));
            carryChain(numbers, "carriedOver", before, "carriedForward",
                    "二 should be last year's 四 (结转下年度继续办理) of the same agency: %d, found %d", warnings);
        }
        if (yearAfter != null) {
            carryChain(numbers, "carriedForward", ReportNumbers.flatten(yearAfter), "carriedOver",
                    "四 should be next year's 二 (上年结转) of the same agency: %d, found %d", warnings);
        }
        return warnings;
    }

    /** What an identity says its target should hold: Σ plus − Σ minus. */
    public static BigDecimal expected(Identity identity, Map<String, BigDecimal> numbers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell cell : identity.plus()) {
            sum = sum.add(numbers.get(cell.flatName()));
        }
        for (Cell cell : identity.minus()) {
            sum = sum.subtract(numbers.get(cell.flatName()));
        }
        return sum;
    }

    private static Violation violation(Identity identity, BigDecimal expected, BigDecimal found,
                                       Map<String, BigDecimal> numbers) {
        String terms = identity.plus().size() + identity.minus().size() > LISTED_TERMS ? ""
                : " (" + terms(identity, numbers) + ")";
        String detail = "%s: %sshould be %s%s, found %s".formatted(identity.statement(), shortName(identity),
                expected.toPlainString(), terms, found.toPlainString());
        return new Violation(Rule.valueOf(identity.rule()), identity.target().pointer(), identity.target().rowLabel(),
                identity.target().columnLabel(), expected, found, detail);
    }

    /** The target, where the statement does not name it first: 四 of the balance. */
    private static String shortName(Identity identity) {
        return identity.rule().equals(ReportTemplate.BALANCE) ? "四 " : "";
    }

    private static String terms(Identity identity, Map<String, BigDecimal> numbers) {
        StringBuilder terms = new StringBuilder();
        for (Cell cell : identity.plus()) {
            terms.append(terms.isEmpty() ? "" : " + ").append(numbers.get(cell.flatName()).toPlainString());
        }
        for (Cell cell : identity.minus()) {
            terms.append(" − ").append(numbers.get(cell.flatName()).toPlainString());
        }
        return terms.toString();
    }

    private static void feePrecision(AnnualReport report, List<Violation> into) {
        BigDecimal amount = report.proactiveDisclosure().fees().amount();
        if (amount.stripTrailingZeros().scale() > FEE_DECIMALS) {
            Cell fees = ReportTemplate.cell(ReportTemplate.FEES_AMOUNT);
            into.add(new Violation(Rule.FEE_PRECISION, fees.pointer(), fees.rowLabel(), fees.columnLabel(),
                    amount.setScale(FEE_DECIMALS, RoundingMode.HALF_UP), amount,
                    "the template asks for at most %d decimals; the amount is kept as given".formatted(FEE_DECIMALS)));
        }
    }

    /** Each column of this year's {@code row} should equal the other year's {@code otherRow}. */
    private static void carryChain(Map<String, BigDecimal> thisYear, String row, Map<String, BigDecimal> otherYear,
                                   String otherRow, String detail, List<Violation> into) {
        for (ReportTemplate.Column column : ReportTemplate.APPLICANT_COLUMNS) {
            Cell cell = ReportTemplate.cell(ReportTemplate.APPLICATIONS, row, column.name());
            BigDecimal expected = otherYear.get(ReportTemplate.cell(ReportTemplate.APPLICATIONS, otherRow, column.name())
                    .flatName());
            BigDecimal found = thisYear.get(cell.flatName());
            if (expected.compareTo(found) != 0) {
                into.add(new Violation(Rule.CARRY_CHAIN, cell.pointer(), cell.rowLabel(), cell.columnLabel(), expected,
                        found, detail.formatted(expected.longValueExact(), found.longValueExact())));
            }
        }
    }
}
