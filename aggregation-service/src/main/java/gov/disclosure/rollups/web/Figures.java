package gov.disclosure.rollups.web;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Column;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.report.ReportTemplate.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A rollup's numbers laid out as the template prints them: sections 二, 三 and 四, each cut into blocks of rows that
 * share their columns (section 二 prints documents, decisions and fees under different headings).
 */
public record Figures(List<Section> sections) {

    public record Section(String numeral, String title, List<Block> blocks) {
    }

    public record Block(List<Column> columns, List<Line> lines) {
    }

    /** A row: its label, the merged-cell group it is printed under (empty if none), and its values in column order. */
    public record Line(String group, String label, List<Value> values) {
    }

    /** One number and its flat name (the API's JSON path joined with dots). */
    public record Value(String name, String text) {
    }

    /** @param numbers the rollup as the API answers it, flattened (ReportNumbers.flatten) */
    static Figures of(Map<String, BigDecimal> numbers) {
        List<Section> sections = new ArrayList<>();
        for (Table table : ReportTemplate.TABLES) {
            sections.add(new Section(table.section(), table.title(), blocks(table, numbers)));
        }
        return new Figures(sections);
    }

    private static List<Block> blocks(Table table, Map<String, BigDecimal> numbers) {
        List<Block> blocks = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Column> columns = null;
        for (Row row : table.rows()) {
            if (columns != null && !columns.equals(row.columns())) {
                blocks.add(new Block(columns, lines));
                lines = new ArrayList<>();
            }
            columns = row.columns();
            lines.add(line(table, row, numbers));
        }
        blocks.add(new Block(columns, lines));
        return blocks;
    }

    private static Line line(Table table, Row row, Map<String, BigDecimal> numbers) {
        List<Value> values = ReportTemplate.cells(table, row).stream()
                .map(cell -> new Value(cell.flatName(), text(numbers.get(cell.flatName()))))
                .toList();
        String group = row.groups().isEmpty() ? "" : row.groups().get(row.groups().size() - 1);
        return new Line(group, row.item(), values);
    }

    static String text(BigDecimal number) {
        return number == null ? "0" : number.toPlainString();
    }
}
