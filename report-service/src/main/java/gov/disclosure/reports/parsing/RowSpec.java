package gov.disclosure.reports.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A row of a template table as the parser looks for it.
 *
 * @param label    the template's label, as reported in {@link MissingPart#item()}
 * @param keys     what identifies the row in compact text (letters and digits only), most specific first;
 *                 a key may be a regular expression, e.g. to tell "3.其他" from "（六）其他处理"; keys of letters
 *                 only also match with a typo or two (see {@link ApproximateMatch})
 * @param values   how many numbers the row has
 * @param optional whether a text may leave the row out (rows some 2019-format reports dropped)
 */
record RowSpec(String label, List<Pattern> keys, int values, boolean optional) {

    static RowSpec of(String label, int values, String... keys) {
        return new RowSpec(label, patterns(label, keys), values, false);
    }

    static RowSpec optional(String label, int values, String... keys) {
        return new RowSpec(label, patterns(label, keys), values, true);
    }

    /** The keys: the given ones, or else the label itself. */
    private static List<Pattern> patterns(String label, String... keys) {
        List<Pattern> patterns = new ArrayList<>();
        if (keys.length == 0) {
            patterns.add(Pattern.compile(Compact.of(label)));
        }
        for (String key : keys) {
            patterns.add(Pattern.compile(key));
        }
        return List.copyOf(patterns);
    }
}
