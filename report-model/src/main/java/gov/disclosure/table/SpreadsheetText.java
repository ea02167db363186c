package gov.disclosure.table;

/**
 * Free text (an agency's name, as its submitter typed it) in a CSV that offices open in a spreadsheet. A cell that
 * starts with {@code = + - @}, a tab or a carriage return is taken by Excel, WPS and LibreOffice for a formula, which
 * can fetch a link or run a command on the reader's machine (CSV injection, OWASP). Such a cell is written with a
 * leading apostrophe, which spreadsheets show as text; {@link #restored} takes it off again when the file is read
 * back, so that an export imported again says the same.
 */
public final class SpreadsheetText {

    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SpreadsheetText() {
    }

    /** The text as a spreadsheet shows it and never evaluates: with an apostrophe before a formula's first sign. */
    public static String inert(String text) {
        return marked(text) ? "'" + text : text;
    }

    /** A cell read back from a CSV written with {@link #inert}: without the apostrophe that it added. */
    public static String restored(String cell) {
        return cell != null && cell.startsWith("'") && marked(cell.substring(1)) ? cell.substring(1) : cell;
    }

    /**
     * Whether {@link #inert} marks the text: it starts with a formula's sign, after any apostrophes (so that a name
     * that itself starts with {@code '=} is marked too, and reads back with its own apostrophe).
     */
    private static boolean marked(String text) {
        if (text == null) {
            return false;
        }
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }
}
