package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Identity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rows a table left out (a local variant without 8.属于行政查询事项, a row dropped as empty). A person reading such a
 * table checks its totals: where they add up without the row, the row held nothing (0); where they do not, what it
 * held cannot be read from the table, and its cells are left unread. A number is never made up: a row the totals say
 * held something is not filled in with it.
 */
final class MissingRows {

    private MissingRows() {
    }

    /** Puts 0 into {@code numbers} for the rows the table's identities say were empty; the others are missing. */
    static void fill(List<RowReading> leftOut, Map<String, BigDecimal> numbers, ReadingLog log, String section) {
        Set<String> unknown = new LinkedHashSet<>();
        leftOut.forEach(row -> row.spec().cells().stream().filter(cell -> cell != null).forEach(unknown::add));
        Map<String, BigDecimal> inferred = new HashMap<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Identity identity : ReportTemplate.IDENTITIES) {
                changed |= infer(identity, numbers, unknown, inferred);
            }
        }
        for (RowReading row : leftOut) {
            List<String> cells = row.spec().cells().stream().filter(cell -> cell != null).toList();
            boolean empty = cells.stream().allMatch(cell -> inferred.containsKey(cell) && inferred.get(cell).signum() == 0);
            if (empty && !cells.isEmpty()) {
                cells.forEach(cell -> numbers.put(cell, BigDecimal.ZERO));
                log.note(section + " " + row.spec().label() + ": not printed; the table adds up without it: read as 0");
            } else {
                log.missing(section, row.spec().label(), "not printed, and the table's totals do not say it was empty",
                        cells);
            }
        }
    }

    /**
     * What one identity tells of the unknown cells it ties: when they all count the same way (all added, or all
     * subtracted) and the known cells leave them nothing, they are 0 (no count is negative); a single unknown cell is
     * what the identity leaves for it.
     */
    private static boolean infer(Identity identity, Map<String, BigDecimal> numbers, Set<String> unknown,
                                 Map<String, BigDecimal> inferred) {
        BigDecimal known = BigDecimal.ZERO;
        Map<String, Integer> open = new HashMap<>();
        for (Cell cell : identity.cells()) {
            int coefficient = cell.equals(identity.target()) || identity.minus().contains(cell) ? 1 : -1;
            String pointer = cell.pointer();
            BigDecimal value = numbers.containsKey(pointer) ? numbers.get(pointer) : inferred.get(pointer);
            if (value != null) {
                known = known.add(value.multiply(BigDecimal.valueOf(coefficient)));
            } else if (unknown.contains(pointer)) {
                open.put(pointer, coefficient);
            } else {
                return false;
            }
        }
        if (open.isEmpty()) {
            return false;
        }
        if (open.size() == 1) {
            var only = open.entrySet().iterator().next();
            inferred.put(only.getKey(), known.negate().multiply(BigDecimal.valueOf(only.getValue())));
            return true;
        }
        boolean sameSign = open.values().stream().distinct().count() == 1;
        if (sameSign && known.signum() == 0) {
            open.keySet().forEach(cell -> inferred.put(cell, BigDecimal.ZERO));
            return true;
        }
        return false;
    }
}
