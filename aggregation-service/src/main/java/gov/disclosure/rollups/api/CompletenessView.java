package gov.disclosure.rollups.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.rollups.completeness.Completeness;
import gov.disclosure.rollups.completeness.CompletenessQueries;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.table.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
        return csv(AGENCIES_HEADER, agencies.stream().map(entry -> new Object[] {entry.agencyId(),
                SpreadsheetText.inert(entry.name()), entry.kind(), entry.regionCode(), entry.standing(),
                entry.deadline(), entry.publishedOn(), entry.daysLate(), entry.reviewStatus()}).toList());
    }

    /** One line per region. */
    static String regionsCsv(List<CompletenessView> views) {
        return csv(REGIONS_HEADER, views.stream().map(view -> new Object[] {view.regionCode(), view.regionName(),
                view.totals().expected(), view.totals().received(), view.totals().onTime(), view.totals().late(),
                view.totals().missing(), view.totals().unrostered()}).toList());
    }

    private static String csv(String header, List<Object[]> rows) {
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.split(",")).get().print(csv)) {
            for (Object[] row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not fail
        }
        return csv.toString();
    }
}
