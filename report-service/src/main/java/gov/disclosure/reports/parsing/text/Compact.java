package gov.disclosure.reports.parsing.text;

import java.util.List;

/** Text reduced to its letters and digits, so that labels match whatever the spacing and punctuation. */
public final class Compact {

    private Compact() {
    }

    public static String of(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keeps(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    /** The compact text of the text tokens, in order. */
    public static String ofTexts(List<Token> tokens) {
        StringBuilder compact = new StringBuilder();
        for (Token token : tokens) {
            if (token.isText()) {
                compact.append(of(token.text()));
            }
        }
        return compact.toString();
    }

    public static boolean keeps(char c) {
        return Character.isLetterOrDigit(c);
    }
}
