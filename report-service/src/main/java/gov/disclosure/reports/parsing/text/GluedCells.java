package gov.disclosure.reports.parsing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * A web page's table that lost its separators when it was turned into text runs its labels and numbers together
 * (only lines without cells do: a line of tab or pipe cells kept its separators):
 * "一、本年新收政府信息公开申请数量21710000218二、上年结转…", "1.属于国家秘密00000002.其他法律…". This cuts such a
 * piece where a run of digits meets a label, so that the digits become a number of their own (which may still hold
 * several cells: only the arithmetic can split those). Digits that are part of words stay with them: an item's number
 * ("2.其他法律…", taken off the digits before it), a bracketed number ("（1）", "〔2021〕"), a year or a unit
 * (the tokenizer's phrase rules see to those).
 */
final class GluedCells {

    private static final String ITEM_MARKS = ".．、";
    private static final String CLOSING = "）)”\"』」";
    private static final String OPENING = "（(“\"『「";

    private GluedCells() {
    }

    /** The piece cut into words and runs of digits; the piece itself when nothing in it is glued. */
    static List<String> split(String piece) {
        List<String> parts = new ArrayList<>();
        int wordStart = 0;
        int i = 0;
        while (i < piece.length()) {
            if (!isDigit(piece.charAt(i))) {
                i++;
                continue;
            }
            int end = runEnd(piece, i);
            boolean item = end < piece.length() && ITEM_MARKS.indexOf(piece.charAt(end)) >= 0
                    && end + 1 < piece.length() && !isDigit(piece.charAt(end + 1));
            int runEnd = item ? end - 1 : end;
            if (runEnd > i && isGlued(piece, i, runEnd, item)) {
                if (i > wordStart) {
                    parts.add(piece.substring(wordStart, i));
                }
                parts.add(piece.substring(i, runEnd));
                wordStart = runEnd;
            }
            i = end;
        }
        if (parts.isEmpty()) {
            return List.of(piece);
        }
        if (wordStart < piece.length()) {
            parts.add(piece.substring(wordStart));
        }
        return parts;
    }

    /** Where the number starting at {@code start} ends: digits, and a decimal part ("0.5"). */
    private static int runEnd(String piece, int start) {
        int end = start;
        while (end < piece.length() && isDigit(piece.charAt(end))) {
            end++;
        }
        if (end + 1 < piece.length() && piece.charAt(end) == '.' && isDigit(piece.charAt(end + 1))) {
            end++;
            while (end < piece.length() && isDigit(piece.charAt(end))) {
                end++;
            }
        }
        return end;
    }

    /** Digits after a label's word and before the next label (or the end): a table's cells, not part of a word. */
    private static boolean isGlued(String piece, int start, int end, boolean beforeItem) {
        char before = start > 0 ? piece.charAt(start - 1) : ' ';
        boolean afterWord = start == 0 || Character.isLetter(before) || CLOSING.indexOf(before) >= 0;
        if (!afterWord) {
            return false;
        }
        if (end == piece.length() || beforeItem) {
            return true;
        }
        char after = piece.charAt(end);
        return Character.isLetter(after) && !isUnitOrDate(after) || OPENING.indexOf(after) >= 0;
    }

    /** "5件", "2021年", "4位": a number with its unit is a number already, a date or a phrase is words. */
    private static boolean isUnitOrDate(char c) {
        return "位件条个项次人家起年月日万元余多号".indexOf(c) >= 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
