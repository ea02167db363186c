package gov.disclosure.reports.parsing;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a row's printed cells say its values are: one reading, several that its cells alone cannot choose between
 * (the table's arithmetic may), or none.
 *
 * @param readings the row's possible values, each in column order; empty when the row cannot be read
 * @param note     how the values were read when that took a decision, else {@code null}
 * @param problem  why there is no reading (the label was not found, the cells do not fit), else {@code null}
 * @param lastLine the index of the last line the row's values came from, -1 if none
 * @param byPlace  whether the row was found by its place among the rows around it, its label not being found: such
 *                 a reading holds only where the table's arithmetic proves it
 */
record RowReading(RowSpec spec, List<List<BigDecimal>> readings, String note, String problem, int lastLine,
                  boolean byPlace) {

    static final String NOT_FOUND = "row not found";

    RowReading {
        readings = List.copyOf(readings);
    }

    RowReading(RowSpec spec, List<List<BigDecimal>> readings, String note, String problem, int lastLine) {
        this(spec, readings, note, problem, lastLine, false);
    }

    static RowReading of(RowSpec spec, List<BigDecimal> values, String note, int lastLine) {
        return new RowReading(spec, List.of(List.copyOf(values)), note, null, lastLine);
    }

    static RowReading unreadable(RowSpec spec, String problem) {
        return new RowReading(spec, List.of(), null, problem, -1);
    }

    /** The same reading, found by the row's place rather than its label. */
    RowReading placed() {
        String placed = "its label was not found; read by its place among the rows around it";
        return new RowReading(spec, readings, note == null ? placed : placed + "; " + note, problem, lastLine, true);
    }

    static RowReading notFound(RowSpec spec) {
        return unreadable(spec, NOT_FOUND);
    }

    boolean found() {
        return !readings.isEmpty();
    }

    boolean isNotFound() {
        return NOT_FOUND.equals(problem);
    }

    /** Whether the row's cells alone say what its values are. */
    boolean certain() {
        return readings.size() == 1;
    }

    /** The one reading of a certain row. */
    List<BigDecimal> values() {
        if (!certain()) {
            throw new IllegalStateException(spec.label() + " has " + readings.size() + " readings");
        }
        return readings.get(0);
    }
}
