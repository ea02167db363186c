package gov.disclosure.reports.parsing;

/** Text reduced to its letters and digits, so that labels match whatever the spacing and punctuation. */
final class Compact {

    private Compact() {
    }

    static String of(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (keeps(c)) {
                compact.append(c);
            }
        }
        return compact.toString();
    }

    static boolean keeps(char c) {
        return Character.isLetterOrDigit(c);
    }
}
