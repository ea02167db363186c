package gov.disclosure.table;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Column;
import gov.disclosure.report.ReportTemplate.Row;
import gov.disclosure.report.ReportTemplate.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static gov.disclosure.report.ReportTemplate.APPLICATIONS;
import static gov.disclosure.report.ReportTemplate.PROACTIVE_DISCLOSURE;
import static gov.disclosure.report.ReportTemplate.REVIEW_AND_LITIGATION;

/**
 * Sections 二, 三 and 四 of a report or rollup laid out as 国办公开办函〔2021〕30号 prints them, every row, column and
 * label taken from {@link ReportTemplate}. The formats ({@link TableFormat}) render this one layout.
 *
 * @param title what the table is of (平顶山市 2024年度), printed above it
 */
public record NationalTable(String title, List<TableSection> sections) {

    public NationalTable {
        sections = List.copyOf(sections);
    }

    /** The table of these numbers, by flat name (a number missing is an empty cell). */
    public static NationalTable of(String title, Map<String, BigDecimal> numbers) {
        return new NationalTable(title, List.of(proactiveDisclosure(numbers), applications(numbers),
                reviewAndLitigation(numbers)));
    }

    /** Every number cell, in print order. */
    public Stream<TableCell> numberCells() {
        return sections.stream().flatMap(section -> section.rows().stream()).flatMap(List::stream)
                .filter(TableCell::isNumber);
    }

    private static String heading(Table table) {
        return table.section() + "、" + table.title();
    }

    /** Section 二: one small table per article item (第二十条第（一）项, …), each with its own column headers. */
    private static TableSection proactiveDisclosure(Map<String, BigDecimal> numbers) {
        int valueColumns = PROACTIVE_DISCLOSURE.rows().stream().mapToInt(row -> row.columns().size()).max().orElse(1);
        int width = 1 + valueColumns;
        List<List<TableCell>> rows = new ArrayList<>();
        String item = null;
        for (Row row : PROACTIVE_DISCLOSURE.rows()) {
            if (!row.groups().get(0).equals(item)) {
                item = row.groups().get(0);
                rows.add(List.of(TableCell.label(item, 1, width)));
                List<TableCell> header = new ArrayList<>();
                header.add(TableCell.label(ReportTemplate.PROACTIVE_ITEM_HEADER, 1, 1));
                for (int i = 0; i < row.columns().size(); i++) {
                    header.add(TableCell.label(row.columns().get(i).label(), 1, span(i, row.columns().size(), valueColumns)));
                }
                rows.add(header);
            }
            List<TableCell> line = new ArrayList<>();
            line.add(TableCell.label(row.item(), 1, 1));
            List<Cell> cells = ReportTemplate.cells(PROACTIVE_DISCLOSURE, row);
            for (int i = 0; i < cells.size(); i++) {
                line.add(value(cells.get(i), numbers, span(i, cells.size(), valueColumns)));
            }
            rows.add(line);
        }
        return new TableSection(heading(PROACTIVE_DISCLOSURE), width, rows);
    }

    /** The last of a row's columns spans what the widest row has more. */
    private static int span(int index, int columns, int width) {
        return index == columns - 1 ? width - columns + 1 : 1;
    }

    /** Section 三: the labels in merged cells down the left, the seven applicant columns under their headers. */
    private static TableSection applications(Map<String, BigDecimal> numbers) {
        List<Row> rows = APPLICATIONS.rows();
        int labelColumns = 1 + rows.stream().mapToInt(row -> row.groups().size()).max().orElse(0);
        List<Column> columns = ReportTemplate.APPLICANT_COLUMNS;
        int organizations = columns.size() - 2;
        List<List<TableCell>> lines = new ArrayList<>();
        lines.add(List.of(TableCell.label(ReportTemplate.APPLICATIONS_NOTE, 3, labelColumns),
                TableCell.label(ReportTemplate.APPLICANTS_HEADER, 1, columns.size())));
        lines.add(List.of(TableCell.label(columns.get(0).label(), 2, 1),
                TableCell.label(ReportTemplate.ORGANIZATIONS_HEADER, 1, organizations),
                TableCell.label(columns.get(columns.size() - 1).label(), 2, 1)));
        lines.add(columns.subList(1, 1 + organizations).stream().map(column -> TableCell.label(column.label(), 1, 1))
                .toList());
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            List<TableCell> line = new ArrayList<>();
            for (int level = 0; level < row.groups().size(); level++) {
                if (r == 0 || !sharesGroups(rows.get(r - 1), row, level)) {
                    line.add(TableCell.label(row.groups().get(level), run(rows, r, level), 1));
                }
            }
            line.add(TableCell.label(row.item(), 1, labelColumns - row.groups().size()));
            ReportTemplate.cells(APPLICATIONS, row).forEach(cell -> line.add(value(cell, numbers, 1)));
            lines.add(line);
        }
        return new TableSection(heading(APPLICATIONS), labelColumns + columns.size(), lines);
    }

    /** Section 四: its three groups side by side (行政复议, then 行政诉讼's two), one line of 15 numbers. */
    private static TableSection reviewAndLitigation(Map<String, BigDecimal> numbers) {
        List<Row> groups = REVIEW_AND_LITIGATION.rows();
        int depth = 1 + groups.stream().mapToInt(row -> row.groups().size()).max().orElse(0);
        List<List<TableCell>> lines = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<TableCell> line = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                Row group = groups.get(g);
                int width = group.columns().size();
                if (level < group.groups().size()) {
                    if (g == 0 || !sharesGroups(groups.get(g - 1), group, level)) {
                        line.add(TableCell.label(group.groups().get(level), 1, width * run(groups, g, level)));
                    }
                } else if (level == group.groups().size()) {
                    line.add(TableCell.label(group.item(), depth - level, width));
                }
            }
            lines.add(line);
        }
        lines.add(groups.stream().flatMap(group -> group.columns().stream())
                .map(column -> TableCell.label(column.label(), 1, 1)).toList());
        lines.add(groups.stream().flatMap(group -> ReportTemplate.cells(REVIEW_AND_LITIGATION, group).stream())
                .map(cell -> value(cell, numbers, 1)).toList());
        int width = groups.stream().mapToInt(group -> group.columns().size()).sum();
        return new TableSection(heading(REVIEW_AND_LITIGATION), width, lines);
    }

    /** Whether two rows are under the same merged cells down to {@code level}. */
    private static boolean sharesGroups(Row before, Row row, int level) {
        return before.groups().size() > level && row.groups().size() > level
                && before.groups().subList(0, level + 1).equals(row.groups().subList(0, level + 1));
    }

    /** How many rows from {@code from} on are under the same merged cell at {@code level}. */
    private static int run(List<Row> rows, int from, int level) {
        int end = from + 1;
        while (end < rows.size() && sharesGroups(rows.get(end - 1), rows.get(end), level)) {
            end++;
        }
        return end - from;
    }

    private static TableCell value(Cell cell, Map<String, BigDecimal> numbers, int colSpan) {
        return TableCell.value(cell.flatName(), numbers.get(cell.flatName()), colSpan);
    }
}
