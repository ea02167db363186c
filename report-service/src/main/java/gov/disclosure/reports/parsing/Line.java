package gov.disclosure.reports.parsing;

/**
 * One line of a report's text, normalised and without markdown markup; table cells are separated by tabs.
 *
 * @param index the line's place among the text's lines
 */
record Line(int index, String text) {

    boolean isBlank() {
        return text.isBlank();
    }

    boolean isTabbed() {
        return text.indexOf('\t') >= 0;
    }

    /** A sentence rather than a table row or a heading: its numbers are not cells. */
    boolean isProse() {
        return text.indexOf('。') >= 0;
    }

    /** The letters and digits only: what labels are matched against. */
    String compact() {
        return Compact.of(text);
    }

    Line withText(String newText) {
        return new Line(index, newText);
    }
}
