package gov.disclosure.reports.validation;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * YEAR_ON_YEAR_JUMP: a number more than ten times the agency's number of the year before, or less than a tenth of
 * it, often a slip of a digit or a unit (元 for 万元). Only the numbers an office reads first are compared (every
 * number of section 二, the 总计 column of 三 and of 四), and only where the larger is at least
 * {@value #MIN_MAGNITUDE}: 1 application after 0 or 3 after 31 is no news.
 */
final class YearOnYear {

    static final BigDecimal FACTOR = BigDecimal.TEN;
    static final int MIN_MAGNITUDE = 100;
    private static final String TOTAL = "total";

    private YearOnYear() {
    }

    static List<Violation> jumps(Map<String, BigDecimal> thisYear, Map<String, BigDecimal> yearBefore) {
        List<Violation> warnings = new ArrayList<>();
        for (Cell cell : ReportTemplate.CELLS) {
            if (!compared(cell)) {
                continue;
            }
            BigDecimal now = thisYear.get(cell.flatName());
            BigDecimal before = yearBefore.get(cell.flatName());
            if (now != null && before != null && isJump(before, now)) {
                warnings.add(new Violation(Rule.YEAR_ON_YEAR_JUMP, cell.pointer(), cell.rowLabel(), cell.columnLabel(),
                        before, now, "%s“%s”为%s，上年为%s，变化超过%s倍，请核对数字和单位".formatted(cell.rowLabel(),
                        cell.columnLabel(), now.toPlainString(), before.toPlainString(), FACTOR.toPlainString())));
            }
        }
        return warnings;
    }

    private static boolean compared(Cell cell) {
        return cell.table() == ReportTemplate.PROACTIVE_DISCLOSURE || cell.column().name().equals(TOTAL);
    }

    /** Tenfold either way, the larger at least MIN_MAGNITUDE; a change from 0 is not a factor. */
    static boolean isJump(BigDecimal before, BigDecimal now) {
        BigDecimal larger = before.max(now);
        BigDecimal smaller = before.min(now);
        return smaller.signum() > 0 && larger.compareTo(BigDecimal.valueOf(MIN_MAGNITUDE)) >= 0
                && larger.compareTo(smaller.multiply(FACTOR)) > 0;
    }
}
