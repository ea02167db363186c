package gov.disclosure.reports.parsing.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a published text into {@link Line}s: normalised characters, markdown and HTML markup removed (HTML given
 * its lines first, {@link HtmlLines}), markdown pipe tables turned into tab-separated cells, page numbers of PDF
 * extractions dropped.
 */
public final class TextLines {

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\t]]");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|\\r|\\n|\\u2028|\\u2029|\\u0085");
    private static final Pattern ENTITY_SPACE = Pattern.compile("&(nbsp|ensp|emsp|thinsp|#12288|#160|#x3000);");
    private static final Pattern HTML_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern HTML_CELL_END = Pattern.compile("(?i)</t[dh]>");
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]{0,10}(\\s[^<>]{0,200})?/?>");
    private static final Pattern HEADING_MARK = Pattern.compile("^\\s{0,3}#{1,6}\\s*|\\s+#+\\s*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("^\\s*(>\\s?)+");
    private static final Pattern BULLET = Pattern.compile("^\\s*[*+-]\\s+(?=[^\\d\\s*+\\-—–])");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`+|~~");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\([^)]*\\)");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|<>])");
    private static final Pattern RULE = Pattern.compile("^\\s*([-*_=]\\s*){3,}$");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("^\\s*\\|?(\\s*:?-{2,}:?\\s*\\|)+\\s*(:?-{2,}:?\\s*)?\\|?\\s*$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^\\s*([-—–－]+\\s*\\d{1,4}\\s*[-—–－]+|第\\s*\\d{1,4}\\s*页(\\s*[,/]?\\s*共\\s*\\d{1,4}\\s*页)?"
                    + "|\\d{1,4}\\s*/\\s*\\d{1,4}|(?i:p\\.?|page)\\s*\\d{1,4})\\s*$");

    /**
     * What a browser prints at the top and foot of each page of a web page printed to PDF: the date and time, then
     * the page's title ("12/7/26, 2:09 AM", "2026/12/7 14:09"); its address, then the page number ("2/7").
     */
    private static final Pattern BROWSER_PAGE_HEADER = Pattern.compile(
            "^\\s*\\d{1,4}/\\d{1,2}/\\d{1,4},?\\s+\\d{1,2}:\\d{2}(:\\d{2})?(\\s*[AaPp][Mm])?(\\s.*)?$");
    private static final Pattern BROWSER_PAGE_FOOTER = Pattern.compile(
            "^\\s*(?i:https?|file)://\\S+\\s+\\d{1,4}\\s*/\\s*\\d{1,4}\\s*$");

    /** Page numbers are short lines. */
    private static final int SHORT_LINE = 24;
    /** Marks a cleaned line that was a row of pipe-separated cells (so even "0 |" is a cell). */
    private static final String PIPE_CELLS = "\u0000";

    private TextLines() {
    }

    /**
     * The text's lines, normalised and without markup, HTML given its lines first; lines that carry nothing (rules,
     * page numbers) are left out. A row of pipe-separated cells starts with {@link #PIPE_CELLS}.
     */
    public static List<String> cleaned(String text) {
        String[] raw = LINE_BREAK.split(HtmlLines.of(ChineseText.normalize(text)), -1);
        List<String> cleaned = new ArrayList<>(raw.length);
        for (String line : raw) {
            String clean = clean(line);
            if (clean != null) {
                cleaned.add(clean);
            }
        }
        return cleaned;
    }

    /** Cleaned lines as {@link Line}s, numbered in order. */
    public static List<Line> lines(List<String> cleaned) {
        List<Line> lines = new ArrayList<>(cleaned.size());
        for (String clean : cleaned) {
            boolean pipeCells = clean.startsWith(PIPE_CELLS);
            String cleanText = pipeCells ? clean.substring(PIPE_CELLS.length()) : clean;
            lines.add(new Line(lines.size(), cleanText, pipeCells || cleanText.indexOf('\t') >= 0, pipeCells));
        }
        return lines;
    }

    /**
     * The line without markup, or {@code null} for lines that carry nothing (rules, page numbers). Markdown pipe
     * rows, and the "0 |" lines of tables printed a cell a line, become tab-separated cells.
     */
    public static String clean(String line) {
        String text = hasControl(line) ? CONTROL.matcher(line).replaceAll("") : line;
        if (text.indexOf('<') >= 0 || text.indexOf('&') >= 0) {
            text = ENTITY_SPACE.matcher(text).replaceAll(" ")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
            text = HTML_BREAK.matcher(text).replaceAll(" ");
            text = HTML_CELL_END.matcher(text).replaceAll("\t");
            text = HTML_TAG.matcher(text).replaceAll("");
        }
        if (text.length() < SHORT_LINE && PAGE_NUMBER.matcher(text).matches() || isBrowserPageMargin(text)
                || hasAny(text, "-*_=|") && (RULE.matcher(text).matches() || PIPE_SEPARATOR.matcher(text).matches())) {
            return null;
        }
        if (hasAny(text, ">#*+-")) {
            text = QUOTE_MARK.matcher(text).replaceAll("");
            text = HEADING_MARK.matcher(text).replaceAll("");
            text = BULLET.matcher(text).replaceAll("");
        }
        if (text.indexOf('[') >= 0) {
            text = IMAGE.matcher(text).replaceAll("");
            text = LINK.matcher(text).replaceAll("$1");
        }
        if (hasAny(text, "*_`~")) {
            text = EMPHASIS.matcher(text).replaceAll("");
        }
        if (text.indexOf('\\') >= 0) {
            text = ESCAPE.matcher(text).replaceAll("$1");
        }
        if (text.indexOf('|') >= 0 && text.indexOf('\t') < 0) {
            return PIPE_CELLS + pipeCellsToTabs(text);
        }
        return stripEnds(text);
    }

    private static boolean isBrowserPageMargin(String text) {
        int colon = text.indexOf(':');
        return colon >= 0 && colon < 40 && (text.indexOf("//") > colon ? BROWSER_PAGE_FOOTER.matcher(text).matches()
                : BROWSER_PAGE_HEADER.matcher(text).matches());
    }

    private static boolean hasAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\t' && Character.isISOControl(c)) {
                return true;
            }
        }
        return false;
    }

    private static String pipeCellsToTabs(String text) {
        String inner = text.strip();
        if (inner.startsWith("|")) {
            inner = inner.substring(1);
        }
        if (inner.endsWith("|")) {
            inner = inner.substring(0, inner.length() - 1);
        }
        String[] cells = inner.split("\\|", -1);
        StringBuilder tabbed = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                tabbed.append('\t');
            }
            tabbed.append(cells[i].strip());
        }
        return tabbed.toString();
    }

    /** Spaces at both ends go; tabs stay, they place cells. */
    private static String stripEnds(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) != '\t' && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && text.charAt(end - 1) != '\t' && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }
}
