package gov.disclosure.reports.parsing;

import gov.disclosure.report.Agency;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Applications;
import gov.disclosure.report.Narrative;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReviewAndLitigation;

import java.util.List;

/**
 * What a report's published text says, in the canonical model.
 *
 * @param agencyName the publishing agency, in ordinary simplified characters without spaces
 * @param year       the year the report is about
 * @param format     the template the tables follow
 * @param narrative  一 → overview, 五 → problems, 六 → otherMatters; a part not found is {@code null}
 * @param notes      how the text was read where that took a decision (empty cells, 2019 items mapped, ...)
 */
public record ParsedText(
        String agencyName,
        int year,
        TemplateFormat format,
        Narrative narrative,
        ProactiveDisclosure proactiveDisclosure,
        Applications applications,
        ReviewAndLitigation reviewAndLitigation,
        List<String> notes) {

    public ParsedText {
        notes = List.copyOf(notes);
    }

    /** The report of the agency {@code agencyId} in region {@code regionCode}; neither is in the text. */
    public AnnualReport toReport(String agencyId, String regionCode) {
        return new AnnualReport(new Agency(agencyId, agencyName), regionCode, year, narrative,
                proactiveDisclosure, applications, reviewAndLitigation);
    }
}
