package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section 三: the applications table, the template's 25 rows × 7 columns ({@link ReportTemplate#APPLICATIONS}). Rows are
 * found by their labels; a row whose cells do not say its values has its readings chosen by the table's arithmetic
 * ({@link TableSolver}). A table that prints one （六）其他处理 row where the template has three (the 2019 format, or a
 * local variant of the 2021 one) has it read as 3.其他, the other two 0. A row left out is 0 where the table's
 * arithmetic says so, else unread.
 */
final class ApplicationsReader {

    static final String SECTION = ReportTemplate.APPLICATIONS.section();
    private static final int COLUMNS = ReportTemplate.APPLICANT_COLUMNS.size();
    private static final List<Row> ROWS = ReportTemplate.APPLICATIONS.rows();
    private static final Row CORRECTION_OVERDUE = ReportTemplate.APPLICATIONS.row("outcomes.otherHandling.correctionOverdue");
    private static final Row FEE_UNPAID = ReportTemplate.APPLICATIONS.row("outcomes.otherHandling.feeUnpaid");
    private static final Row MERGED_OTHER_HANDLING = ReportTemplate.Format2019.OTHER_HANDLING_ROW;

    private static final List<RowSpec> SPECS = ROWS.stream().map(row -> spec(row, row)).toList();
    /** The rows with （六）其他处理 printed once, read into 3.其他. */
    private static final List<RowSpec> MERGED_SPECS = mergedSpecs();

    /**
     * @param merged   whether （六）其他处理 was printed as one row
     * @param lastLine the table's last line, -1 if none
     */
    record Result(boolean merged, int lastLine) {
    }

    private ApplicationsReader() {
    }

    /** Reads the table's numbers into {@code numbers} (by JSON pointer; an unread cell stays absent). */
    static Result read(List<Token> tokens, TextFacts facts, Map<String, BigDecimal> numbers, ReadingLog log) {
        List<RowReading> rows = TableReader.read(tokens, SPECS);
        boolean merged = isNotFound(rows, CORRECTION_OVERDUE) && isNotFound(rows, FEE_UNPAID);
        if (merged) {
            List<RowReading> mergedRows = TableReader.read(tokens, MERGED_SPECS);
            if (mergedRows.stream().anyMatch(RowReading::found)) {
                rows = mergedRows;
            } else {
                merged = false;
            }
        }
        if (rows.stream().noneMatch(RowReading::found)) {
            log.missing(SECTION, ReportTemplate.APPLICATIONS.title(), "the applications table was not found",
                    ReportTemplate.APPLICATIONS.cells().stream().map(Cell::pointer).toList());
            return new Result(merged, -1);
        }
        int lastLine = -1;
        List<TableSolver.Row> read = new ArrayList<>();
        List<RowReading> leftOut = new ArrayList<>();
        for (RowReading row : rows) {
            if (row.found()) {
                lastLine = Math.max(lastLine, row.lastLine());
                if (row.note() != null) {
                    log.note(SECTION + " " + row.spec().label() + ": " + row.note());
                }
                List<List<BigDecimal>> counts = counts(row);
                if (counts.isEmpty()) {
                    log.missing(SECTION, row.spec().label(), "not counts: " + row.readings().get(0), row.spec().cells());
                } else {
                    read.add(new TableSolver.Row(row.spec(), row.spec().cells(), counts, row.byPlace()));
                }
            } else if (row.isNotFound()) {
                leftOut.add(row);
            } else {
                log.missing(SECTION, row.spec().label(), row.problem(), row.spec().cells());
            }
        }
        TableSolver.Outcome outcome = TableSolver.solve(read, ReportTemplate.IDENTITIES, facts);
        numbers.putAll(outcome.values());
        outcome.notes().forEach(note -> log.note(SECTION + " " + note));
        outcome.unread().forEach((spec, unread) -> log.missing(SECTION, spec.label(), unread.reason(), unread.cells()));
        if (merged) {
            for (Row row : List.of(CORRECTION_OVERDUE, FEE_UNPAID)) {
                ReportTemplate.cells(ReportTemplate.APPLICATIONS, row).forEach(cell -> numbers.put(cell.pointer(), BigDecimal.ZERO));
            }
            log.note(SECTION + " （六）其他处理 is printed as one row (as in the 2019 format): read as 3.其他; "
                    + "1.逾期不补正 and 2.逾期未缴纳费用, which it does not tell apart, are 0");
        }
        MissingRows.fill(leftOut, numbers, log, SECTION);
        return new Result(merged, lastLine);
    }

    /** The row's readings whose values are all counts. */
    private static List<List<BigDecimal>> counts(RowReading row) {
        return row.readings().stream()
                .filter(reading -> reading.stream().allMatch(value -> Counts.count(value) != null)).toList();
    }

    private static boolean isNotFound(List<RowReading> rows, Row row) {
        return rows.get(ROWS.indexOf(row)).isNotFound();
    }

    private static RowSpec spec(Row printed, Row readAs) {
        List<String> cells = ReportTemplate.cells(ReportTemplate.APPLICATIONS, readAs).stream().map(Cell::pointer).toList();
        return RowSpec.of(printed.label(), printed.keys(), cells, COLUMNS, printed.groups());
    }

    private static List<RowSpec> mergedSpecs() {
        List<RowSpec> specs = new ArrayList<>();
        for (Row row : ROWS) {
            if (row == CORRECTION_OVERDUE) {
                specs.add(spec(MERGED_OTHER_HANDLING, ReportTemplate.Format2019.OTHER_HANDLING_READ_AS));
            } else if (row != FEE_UNPAID && row != ReportTemplate.Format2019.OTHER_HANDLING_READ_AS) {
                specs.add(spec(row, row));
            }
        }
        return List.copyOf(specs);
    }
}
