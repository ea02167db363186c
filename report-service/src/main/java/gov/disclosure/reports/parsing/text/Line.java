package gov.disclosure.reports.parsing.text;

/**
 * One line of a report's text, normalised and without markdown markup.
 *
 * @param index the line's place among the text's lines
 * @param cells     whether the line is a row of table cells separated by tabs (also one cell of a table printed a
 *                  cell a line, "0 |"), rather than running text where spaces separate what it holds
 * @param delimited whether its cells were marked at both ends (a pipe row, an HTML row), so that it has no cell more
 *                  or less than it shows; a Word table copied as tab-separated text may
 */
public record Line(int index, String text, boolean cells, boolean delimited) {

    public Line(int index, String text) {
        this(index, text, text.indexOf('\t') >= 0, false);
    }

    /** A sentence rather than a table row or a heading: its numbers are not cells. */
    public boolean isProse() {
        return text.indexOf('。') >= 0;
    }

    /** The letters and digits only: what labels are matched against. */
    public String compact() {
        return Compact.of(text);
    }

    public Line withText(String newText) {
        boolean stillCells = cells && newText.indexOf('\t') >= 0;
        return new Line(index, newText, stillCells, delimited && stillCells);
    }
}
