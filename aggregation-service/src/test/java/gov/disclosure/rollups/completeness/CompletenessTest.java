package gov.disclosure.rollups.completeness;

import gov.disclosure.region.Regions;
import gov.disclosure.review.ReviewStatus;
import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static gov.disclosure.rollups.completeness.Completeness.Standing.LATE;
import static gov.disclosure.rollups.completeness.Completeness.Standing.MISSING;
import static gov.disclosure.rollups.completeness.Completeness.Standing.ON_TIME;
import static gov.disclosure.rollups.completeness.Completeness.Standing.UNROSTERED;
import static org.junit.jupiter.api.Assertions.assertEquals;

class CompletenessTest {

    private static final Deadlines DEADLINES = new Deadlines(Map.of(
            AgencyKind.GOVERNMENT, MonthDay.of(3, 31), AgencyKind.DEPARTMENT, MonthDay.of(1, 31),
            AgencyKind.TOWNSHIP, MonthDay.of(1, 31), AgencyKind.OTHER, MonthDay.of(1, 31)), List.of(), Regions.standard());

    private static final List<RosterEntry> ROSTER = List.of(
            agency("gov", AgencyKind.GOVERNMENT, null, null),
            agency("early", AgencyKind.DEPARTMENT, null, null),
            agency("late", AgencyKind.DEPARTMENT, null, null),
            agency("silent", AgencyKind.DEPARTMENT, null, null),
            agency("new-mid-year", AgencyKind.DEPARTMENT, "2024-07-01", null),
            agency("gone-mid-year", AgencyKind.DEPARTMENT, "2019-01-01", "2024-06-30"),
            agency("gone-but-reported", AgencyKind.TOWNSHIP, null, "2024-09-30"),
            agency("not-yet", AgencyKind.DEPARTMENT, "2025-03-01", null));

    private static final List<Completeness.Report> REPORTS = List.of(
            report("gov", "2025-03-20"), report("early", "2025-01-10"), report("late", "2025-02-05"),
            report("gone-but-reported", "2025-01-20"), report("stranger", "2025-01-05"),
            report("tomorrow", "2025-02-11"));

    @Test
    void everyAgencyOfTheRosterThatExistedAtTheYearsEndIsExpected() {
        List<Completeness.Entry> entries = entries(LocalDate.of(2025, 4, 1));

        assertEquals(Map.of("gov", ON_TIME, "early", ON_TIME, "late", LATE, "silent", MISSING,
                "new-mid-year", MISSING, "gone-but-reported", ON_TIME, "stranger", UNROSTERED,
                "tomorrow", UNROSTERED), standings(entries));
        assertEquals(new Completeness.Figures(6, 4, 3, 1, 2, 2), Completeness.figures(entries));
        assertEquals(new Completeness.Figures(4, 2, 1, 1, 2, 0), Completeness.byKind(entries).get(AgencyKind.DEPARTMENT));
        assertEquals(new Completeness.Figures(1, 1, 1, 0, 0, 0), Completeness.byKind(entries).get(AgencyKind.TOWNSHIP));
    }

    @Test
    void daysLateAreCountedFromTheDeadlineToThePublicationOrToTheDayAsked() {
        List<Completeness.Entry> entries = entries(LocalDate.of(2025, 4, 1));

        assertEquals(5L, entry(entries, "late").daysLate());
        assertEquals(60L, entry(entries, "silent").daysLate());
        assertEquals(null, entry(entries, "gov").daysLate());
        assertEquals(LocalDate.of(2025, 3, 31), entry(entries, "gov").deadline());
    }

    @Test
    void asOfADayBeforeAPublicationTheReportIsMissingAndNotYetLate() {
        List<Completeness.Entry> entries = entries(LocalDate.of(2025, 1, 15));

        assertEquals(MISSING, entry(entries, "late").standing());
        assertEquals(null, entry(entries, "late").daysLate());
        assertEquals(ON_TIME, entry(entries, "early").standing());
        assertEquals(MISSING, entry(entries, "gov").standing());
        // gone-but-reported had not reported yet, and one gone before the year's end is not expected to
        assertEquals(Map.of("gov", MISSING, "early", ON_TIME, "late", MISSING, "silent", MISSING,
                "new-mid-year", MISSING, "stranger", UNROSTERED), standings(entries));
    }

    private static List<Completeness.Entry> entries(LocalDate asOf) {
        Set<String> rostered = Set.copyOf(ROSTER.stream().map(RosterEntry::agencyId).toList());
        return Completeness.entries(2024, asOf, ROSTER, REPORTS, code -> true, rostered, DEADLINES);
    }

    private static Map<String, Completeness.Standing> standings(List<Completeness.Entry> entries) {
        return entries.stream().collect(java.util.stream.Collectors.toMap(Completeness.Entry::agencyId, Completeness.Entry::standing));
    }

    private static Completeness.Entry entry(List<Completeness.Entry> entries, String agencyId) {
        return entries.stream().filter(entry -> entry.agencyId().equals(agencyId)).findFirst().orElseThrow();
    }

    private static RosterEntry agency(String id, AgencyKind kind, String from, String to) {
        return new RosterEntry(id, id, "410482", kind, null, from == null ? null : LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to), 1, Instant.now());
    }

    private static Completeness.Report report(String agencyId, String publishedOn) {
        return new Completeness.Report(agencyId, agencyId, "410482", LocalDate.parse(publishedOn), ReviewStatus.PENDING);
    }
}
