package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import gov.disclosure.report.Narrative;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The prose of a section as paragraphs separated by "\n". Lines of a PDF extraction that were wrapped inside a
 * paragraph are joined again: a paragraph ends at a line ending a sentence, at a short line (a sub-heading or a
 * paragraph's last line), or before a line that opens an enumeration ("（二）", "2.", "二是").
 */
final class NarrativeReader {

    private static final Pattern SENTENCE_END = Pattern.compile(".*([。！？!?；;：:…]|[。！？!?][”’\"')）])$");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^([(（\\[【〔]?[一二三四五六七八九十]+[)）\\]】〕、.]|[(（]?\\d{1,2}[)）、.．](?!\\d)|[一二三四五六七八九十]是|第[一二三四五六七八九十]+[,，、])");
    private static final int SHORT_LINE = 20;
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u3000]+");

    private NarrativeReader() {
    }

    static Narrative read(List<Line> overview, List<Line> problems, List<Line> otherMatters) {
        return new Narrative(text(overview), text(problems), text(otherMatters));
    }

    /** The section's paragraphs, or {@code null} when it has no text. */
    static String text(List<Line> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String previousLine = "";
        for (Line line : lines) {
            String text = SPACES.matcher(line.text()).replaceAll(" ").strip();
            if (text.isEmpty()) {
                continue;
            }
            if (paragraph.length() > 0 && (endsParagraph(previousLine) || ENUMERATION.matcher(text).find())) {
                paragraphs.add(paragraph.toString());
                paragraph.setLength(0);
            }
            if (paragraph.length() > 0 && needsSpace(paragraph.charAt(paragraph.length() - 1), text.charAt(0))) {
                paragraph.append(' ');
            }
            paragraph.append(text);
            previousLine = text;
        }
        if (paragraph.length() > 0) {
            paragraphs.add(paragraph.toString());
        }
        String text = String.join("\n", paragraphs);
        if (text.length() > Narrative.MAX_LENGTH) {
            text = text.substring(0, Narrative.MAX_LENGTH);
        }
        return text.isEmpty() ? null : text;
    }

    private static boolean endsParagraph(String line) {
        return line.length() < SHORT_LINE || SENTENCE_END.matcher(line).matches();
    }

    /** Latin words and numbers wrapped over lines keep their space; Chinese text has none. */
    private static boolean needsSpace(char before, char after) {
        return before < 0x3000 && after < 0x3000 && Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }
}
