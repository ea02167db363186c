package gov.disclosure.rollups.completeness;

import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.review.ReviewStatus;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who has reported on a year and who has not, as of a day. Expected: every agency on the roster that existed at the
 * year's end (one gone before has a successor), and any other of the roster that reported anyway. Received: those
 * with a published report published by that day, on time or late by its deadline. Missing: the rest (late already
 * if past the deadline). Unrostered: published reports of agencies not on the roster. A withdrawn report is missing
 * again.
 */
public final class Completeness {

    /** A published report on the year: its agency, where it says it is, and when it was published. */
    public record Report(String agencyId, String agencyName, String regionCode, LocalDate publishedOn,
                         ReviewStatus reviewStatus) {
    }

    public enum Standing { ON_TIME, LATE, MISSING, UNROSTERED }

    /** One agency's line. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "CompletenessEntry", description = "One agency: whether and when it reported, against its deadline.")
    public record Entry(
            @Schema(examples = "410482-szfb") String agencyId,
            @Schema(examples = "汝州市人民政府办公室") String name,
            @Schema(description = "Absent for an unrostered agency") AgencyKind kind,
            @Schema(examples = "410482") String regionCode,
            Standing standing,
            @Schema(description = "When its report was due; absent for an unrostered agency") LocalDate deadline,
            @Schema(description = "When its report was published; absent while missing") LocalDate publishedOn,
            @Schema(description = "Days past the deadline: when it was published, or (missing) as of the day "
                    + "asked; absent when not late") Long daysLate,
            @Schema(description = "Where its report stands with its reviewers; absent while missing")
            ReviewStatus reviewStatus) {
    }

    /** The counts: expected = received + missing, received = onTime + late; unrostered besides. */
    @Schema(name = "CompletenessFigures",
            description = "The counts: expected = received + missing, received = onTime + late; unrostered besides.")
    public record Figures(int expected, int received, int onTime, int late, int missing, int unrostered) {

        static Figures of(List<Entry> entries) {
            int onTime = count(entries, Standing.ON_TIME);
            int late = count(entries, Standing.LATE);
            int missing = count(entries, Standing.MISSING);
            return new Figures(onTime + late + missing, onTime + late, onTime, late, missing,
                    count(entries, Standing.UNROSTERED));
        }

        private static int count(List<Entry> entries, Standing standing) {
            return (int) entries.stream().filter(entry -> entry.standing() == standing).count();
        }
    }

    private Completeness() {
    }

    /**
     * @param roster  the agencies of the roster in scope
     * @param reports the published reports on the year of those agencies, and of the regions in scope
     * @param inScope whether a region is in scope (for the reports of agencies not on the roster)
     * @param rostered every agency id on the roster, in scope or not
     */
    public static List<Entry> entries(int year, LocalDate asOf, List<RosterEntry> roster, List<Report> reports,
                                      java.util.function.Predicate<String> inScope, Set<String> rostered,
                                      Deadlines deadlines) {
        Map<String, Report> byAgency = new HashMap<>();
        for (Report report : reports) {
            if (report.publishedOn() != null && !report.publishedOn().isAfter(asOf)) {
                byAgency.put(report.agencyId(), report);
            }
        }
        List<Entry> entries = new ArrayList<>();
        Set<String> listed = new HashSet<>();
        for (RosterEntry agency : roster) {
            Report report = byAgency.get(agency.agencyId());
            if (!agency.mustReportOn(year) && report == null) {
                continue;
            }
            listed.add(agency.agencyId());
            LocalDate deadline = deadlines.of(agency.kind(), agency.regionCode(), year);
            entries.add(report == null ? missing(agency, deadline, asOf) : received(agency, deadline, report));
        }
        for (Report report : byAgency.values()) {
            if (!rostered.contains(report.agencyId()) && !listed.contains(report.agencyId())
                    && inScope.test(report.regionCode())) {
                entries.add(new Entry(report.agencyId(), report.agencyName(), null, report.regionCode(),
                        Standing.UNROSTERED, null, report.publishedOn(), null, report.reviewStatus()));
            }
        }
        entries.sort(Comparator.comparing(Entry::regionCode).thenComparing(Entry::agencyId));
        return entries;
    }

    public static Figures figures(List<Entry> entries) {
        return Figures.of(entries);
    }

    /** The figures of each kind; unrostered agencies have none. */
    public static Map<AgencyKind, Figures> byKind(List<Entry> entries) {
        Map<AgencyKind, Figures> byKind = new EnumMap<>(AgencyKind.class);
        for (AgencyKind kind : AgencyKind.values()) {
            byKind.put(kind, Figures.of(entries.stream().filter(entry -> entry.kind() == kind).toList()));
        }
        return byKind;
    }

    private static Entry received(RosterEntry agency, LocalDate deadline, Report report) {
        long late = ChronoUnit.DAYS.between(deadline, report.publishedOn());
        return new Entry(agency.agencyId(), agency.name(), agency.kind(), agency.regionCode(),
                late > 0 ? Standing.LATE : Standing.ON_TIME, deadline, report.publishedOn(), late > 0 ? late : null,
                report.reviewStatus());
    }

    private static Entry missing(RosterEntry agency, LocalDate deadline, LocalDate asOf) {
        long late = ChronoUnit.DAYS.between(deadline, asOf);
        return new Entry(agency.agencyId(), agency.name(), agency.kind(), agency.regionCode(), Standing.MISSING,
                deadline, null, late > 0 ? late : null, null);
    }
}
