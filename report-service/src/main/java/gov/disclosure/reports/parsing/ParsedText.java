package gov.disclosure.reports.parsing;

import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Applications;
import gov.disclosure.report.Narrative;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReviewAndLitigation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a report's published text says, in the canonical model.
 *
 * @param agencyName     the publishing agency as the text names it, in ordinary simplified characters without spaces
 * @param agencyMentions fuller names the text gives the agency elsewhere (its place before the name the title gives:
 *                       周口市行政服务中心 for a title's 行政服务中心), most specific first; empty when the name has its place
 * @param year           the year the report is about
 * @param format         the template the tables follow
 * @param narrative      一 → overview, 五 → problems, 六 → otherMatters; a part not found is {@code null}
 * @param numbers        every number of the template by its flat name
 * @param publishedOn    when the text says the report was published (发布时间, the date under the signature), or
 *                       {@code null}
 * @param notes          how the text was read where that took a decision (empty cells, 2019 items mapped, ...)
 */
public record ParsedText(
        String agencyName,
        List<String> agencyMentions,
        int year,
        TemplateFormat format,
        Narrative narrative,
        Map<String, BigDecimal> numbers,
        LocalDate publishedOn,
        List<String> notes) {

    public ParsedText {
        agencyMentions = List.copyOf(agencyMentions);
        numbers = Map.copyOf(numbers);
        notes = List.copyOf(notes);
    }

    public ProactiveDisclosure proactiveDisclosure() {
        return sections().proactiveDisclosure();
    }

    public Applications applications() {
        return sections().applications();
    }

    public ReviewAndLitigation reviewAndLitigation() {
        return sections().reviewAndLitigation();
    }

    private AnnualReport sections() {
        return ReportNumbers.unflatten(numbers, AnnualReport.class);
    }

    /** The report of the agency {@code agencyId} in region {@code regionCode}; neither is in the text. */
    public AnnualReport toReport(String agencyId, String regionCode) {
        return toReport(agencyId, agencyName, regionCode);
    }

    /** The same, under another name for the agency (a fuller one the text gives). */
    public AnnualReport toReport(String agencyId, String name, String regionCode) {
        AnnualReport sections = sections();
        return new AnnualReport(new Agency(agencyId, name), regionCode, year, narrative,
                sections.proactiveDisclosure(), sections.applications(), sections.reviewAndLitigation(), publishedOn);
    }
}
