package gov.disclosure.reports.parsing;

/**
 * What a text holds, counted in one pass before it is read. Reading keeps objects for each line, each piece between
 * spaces and each number, some hundreds of bytes apiece: a text of two million characters that is all numbers ("1\t"
 * repeated) ran a 256 MB heap out, where a report, at some ten thousand characters, holds a few hundred numbers and
 * some hundreds of lines. Past these counts a text is not one report, and is refused before it is read.
 *
 * @param lines   its lines
 * @param pieces  its runs of characters between white space
 * @param numbers its runs of digits
 */
record TextSize(int lines, int pieces, int numbers) {

    static final int MAX_LINES = 20_000;
    static final int MAX_PIECES = 100_000;
    static final int MAX_NUMBERS = 10_000;

    static TextSize of(String text) {
        int lines = 1;
        int pieces = 0;
        int numbers = 0;
        boolean inPiece = false;
        boolean inNumber = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                lines++;
            }
            boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
            if (!space && !inPiece) {
                pieces++;
            }
            inPiece = !space;
            boolean digit = Character.isDigit(c);
            if (digit && !inNumber) {
                numbers++;
            }
            inNumber = digit;
        }
        return new TextSize(lines, pieces, numbers);
    }

    /** Why the text is too large to be one report, or null when it is not. */
    String tooLarge() {
        if (numbers > MAX_NUMBERS) {
            return "the text has %d numbers; a report has a few hundred, and texts of more than %d are not read"
                    .formatted(numbers, MAX_NUMBERS);
        }
        if (lines > MAX_LINES) {
            return "the text has %d lines; a report has some hundreds, and texts of more than %d are not read"
                    .formatted(lines, MAX_LINES);
        }
        if (pieces > MAX_PIECES) {
            return ("the text has %d words or cells between spaces; a report has some thousands, and texts of more "
                    + "than %d are not read").formatted(pieces, MAX_PIECES);
        }
        return null;
    }
}
