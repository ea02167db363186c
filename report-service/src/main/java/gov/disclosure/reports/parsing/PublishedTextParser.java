package gov.disclosure.reports.parsing;

import gov.disclosure.report.Narrative;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReviewAndLitigation;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a report's published text: tab-separated, markdown or PDF-extracted, with Kangxi or radicals-supplement
 * characters and full-width forms, in the 2021 format or the 2019 one. Thread-safe, reusable.
 */
public final class PublishedTextParser {

    /** Longer texts are not reports: a report is some 10,000 characters. */
    static final int MAX_TEXT_LENGTH = 2_000_000;
    static final String TITLE = "标题";
    /** The section of the part reported when reading failed for a reason of the parser's own, not the text's. */
    static final String WHOLE_TEXT = "全文";
    /** The item a text without its agency's name lacks. */
    public static final String AGENCY_NAME = "机关名称";

    public PublishedTextParser() {
    }

    /** The report a text holds, its agency as the text names it; see {@link #parse(String, String)}. */
    public ParsedText parse(String text) {
        return parse(text, null);
    }

    /**
     * @param agencyName the agency's name as the caller knows it, used instead of the one the text names (for texts
     *                   that name none: a page's body without its title), or {@code null}
     * @throws UnreadableReportException when the text is not such a report, rows/items cannot be found, or it holds
     *                                   several
     */
    public ParsedText parse(String text, String agencyName) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw new UnreadableReportException(List.of(new MissingPart(WHOLE_TEXT, "全文",
                    "the text has " + text.length() + " characters; a report has far fewer")));
        }
        try {
            return read(text == null ? "" : text, agencyName);
        } catch (UnreadableReportException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of the parser: say so as a missing part rather than break the caller's contract.
            throw new UnreadableReportException(List.of(new MissingPart(WHOLE_TEXT, "全文",
                    "the parser failed on this text (" + e.getClass().getSimpleName() + ")")));
        }
    }

    private ParsedText read(String text, String givenName) {
        List<Line> lines = TextLines.read(text);
        SectionSplitter sections = new SectionSplitter(lines);
        ReadingLog log = new ReadingLog();

        List<Line> overview = sections.ownLines(Section.OVERVIEW);
        TitleReader.Title title = TitleReader.read(lines.subList(0, sections.firstHeadingLine()), overview);
        String agencyName = givenName != null ? givenName : title.agencyName();
        if (agencyName == null) {
            log.missing(TITLE, AGENCY_NAME, title.nameSource() != null ? title.nameSource()
                    : "no title naming the agency (…政府信息公开工作年度报告)");
        } else if (givenName != null && title.agencyName() != null && !givenName.equals(title.agencyName())) {
            log.note(TITLE + ": the text names " + title.agencyName() + "; the name given, " + givenName + ", is used");
        } else if (givenName == null && title.nameSource() != null) {
            log.note(TITLE + ": no title line naming the agency; its name was read from " + title.nameSource());
        }
        if (title.year() == null) {
            log.missing(TITLE, "年度", "no year in the title or the overview");
        }

        List<Token> proactiveTokens = Tokenizer.tokens(sections.lines(Section.PROACTIVE_DISCLOSURE));
        TemplateFormat proactiveFormat = ProactiveDisclosureReader.format(proactiveTokens, title.year());
        ProactiveDisclosure proactiveDisclosure = ProactiveDisclosureReader.read(proactiveTokens, proactiveFormat, log);

        List<Token> applicationTokens = Tokenizer.tokens(sections.lines(Section.APPLICATIONS));
        TemplateFormat applicationsFormat = ApplicationsReader.format(applicationTokens, proactiveFormat, title.year());
        ApplicationsReader.Result applications = ApplicationsReader.read(applicationTokens, applicationsFormat, log);

        List<Token> reviewTokens = reviewTokens(sections, applications, log);
        ReviewAndLitigation reviewAndLitigation = ReviewAndLitigationReader.read(reviewTokens,
                sections.ownLines(Section.REVIEW_AND_LITIGATION), log);

        Narrative narrative = NarrativeReader.read(PageFooter.cut(overview),
                PageFooter.cut(sections.ownLines(Section.PROBLEMS)), PageFooter.cut(sections.ownLines(Section.OTHER_MATTERS)));
        for (Section section : Section.values()) {
            if (!sections.hasHeading(section) && section != Section.REVIEW_AND_LITIGATION) {
                log.note(section.numeral() + ": no heading " + section.title() + (section.hasTable()
                        ? "; its rows were looked for between the headings around it" : "; its text is left out"));
            }
        }
        Line secondReport = sections.secondReportStart();
        if (secondReport != null) {
            log.missing(WHOLE_TEXT, "全文", "the text holds more than one report: another one starts at \""
                    + secondReport.text().strip() + "\" after the first one's sections; send each on its own "
                    + "(a batch takes several)");
        }
        if (proactiveFormat != applicationsFormat) {
            log.note("二 follows the " + name(proactiveFormat) + " format, 三 the " + name(applicationsFormat) + " one");
        }
        if (log.hasMissing()) {
            throw new UnreadableReportException(log.missing());
        }
        TemplateFormat format = proactiveFormat == TemplateFormat.FORMAT_2019
                || applicationsFormat == TemplateFormat.FORMAT_2019 ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
        return new ParsedText(agencyName, title.year(), format, narrative, proactiveDisclosure,
                applications.applications(), reviewAndLitigation, log.notes());
    }

    /**
     * Section 四's tokens: its own lines, or, without its heading, the lines after the applications table from
     * the first one naming 行政复议.
     */
    private static List<Token> reviewTokens(SectionSplitter sections, ApplicationsReader.Result applications,
                                            ReadingLog log) {
        List<Line> lines = sections.lines(Section.REVIEW_AND_LITIGATION);
        if (sections.hasHeading(Section.REVIEW_AND_LITIGATION)) {
            return Tokenizer.tokens(lines);
        }
        List<Line> afterTable = new ArrayList<>();
        for (Line line : lines) {
            if (line.index() > applications.lastLine()
                    && (!afterTable.isEmpty() || applications.lastLine() >= 0 && line.compact().contains("行政复议"))) {
                afterTable.add(line);
            }
        }
        if (afterTable.isEmpty()) {
            return List.of();
        }
        log.note("四: no heading 政府信息公开行政复议、行政诉讼情况; its table was read after section 三's");
        return Tokenizer.tokens(afterTable);
    }

    private static String name(TemplateFormat format) {
        return format == TemplateFormat.FORMAT_2019 ? "2019" : "2021";
    }
}
