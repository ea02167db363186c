package gov.disclosure.reports.parsing.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a page's HTML the line structure a browser shows: a line per paragraph, heading and table row. A CMS may
 * store a whole report on one line, or break a row's cells over several; where lines break in the source does not
 * matter in HTML, so inside a row it is a space. A table row becomes a pipe row ("| a | b |": its cells marked at
 * both ends, as the HTML marks them); other tags stay for {@link TextLines} to clean.
 */
final class HtmlLines {

    /** Tags that end a block: a document with them is HTML, whatever its line breaks. */
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|tr|div|table|h[1-6]|li)\\s*>");
    private static final Pattern HIDDEN = Pattern.compile("(?is)<(script|style)\\b[^>]*>.*?</\\1\\s*>|<!--.*?-->");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]{0,10})\\b[^<>]{0,500}>");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n");
    /** Line breaks and tabs inside a row are white space, not the row's structure. */
    private static final Pattern ROW_SPACE = Pattern.compile("[\\r\\n\\t]+");
    private static final String BLOCKS = "|p|div|table|tbody|thead|h1|h2|h3|h4|h5|h6|li|ul|ol|br|";

    private HtmlLines() {
    }

    /** A block starts on a line of its own. */
    private static void breakLine(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    static String of(String text) {
        if (!BLOCK_END.matcher(text).find()) {
            return text;
        }
        String visible = HIDDEN.matcher(text).replaceAll("");
        StringBuilder out = new StringBuilder(visible.length());
        Matcher tag = TAG.matcher(visible);
        boolean inRow = false;
        int inCell = 0;
        int from = 0;
        while (tag.find()) {
            String between = visible.substring(from, tag.start());
            between = inRow ? ROW_SPACE.matcher(between).replaceAll(" ") : between;
            out.append(inCell > 0 ? between.replace('|', '/') : between);
            from = tag.end();
            String name = tag.group(2).toLowerCase();
            boolean closing = !tag.group(1).isEmpty();
            if (name.equals("tr")) {
                inRow = !closing;
                breakLine(out);
                out.append(closing ? "" : "| ");
            } else if (name.equals("td") || name.equals("th")) {
                inCell = Math.max(0, inCell + (closing ? -1 : 1));
                out.append(closing ? " | " : "");
            } else {
                boolean block = BLOCKS.contains("|" + name + "|");
                boolean inTableRow = inRow || inCell > 0;
                if (block && !inTableRow && !closing) {
                    breakLine(out);
                }
                out.append(LINE_BREAK.matcher(tag.group()).replaceAll(" "));
                if (block && (closing || name.equals("br"))) {
                    out.append(inTableRow ? ' ' : '\n');
                }
            }
        }
        out.append(visible.substring(from));
        return out.toString();
    }
}
