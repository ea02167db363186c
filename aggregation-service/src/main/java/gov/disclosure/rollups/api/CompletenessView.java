package gov.disclosure.rollups.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.rollups.completeness.Completeness;
import gov.disclosure.rollups.completeness.CompletenessQueries;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.table.SpreadsheetText;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Who in a region has reported on a year, as of a day: the counts, by kind, and (for one region) every agency. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "Who in a region has reported on a year, as of a day.")
public record CompletenessView(
        @Schema(examples = "410400") String regionCode,
        @Schema(examples = "平顶山市") String regionName,
        RegionLevel level,
        @Schema(examples = "2024") int year,
        Scope scope,
        @Schema(description = "The day the figures are as of") LocalDate asOf,
        Completeness.Figures totals,
        @Schema(description = "The figures of each kind of agency (unrostered agencies have no kind)")
        Map<AgencyKind, Completeness.Figures> byKind,
        @Schema(description = "Every agency, by region and id (absent from /children)") List<Completeness.Entry> agencies) {

    static CompletenessView of(CompletenessQueries.Result result, int year, Scope scope, LocalDate asOf,
                               boolean withAgencies) {
        return new CompletenessView(result.region().code(), result.region().name(), result.region().level(), year,
                scope, asOf, Completeness.figures(result.entries()), Completeness.byKind(result.entries()),
                withAgencies ? result.entries() : null);
    }

    static final String AGENCIES_HEADER = "agencyId,name,kind,regionCode,standing,deadline,publishedOn,daysLate,reviewStatus";
    static final String REGIONS_HEADER = "regionCode,regionName,expected,received,onTime,late,missing,unrostered";

    /** One line per agency. */
    String agenciesCsv() {
        StringBuilder csv = new StringBuilder(AGENCIES_HEADER).append("\r\n");
        for (Completeness.Entry entry : agencies) {
            line(csv, entry.agencyId(), SpreadsheetText.inert(entry.name()), entry.kind(), entry.regionCode(), entry.standing(),
                    entry.deadline(), entry.publishedOn(), entry.daysLate(), entry.reviewStatus());
        }
        return csv.toString();
    }

    /** One line per region. */
    static String regionsCsv(List<CompletenessView> views) {
        StringBuilder csv = new StringBuilder(REGIONS_HEADER).append("\r\n");
        for (CompletenessView view : views) {
            Completeness.Figures totals = view.totals();
            line(csv, view.regionCode(), view.regionName(), totals.expected(), totals.received(), totals.onTime(),
                    totals.late(), totals.missing(), totals.unrostered());
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, Object... cells) {
        for (int i = 0; i < cells.length; i++) {
            String cell = Objects.toString(cells[i], "");
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            csv.append(i == 0 ? "" : ",").append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        csv.append("\r\n");
    }
}
