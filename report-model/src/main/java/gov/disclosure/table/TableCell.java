package gov.disclosure.table;

import java.math.BigDecimal;

/**
 * One cell of the national-format table: a label (header) or a number of the report.
 *
 * @param flatName the number's flat name; null for a label
 * @param number   the number; null for a label (and for a number the report lacks)
 */
public record TableCell(String text, String flatName, BigDecimal number, int rowSpan, int colSpan, boolean header) {

    static TableCell label(String text, int rowSpan, int colSpan) {
        return new TableCell(text, null, null, rowSpan, colSpan, true);
    }

    static TableCell value(String flatName, BigDecimal number, int colSpan) {
        return new TableCell(number == null ? "" : number.toPlainString(), flatName, number, 1, colSpan, false);
    }

    public boolean isNumber() {
        return flatName != null;
    }
}
