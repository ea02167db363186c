package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;
import gov.disclosure.reports.parsing.text.Compact;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PDF repeats at the top of its pages, found among a text's cleaned lines: the report's name as a running
 * header, and a flip-book's "Page 9 - 2020年报_审计局". Amid a table they cut rows; in prose they are not the report's.
 */
final class PageHeaders {

    private static final Pattern FLIPBOOK_PAGE = Pattern.compile("^\\s*Page\\s*\\d{1,4}\\s*[-—–]\\s+(.*)$");
    /** A line that names the report, as a title or a running header does. */
    private static final Pattern REPORT_NAME = Pattern.compile("(政府信息公开|政务公开).{0,16}(报告|年报)");
    private static final int MAX_HEADER = 80;

    private PageHeaders() {
    }

    /**
     * The lines without page headers: a flip-book's header gives way to what follows its page number when that is the
     * report's name (page 1 may carry the title), and a report's name printed more than once is kept only where a
     * title would stand: the first time, before any section's heading.
     */
    static List<String> without(List<String> lines) {
        List<String> kept = new ArrayList<>(lines.size());
        for (String line : lines) {
            Matcher flipbook = line.indexOf("Page") >= 0 ? FLIPBOOK_PAGE.matcher(line) : null;
            if (flipbook != null && flipbook.matches()) {
                if (isReportName(flipbook.group(1))) {
                    kept.add(flipbook.group(1));
                }
            } else {
                kept.add(line);
            }
        }
        Map<String, Integer> times = new HashMap<>();
        kept.stream().filter(PageHeaders::isReportName).forEach(line -> times.merge(Compact.of(line), 1, Integer::sum));
        List<String> result = new ArrayList<>(kept.size());
        Map<String, Boolean> seen = new HashMap<>();
        boolean inSections = false;
        for (String line : kept) {
            String compact = isReportName(line) ? Compact.of(line) : null;
            boolean repeated = compact != null && times.get(compact) > 1;
            if (!repeated || seen.put(compact, true) == null && !inSections) {
                result.add(line);
            }
            if (!inSections && compact == null) {
                inSections = SectionSplitter.heading(new Line(0, line)) != null;
            }
        }
        return result;
    }

    private static boolean isReportName(String line) {
        if (line.indexOf('\t') >= 0 || line.indexOf('。') >= 0) {
            return false;
        }
        String compact = Compact.of(line);
        return compact.length() <= MAX_HEADER && REPORT_NAME.matcher(compact).find();
    }
}
