package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Compact;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of a template table as the parser looks for it.
 *
 * @param label      the template's label, as reported in {@link MissingPart#item()}
 * @param keys       what identifies the row in compact text (letters and digits only), most specific first;
 *                   a key may be a regular expression, e.g. to tell "3.其他" from "（六）其他处理"; keys of letters
 *                   only also match with a typo or two (see {@code ApproximateMatch})
 * @param cells      the JSON pointers of the row's values, in print order; {@code null} for a value the canonical
 *                   report does not keep (columns of the 2019 format)
 * @param totalEvery the row's values come in groups of this many, the last of each the sum of the others (7 for an
 *                   applications row, 5 for each group of section 四); 0 for rows without totals
 * @param optional   whether a text may leave the row out (rows some 2019-format reports dropped)
 * @param groups     the compact labels of the merged cells the row is printed under ("四无法提供"), outermost first
 */
record RowSpec(String label, List<Pattern> keys, List<String> cells, int totalEvery, boolean optional,
               List<String> groups) {

    RowSpec {
        cells = java.util.Collections.unmodifiableList(new ArrayList<>(cells));
        groups = List.copyOf(groups);
    }

    static RowSpec of(String label, List<String> keys, List<String> cells, int totalEvery) {
        return of(label, keys, cells, totalEvery, List.of());
    }

    /** A row printed under merged cells labelled {@code groups} (as the template gives them), outermost first. */
    static RowSpec of(String label, List<String> keys, List<String> cells, int totalEvery, List<String> groups) {
        return new RowSpec(label, patterns(label, keys), cells, totalEvery, false,
                groups.stream().map(Compact::of).toList());
    }

    static RowSpec optional(String label, List<String> keys, List<String> cells) {
        return new RowSpec(label, patterns(label, keys), cells, 0, true, List.of());
    }

    /** How many values the row has. */
    int values() {
        return cells.size();
    }

    /** Whether {@code values} add up where the row has totals; rows without totals have nothing to check. */
    boolean addsUp(List<BigDecimal> values) {
        for (int start = 0; totalEvery > 0 && start + totalEvery <= values.size(); start += totalEvery) {
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal value : values.subList(start, start + totalEvery - 1)) {
                sum = sum.add(value);
            }
            if (sum.compareTo(values.get(start + totalEvery - 1)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The keys: the given ones, or else the label itself. */
    private static List<Pattern> patterns(String label, List<String> keys) {
        List<Pattern> patterns = new ArrayList<>();
        if (keys.isEmpty()) {
            patterns.add(Pattern.compile(Compact.of(label)));
        }
        for (String key : keys) {
            patterns.add(Pattern.compile(key));
        }
        return List.copyOf(patterns);
    }
}
