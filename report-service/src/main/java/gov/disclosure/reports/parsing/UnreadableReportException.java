package gov.disclosure.reports.parsing;

import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Narrative;
import gov.disclosure.report.ReportNumbers;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The text is not an annual disclosure report, or parts of it cannot be read; {@link #missing()} says which, and
 * {@link #partial()} holds everything that was read, so that a person fixes only the cells left unread.
 */
public class UnreadableReportException extends RuntimeException {

    /**
     * What was read of a text that could not be read whole.
     *
     * @param agencyName the agency's name, or {@code null}
     * @param year       the year, or {@code null}
     * @param numbers    the numbers read, by flat name; a number not read is absent
     */
    public record Partial(String agencyName, Integer year, TemplateFormat format, Narrative narrative,
                          Map<String, BigDecimal> numbers, List<String> notes) {
        public Partial {
            numbers = Map.copyOf(numbers);
            notes = List.copyOf(notes);
        }

        /** The report as far as it was read: each number not read is {@code null}; no agency id, no region. */
        public AnnualReport toReport() {
            AnnualReport sections = ReportNumbers.unflattenKeepingGaps(numbers, AnnualReport.class);
            return new AnnualReport(new Agency(null, agencyName), null, year, narrative, sections.proactiveDisclosure(),
                    sections.applications(), sections.reviewAndLitigation());
        }
    }

    private final List<MissingPart> missing;
    private final transient Partial partial;
    private final String encoding;

    public UnreadableReportException(List<MissingPart> missing) {
        this(missing, null);
    }

    public UnreadableReportException(List<MissingPart> missing, Partial partial) {
        this(missing, partial, null);
    }

    private UnreadableReportException(List<MissingPart> missing, Partial partial, String encoding) {
        super(message(missing));
        this.missing = List.copyOf(missing);
        this.partial = partial;
        this.encoding = encoding;
    }

    /** The same refusal, saying which encoding the text was read in and why (a wrong guess reads as no report). */
    public UnreadableReportException readAs(String encoding) {
        return new UnreadableReportException(missing, partial, encoding);
    }

    /** Which encoding the text was read in and why, where it was decoded from bytes; else null. */
    public String encoding() {
        return encoding;
    }

    /** Every part that could not be read, in print order. */
    public List<MissingPart> missing() {
        return missing;
    }

    /** What was read; {@code null} when the text was not read at all (too long, too slow). */
    public Partial partial() {
        return partial;
    }

    /** The JSON pointers of every number left unread. */
    public List<String> unreadCells() {
        Set<String> cells = new LinkedHashSet<>();
        missing.forEach(part -> cells.addAll(part.cells()));
        return List.copyOf(cells);
    }

    private static String message(List<MissingPart> missing) {
        return "not a readable annual report: " + missing.stream()
                .map(MissingPart::toString)
                .collect(Collectors.joining("; "));
    }
}
