package gov.disclosure.reports.parsing;

import gov.disclosure.report.Narrative;
import gov.disclosure.reports.parsing.text.Line;
import gov.disclosure.reports.parsing.text.PageFooter;
import gov.disclosure.reports.parsing.text.TextLines;
import gov.disclosure.reports.parsing.text.Token;
import gov.disclosure.reports.parsing.text.Tokenizer;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a report's published text: tab-separated, markdown, PDF-extracted or a web page's, with Kangxi or
 * radicals-supplement characters and full-width forms, cells run together, labels misspelt or left out, in the 2021
 * format or the 2019 one. Its labels say where the numbers are; the template's arithmetic proves a reading. Reading
 * takes time linear in the text's length and at most {@link #budget()}. Thread-safe, reusable.
 */
public final class PublishedTextParser {

    /** Longer texts are not reports: a report is some 10,000 characters. */
    static final int MAX_TEXT_LENGTH = 2_000_000;
    /** What a text may take to read: a real report takes milliseconds. */
    public static final Duration DEFAULT_BUDGET = Duration.ofSeconds(2);
    static final String TITLE = "标题";
    /** The section of the part reported when reading failed for a reason of the parser's own, not the text's. */
    static final String WHOLE_TEXT = "全文";
    /** The item a text without its agency's name lacks. */
    public static final String AGENCY_NAME = "机关名称";

    private final Duration budget;

    public PublishedTextParser() {
        this(DEFAULT_BUDGET);
    }

    public PublishedTextParser(Duration budget) {
        this.budget = budget;
    }

    public Duration budget() {
        return budget;
    }

    /** The report a text holds, its agency as the text names it; see {@link #parse(String, String)}. */
    public ParsedText parse(String text) {
        return parse(text, null);
    }

    /**
     * @param agencyName the agency's name as the caller knows it, used instead of the one the text names (for texts
     *                   that name none: a page's body without its title), or {@code null}
     * @throws UnreadableReportException when the text is not such a report, rows/items cannot be found, or it holds
     *                                   several; with what could be read
     */
    public ParsedText parse(String text, String agencyName) {
        if (text != null && text.length() > MAX_TEXT_LENGTH) {
            throw wholeText("the text has " + text.length() + " characters; a report has far fewer");
        }
        String tooLarge = text == null ? null : TextSize.of(text).tooLarge();
        if (tooLarge != null) {
            throw wholeText(tooLarge);
        }
        try {
            return ReadingBudget.within(budget, () -> read(text == null ? "" : text, agencyName));
        } catch (UnreadableReportException e) {
            throw e;
        } catch (ReadingBudget.Exhausted e) {
            throw wholeText("reading the text took longer than " + budget.toMillis()
                    + " ms, far longer than a report takes; it is not read");
        } catch (RuntimeException | StackOverflowError e) {
            // A defect of the parser: say so as a missing part rather than break the caller's contract.
            throw wholeText("the parser failed on this text (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static UnreadableReportException wholeText(String detail) {
        return new UnreadableReportException(List.of(new MissingPart(WHOLE_TEXT, "全文", detail)));
    }

    private ParsedText read(String text, String givenName) {
        List<Line> lines = TextLines.lines(PageHeaders.without(TextLines.cleaned(text)));
        SectionSplitter sections = new SectionSplitter(lines);
        ReadingLog log = new ReadingLog();

        List<Line> overview = sections.ownLines(Section.OVERVIEW);
        TitleReader.Title title = TitleReader.read(lines.subList(0, sections.firstHeadingLine()), overview, lines);
        String agencyName = agencyName(givenName, title, log);
        if (title.year() == null) {
            log.missing(TITLE, "年度", "no year in the title or the overview");
        }
        TextFacts facts = TextFacts.of(prose(lines));
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();

        List<Token> proactiveTokens = Tokenizer.tokens(sections.lines(Section.PROACTIVE_DISCLOSURE));
        TemplateFormat proactiveFormat = ProactiveDisclosureReader.format(proactiveTokens, title.year());
        ProactiveDisclosureReader.read(proactiveTokens, proactiveFormat, facts, numbers, log);

        List<Token> applicationTokens = Tokenizer.tokens(sections.lines(Section.APPLICATIONS));
        ApplicationsReader.Result applications = ApplicationsReader.read(applicationTokens, facts, numbers, log);

        List<Token> reviewTokens = reviewTokens(sections, applications, log);
        ReviewAndLitigationReader.read(reviewTokens, sections.ownLines(Section.REVIEW_AND_LITIGATION), facts, numbers,
                log);

        Narrative narrative = NarrativeReader.read(PageFooter.cut(overview),
                PageFooter.cut(sections.ownLines(Section.PROBLEMS)), PageFooter.cut(sections.ownLines(Section.OTHER_MATTERS)));
        noteMissingHeadings(sections, log);
        Line secondReport = sections.secondReportStart();
        if (secondReport != null) {
            log.missing(WHOLE_TEXT, "全文", "the text holds more than one report: another one starts at \""
                    + secondReport.text().strip() + "\" after the first one's sections; send each on its own "
                    + "(a batch takes several)");
        }
        TemplateFormat format = proactiveFormat == TemplateFormat.FORMAT_2019
                || applications.merged() && TemplateFormat.isOf2019(title.year())
                ? TemplateFormat.FORMAT_2019 : TemplateFormat.FORMAT_2021;
        if (proactiveFormat == TemplateFormat.FORMAT_2019 && !applications.merged()) {
            log.note("二 follows the 2019 format, 三 the 2021 one");
        }
        Map<String, BigDecimal> flat = flatNames(numbers);
        if (log.hasMissing()) {
            throw new UnreadableReportException(log.missing(), new UnreadableReportException.Partial(agencyName,
                    title.year(), format, narrative, flat, log.notes()));
        }
        PublicationDate.Found published = PublicationDate.of(lines, title.year());
        if (published != null) {
            log.note(TITLE + ": published on " + published.date() + ", as " + published.where() + " says");
        }
        return new ParsedText(agencyName, givenName != null ? List.of() : AgencyPlaces.fullerNames(agencyName, lines),
                title.year(), format, narrative, flat, published == null ? null : published.date(), log.notes());
    }

    private static String agencyName(String givenName, TitleReader.Title title, ReadingLog log) {
        String agencyName = givenName != null ? givenName : title.agencyName();
        if (agencyName == null) {
            log.missing(TITLE, AGENCY_NAME, title.nameSource() != null ? title.nameSource()
                    : "no title naming the agency (…政府信息公开工作年度报告)");
        } else if (givenName != null && title.agencyName() != null && !givenName.equals(title.agencyName())) {
            log.note(TITLE + ": the text names " + title.agencyName() + "; the name given, " + givenName + ", is used");
        } else if (givenName == null && title.nameSource() != null) {
            log.note(TITLE + ": no title line naming the agency; its name was read from " + title.nameSource());
        }
        return agencyName;
    }

    /** The sentences of the text, where it may state the numbers of its tables. */
    private static List<Line> prose(List<Line> lines) {
        return lines.stream().filter(Line::isProse).toList();
    }

    private static void noteMissingHeadings(SectionSplitter sections, ReadingLog log) {
        for (Section section : Section.values()) {
            if (!sections.hasHeading(section) && section != Section.REVIEW_AND_LITIGATION) {
                log.note(section.numeral() + ": no heading " + section.title() + (section.hasTable()
                        ? "; its rows were looked for between the headings around it" : "; its text is left out"));
            }
        }
    }

    /** JSON pointers (/applications/newlyReceived/total) as flat names (applications.newlyReceived.total). */
    private static Map<String, BigDecimal> flatNames(Map<String, BigDecimal> byPointer) {
        Map<String, BigDecimal> flat = new LinkedHashMap<>();
        byPointer.forEach((pointer, value) -> flat.put(pointer.substring(1).replace('/', '.'), value));
        return flat;
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
}
