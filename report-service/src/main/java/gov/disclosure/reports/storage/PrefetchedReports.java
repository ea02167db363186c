package gov.disclosure.reports.storage;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What many submissions read of what is stored, read in two statements (their agencies' roster entries; their
 * agencies' reports with their latest revisions) and kept up to date as they are stored, so that each sees what
 * those before it stored. Read it while holding the submissions' locks, and use it in that transaction only.
 */
public final class PrefetchedReports implements StoredReports {

    private final ReportDocuments documents;
    private final Map<String, RosterAgency> roster;
    private final Map<String, ReportQueries.Latest> latest;
    private final Map<UUID, AnnualReport> contents = new HashMap<>();

    private PrefetchedReports(ReportDocuments documents, Map<String, RosterAgency> roster,
                              Map<String, ReportQueries.Latest> latest) {
        this.documents = documents;
        this.roster = roster;
        this.latest = latest;
    }

    /** The stored state around these reports (those without an agency id are left out). */
    public static PrefetchedReports of(Collection<AnnualReport> reports, ReportDocuments documents) {
        List<String> agencies = reports.stream()
                .filter(report -> report != null && report.agency() != null && report.agency().id() != null)
                .map(report -> report.agency().id()).distinct().toList();
        if (agencies.isEmpty()) {
            return new PrefetchedReports(documents, new HashMap<>(), new HashMap<>());
        }
        Map<String, RosterAgency> roster = RosterAgency.<RosterAgency>list("agencyId in ?1", agencies).stream()
                .collect(Collectors.toMap(agency -> agency.agencyId, Function.identity()));
        Map<String, ReportQueries.Latest> latest = new HashMap<>();
        Report.getEntityManager()
                .createQuery("select r, v from Report r join ReportRevision v on v.reportId = r.id"
                        + " and v.revision = r.currentRevision where r.agencyId in ?1", Object[].class)
                .setParameter(1, agencies)
                .getResultList()
                .forEach(row -> {
                    Report report = (Report) row[0];
                    latest.put(key(report.agencyId, report.year),
                            new ReportQueries.Latest(report, (ReportRevision) row[1]));
                });
        return new PrefetchedReports(documents, roster, latest);
    }

    @Override
    public Optional<RosterAgency> rosterEntry(String agencyId) {
        return Optional.ofNullable(roster.get(agencyId));
    }

    @Override
    public Optional<ReportQueries.Latest> latest(String agencyId, int year) {
        return Optional.ofNullable(latest.get(key(agencyId, year)));
    }

    @Override
    public Map<Integer, AnnualReport> publishedAround(String agencyId, int year) {
        Map<Integer, AnnualReport> around = new HashMap<>();
        for (int neighbour : new int[] {year - 1, year + 1}) {
            ReportQueries.Latest stored = latest.get(key(agencyId, neighbour));
            if (stored != null && stored.report().status == ReportStatus.PUBLISHED) {
                around.put(neighbour, contents.computeIfAbsent(stored.revision().id,
                        id -> documents.report(stored.revision().document)));
            }
        }
        return around;
    }

    @Override
    public void stored(Report report, ReportRevision revision, AnnualReport content) {
        latest.put(key(report.agencyId, report.year), new ReportQueries.Latest(report, revision));
        contents.put(revision.id, content);
    }

    private static String key(String agencyId, int year) {
        return agencyId + "\u001e" + year;
    }
}
