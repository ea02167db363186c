package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Format2019;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.reports.parsing.text.Compact;
import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Section 二: the small tables of article 20 items ({@link ReportTemplate#PROACTIVE_DISCLOSURE}); the 2019 format had
 * more columns and rows, mapped onto the canonical numbers as {@link Format2019} says, with notes. These tables have
 * no totals: a row whose numbers ran together ("6233440" for 62 | 33 | 440) is read only where the report's prose
 * states its numbers (制发规范性文件62件); otherwise its cells are left unread.
 */
final class ProactiveDisclosureReader {

    static final String SECTION = ReportTemplate.PROACTIVE_DISCLOSURE.section();
    private static final String FEES = "行政事业性收费";

    private static final List<RowSpec> ROWS_2021 = ReportTemplate.PROACTIVE_DISCLOSURE.rows().stream()
            .map(ProactiveDisclosureReader::spec).toList();
    private static final List<RowSpec> ROWS_2019 = Format2019.PROACTIVE_ROWS.stream()
            .map(ProactiveDisclosureReader::spec).toList();

    private ProactiveDisclosureReader() {
    }

    /** The format of the tables, by the column headers only one format has, else by the year. */
    static TemplateFormat format(List<Token> tokens, Integer year) {
        String compact = Compact.ofTexts(tokens);
        if (Format2019.PROACTIVE_MARKERS.stream().anyMatch(compact::contains)) {
            return TemplateFormat.FORMAT_2019;
        }
        boolean has2021Columns = ReportTemplate.PROACTIVE_DISCLOSURE.cells().stream()
                .map(cell -> Compact.of(cell.columnLabel())).distinct().anyMatch(compact::contains);
        return has2021Columns || !TemplateFormat.isOf2019(year) ? TemplateFormat.FORMAT_2021 : TemplateFormat.FORMAT_2019;
    }

    /** Reads the section's numbers into {@code numbers} (by JSON pointer); what cannot be read goes to {@code log}. */
    static void read(List<Token> tokens, TemplateFormat format, TextFacts facts, Map<String, BigDecimal> numbers,
                     ReadingLog log) {
        List<RowSpec> specs = format == TemplateFormat.FORMAT_2019 ? ROWS_2019 : ROWS_2021;
        List<RowReading> rows = TableReader.read(tokens, specs);
        if (rows.stream().noneMatch(RowReading::found)) {
            log.missing(SECTION, ReportTemplate.PROACTIVE_DISCLOSURE.title(),
                    "the tables of article 20 items were not found",
                    ReportTemplate.PROACTIVE_DISCLOSURE.cells().stream().map(Cell::pointer).toList());
            return;
        }
        boolean yuan = FeeUnit.isYuan(tokens);
        List<TableSolver.Row> read = new ArrayList<>();
        for (RowReading row : rows) {
            String label = row.spec().label();
            if (!row.found() && row.spec().optional() && row.isNotFound()) {
                log.note(SECTION + " " + label + ": not printed");
                continue;
            }
            if (!row.found()) {
                log.missing(SECTION, label, row.problem(), row.spec().cells());
                continue;
            }
            if (row.note() != null) {
                log.note(SECTION + " " + label + ": " + row.note());
            }
            List<List<BigDecimal>> readings = readings(row, format, yuan, log);
            if (readings.isEmpty()) {
                log.missing(SECTION, label, (isFees(row, format) ? "not an amount: " : "not a count: ")
                        + String.join(" ", row.readings().get(0).stream().map(BigDecimal::toPlainString).toList()),
                        row.spec().cells());
            } else {
                read.add(new TableSolver.Row(row.spec(), row.spec().cells(), readings, row.byPlace()));
            }
        }
        TableSolver.Outcome outcome = TableSolver.solve(read, List.of(), facts);
        numbers.putAll(outcome.values());
        outcome.notes().forEach(note -> log.note(SECTION + " " + note));
        outcome.unread().forEach((spec, unread) -> log.missing(SECTION, spec.label(), unread.reason()
                .replace("and the table adds up with more than one of them", "and nothing in the report tells which"),
                unread.cells()));
        if (format == TemplateFormat.FORMAT_2019) {
            fill2019(rows, numbers, log);
        }
    }

    /** The row's readings whose values are counts (or, for fees, an amount, in 万元). */
    private static List<List<BigDecimal>> readings(RowReading row, TemplateFormat format, boolean yuan, ReadingLog log) {
        if (isFees(row, format)) {
            return row.readings().stream().filter(reading -> reading.get(0).signum() >= 0)
                    .map(reading -> List.of(yuan ? inTenThousands(reading.get(0), log) : reading.get(0))).toList();
        }
        return row.readings().stream().filter(reading -> keptValues(row.spec(), reading).stream()
                .allMatch(value -> Counts.count(value) != null)).toList();
    }

    private static BigDecimal inTenThousands(BigDecimal yuan, ReadingLog log) {
        BigDecimal amount = FeeUnit.toTenThousands(yuan);
        log.note(SECTION + " " + FEES + ": the amount is printed in 元: " + yuan.toPlainString() + " 元 read as "
                + amount.toPlainString() + " 万元");
        return amount;
    }

    private static boolean isFees(RowReading row, TemplateFormat format) {
        return format == TemplateFormat.FORMAT_2021 && row.spec().label().equals(FEES);
    }

    /** The values of the columns the canonical report keeps (2019 rows have columns it does not). */
    private static List<BigDecimal> keptValues(RowSpec spec, List<BigDecimal> reading) {
        List<BigDecimal> kept = new ArrayList<>();
        for (int i = 0; i < reading.size(); i++) {
            if (spec.cells().get(i) != null) {
                kept.add(reading.get(i));
            }
        }
        return kept;
    }

    /** The canonical numbers the 2019 format does not have are 0, with notes on what was mapped. */
    private static void fill2019(List<RowReading> rows, Map<String, BigDecimal> numbers, ReadingLog log) {
        for (Cell cell : ReportTemplate.PROACTIVE_DISCLOSURE.cells()) {
            boolean mapped = Format2019.PROACTIVE_ROWS.stream().anyMatch(row -> row.kept().containsValue(cell.flatName()));
            if (!mapped) {
                numbers.put(cell.pointer(), BigDecimal.ZERO);
            }
        }
        log.note(SECTION + " 2019 format: 规章 and 规范性文件 本年新制作数量 → issued, 对外公开总数量 → inForce; "
                + "repealed is not in that format: 0; 本年新公开数量 is not kept");
        log.note(SECTION + " 2019 format: 行政许可, 行政处罚 and 行政强制 处理决定数量 → decisions; "
                + "their 上一年项目数量 and 本年增/减 are not kept");
        log.note(SECTION + " 2019 format: 行政事业性收费 has only 上一年项目数量 and 本年增/减, no amount: "
                + "fees.amount is 0");
        for (RowReading row : rows) {
            if (row.spec().optional() && row.found()) {
                log.note(SECTION + " 2019 format: " + row.spec().label() + " has no canonical field: not kept");
            }
        }
    }

    private static RowSpec spec(Row row) {
        List<String> cells = ReportTemplate.cells(ReportTemplate.PROACTIVE_DISCLOSURE, row).stream()
                .map(Cell::pointer).toList();
        return RowSpec.of(row.label(), row.keys(), cells, 0);
    }

    private static RowSpec spec(Format2019.ProactiveRow row) {
        List<String> cells = new ArrayList<>();
        for (int column = 0; column < row.columns().size(); column++) {
            String kept = row.kept().get(column);
            cells.add(kept == null ? null : ReportTemplate.cell(kept).pointer());
        }
        return row.optional() ? RowSpec.optional(row.label(), row.keys(), cells)
                : RowSpec.of(row.label(), row.keys(), cells, 0);
    }
}
