package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;
import gov.disclosure.reports.parsing.text.Compact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the headings of the six sections and cuts the text into them. A heading is a line starting with the
 * section's number (一、 1. 第一部分) and title, or a line that is exactly the template's title; headings must come
 * in order, which keeps table rows such as "四、结转下年度继续办理" from being taken for one. 五 and 六 may be numbered
 * one less, in reports that leave 四 out.
 */
final class SectionSplitter {

    private static final Pattern NUMBERING = Pattern.compile("^(第)?([一二三四五六壹贰叁肆伍陆]|[1-6])(部分)?");
    private static final String CHINESE_NUMERALS = "一二三四五六";
    private static final String CAPITAL_NUMERALS = "壹贰叁肆伍陆";
    private static final int MAX_UNNUMBERED_EXTRA = 2;

    /** Where a section's heading is; {@code rest} is text after the title on the heading's line. */
    record Heading(Section section, int line, String rest) {
    }

    private final List<Line> lines;
    private final List<Heading> candidates;
    private final Map<Section, Heading> headings;

    SectionSplitter(List<Line> lines) {
        this.lines = lines;
        this.candidates = candidates(lines);
        this.headings = findHeadings(candidates, lines);
    }

    /**
     * Where a second report starts, when the text holds more than one (a page of several agencies' reports): after
     * the last heading found, the headings of 一, 二 and 三 come again in order. The line of that 一, or null.
     */
    Line secondReportStart() {
        int lastFound = headings.values().stream().mapToInt(Heading::line).max().orElse(Integer.MAX_VALUE);
        int overview = -1;
        Section expected = Section.OVERVIEW;
        for (Heading heading : candidates) {
            if (heading.line() <= lastFound || heading.section() != expected) {
                continue;
            }
            overview = expected == Section.OVERVIEW ? heading.line() : overview;
            if (expected == Section.APPLICATIONS) {
                return lines.get(overview);
            }
            expected = Section.values()[expected.ordinal() + 1];
        }
        return null;
    }

    boolean hasHeading(Section section) {
        return headings.containsKey(section);
    }

    /** The line index of the first heading, or the number of lines when there is none. */
    int firstHeadingLine() {
        return headings.values().stream().mapToInt(Heading::line).min().orElse(lines.size());
    }

    /** The lines of a section whose heading was found, else none: for prose, which no label can find. */
    List<Line> ownLines(Section section) {
        return headings.containsKey(section) ? lines(section) : List.of();
    }

    /**
     * The lines of a section: from its heading to the next heading found. Without its own heading, a section
     * runs from the previous heading found to the next one, so that its labels can still be looked for there.
     */
    List<Line> lines(Section section) {
        Heading own = headings.get(section);
        int start;
        List<Line> region = new ArrayList<>();
        if (own != null) {
            start = own.line() + 1;
            if (!own.rest().isBlank()) {
                region.add(lines.get(own.line()).withText(own.rest()));
            }
        } else {
            start = previousHeadingLine(section) + 1;
        }
        int end = nextHeadingLine(section);
        for (int i = start; i < end; i++) {
            region.add(lines.get(i));
        }
        return region;
    }

    private int previousHeadingLine(Section section) {
        int line = -1;
        for (Section earlier : Section.values()) {
            if (earlier.ordinal() >= section.ordinal()) {
                break;
            }
            Heading heading = headings.get(earlier);
            if (heading != null) {
                line = heading.line();
            }
        }
        return line;
    }

    private int nextHeadingLine(Section section) {
        for (Section later : Section.values()) {
            if (later.ordinal() > section.ordinal() && headings.containsKey(later)) {
                return headings.get(later).line();
            }
        }
        return lines.size();
    }

    private static List<Heading> candidates(List<Line> lines) {
        List<Heading> candidates = new ArrayList<>();
        for (Line line : lines) {
            Heading heading = heading(line);
            if (heading != null) {
                candidates.add(heading);
            }
        }
        return candidates;
    }

    private static Map<Section, Heading> findHeadings(List<Heading> candidates, List<Line> lines) {
        Map<Section, Integer> lastCandidate = new EnumMap<>(Section.class);
        for (int i = 0; i < candidates.size(); i++) {
            lastCandidate.put(candidates.get(i).section(), i);
        }
        Map<Section, Heading> found = new EnumMap<>(Section.class);
        int last = -1;
        for (int i = 0; i < candidates.size(); i++) {
            Heading heading = candidates.get(i);
            if (heading.section().ordinal() > last && !isContentsEntry(heading, i, candidates, lines, lastCandidate)) {
                found.put(heading.section(), heading);
                last = heading.section().ordinal();
            }
        }
        return found;
    }

    /**
     * A line of a table of contents: a heading followed directly by another one, while the same heading comes
     * again later (with the section's content under it).
     */
    private static boolean isContentsEntry(Heading heading, int index, List<Heading> candidates, List<Line> lines,
                                           Map<Section, Integer> lastCandidate) {
        if (!heading.rest().isBlank() || index + 1 >= candidates.size()) {
            return false;
        }
        for (int line = heading.line() + 1; line < candidates.get(index + 1).line(); line++) {
            if (!lines.get(line).text().isBlank()) {
                return false;
            }
        }
        return lastCandidate.get(heading.section()) > index;
    }

    static Heading heading(Line line) {
        String text = line.text().strip();
        if (text.isEmpty() || text.length() > 300) {
            return null;
        }
        String compact = Compact.of(text);
        boolean parenthesised = "(（[【〔".indexOf(text.charAt(0)) >= 0;
        Matcher numbering = NUMBERING.matcher(compact);
        if (!parenthesised && numbering.find()) {
            int number = number(numbering.group(2));
            Section section = Section.byNumber(number);
            String afterNumber = compact.substring(numbering.end());
            int titleLength = section.titleLength(afterNumber, true);
            Section shifted = Section.shiftedByOne(number);
            if (titleLength <= 0 && shifted != null && shifted.titleLength(afterNumber, true) > 0) {
                section = shifted;
                titleLength = shifted.titleLength(afterNumber, true);
            }
            if (titleLength > 0) {
                int titleEnd = numbering.end() + titleLength;
                String rest = compact.length() - titleEnd > MAX_UNNUMBERED_EXTRA ? textAfter(text, titleEnd) : "";
                return new Heading(section, line.index(), rest);
            }
        }
        String title = parenthesised ? stripParenthesisedNumber(compact) : compact;
        for (Section section : Section.values()) {
            int titleLength = section.titleLength(title, false);
            if (titleLength > 0 && title.length() - titleLength <= MAX_UNNUMBERED_EXTRA) {
                return new Heading(section, line.index(), "");
            }
        }
        return null;
    }

    private static String stripParenthesisedNumber(String compact) {
        Matcher numbering = NUMBERING.matcher(compact);
        return numbering.find() ? compact.substring(numbering.end()) : compact;
    }

    private static int number(String numeral) {
        int chinese = CHINESE_NUMERALS.indexOf(numeral);
        if (chinese >= 0) {
            return chinese + 1;
        }
        int capital = CAPITAL_NUMERALS.indexOf(numeral);
        return capital >= 0 ? capital + 1 : Integer.parseInt(numeral);
    }

    /** The text after the first {@code compactLength} letters and digits of {@code text}. */
    private static String textAfter(String text, int compactLength) {
        int kept = 0;
        for (int i = 0; i < text.length(); i++) {
            if (Compact.keeps(text.charAt(i)) && ++kept == compactLength) {
                String rest = text.substring(i + 1);
                return rest.replaceFirst("^[\\s\\p{Punct}、。，：；]+", "");
            }
        }
        return "";
    }
}
