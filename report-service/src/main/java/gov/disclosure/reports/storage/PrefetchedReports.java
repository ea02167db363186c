package gov.disclosure.reports.storage;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.ReportStatus;
import org.hibernate.Session;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What submissions read of what is stored, read in two statements (their agencies' roster entries; their
 * agencies' reports of their years and the years either side, with their latest revisions), or in one for a single
 * submission (its agency's roster entry, the years around its year, and the first answer to its idempotency key),
 * and kept up to date as they are stored, so that each sees what those before it stored. Read it while holding the
 * submissions' locks, and use it in that transaction only.
 */
public final class PrefetchedReports implements StoredReports {

    private final ReportDocuments documents;
    private final Map<String, RosterAgency> roster;
    private final Map<String, ReportQueries.Latest> latest;
    private final Map<UUID, AnnualReport> contents = new HashMap<>();
    /** The idempotency key whose record was read with the rest (null: none was), and that record. */
    private final String idempotencyKey;
    private final IdempotencyRecord idempotencyRecord;

    private PrefetchedReports(ReportDocuments documents, Map<String, RosterAgency> roster,
                              Map<String, ReportQueries.Latest> latest) {
        this(documents, roster, latest, null, null);
    }

    private PrefetchedReports(ReportDocuments documents, Map<String, RosterAgency> roster,
                              Map<String, ReportQueries.Latest> latest, String idempotencyKey,
                              IdempotencyRecord idempotencyRecord) {
        this.documents = documents;
        this.roster = roster;
        this.latest = latest;
        this.idempotencyKey = idempotencyKey;
        this.idempotencyRecord = idempotencyRecord;
    }

    /**
     * The stored state around these reports (those without an agency id are left out): their agencies' roster entries,
     * and their agencies' reports of the reports' years and the years either side. Not every year of those agencies:
     * in a backfill of many years, each chunk would otherwise read every year stored before it, documents and all.
     */
    public static PrefetchedReports of(Collection<AnnualReport> reports, ReportDocuments documents) {
        List<AnnualReport> ofAgencies = reports.stream()
                .filter(report -> report != null && report.agency() != null && report.agency().id() != null)
                .toList();
        if (ofAgencies.isEmpty()) {
            return new PrefetchedReports(documents, new HashMap<>(), new HashMap<>());
        }
        List<String> agencies = ofAgencies.stream().map(report -> report.agency().id()).distinct().toList();
        Map<String, RosterAgency> roster = RosterAgency.<RosterAgency>list("agencyId in ?1", agencies).stream()
                .collect(Collectors.toMap(agency -> agency.agencyId, Function.identity()));
        List<Integer> years = ofAgencies.stream().map(AnnualReport::year).filter(Objects::nonNull)
                .flatMap(year -> Stream.of(year - 1, year, year + 1)).distinct().toList();
        if (years.isEmpty()) {
            return new PrefetchedReports(documents, roster, new HashMap<>());
        }
        // every agency with every year: a superset of each report's own three, in one statement
        return new PrefetchedReports(documents, roster, latest(Report.getEntityManager()
                .createQuery(LATEST + " where r.agencyId in ?1 and r.year in ?2", Object[].class)
                .setParameter(1, agencies).setParameter(2, years)));
    }

    /**
     * The stored state around one report: its agency's roster entry, the agency's reports of the report's year and
     * the years either side (what a submission of it reads), and the record of its idempotency key (the stored
     * value, or null for none), in one statement. Empty for a report without agency id or year.
     */
    public static PrefetchedReports around(AnnualReport report, String idempotencyKey, ReportDocuments documents) {
        if (report == null || report.agency() == null || report.agency().id() == null || report.year() == null) {
            return new PrefetchedReports(documents, new HashMap<>(), new HashMap<>());
        }
        Map<String, RosterAgency> roster = new HashMap<>();
        Map<String, ReportQueries.Latest> latest = new HashMap<>();
        IdempotencyRecord record = null;
        List<?> rows = Report.getEntityManager().unwrap(Session.class).createNativeQuery(AROUND, Object[].class)
                .addEntity("a", RosterAgency.class).addEntity("r", Report.class).addEntity("v", ReportRevision.class)
                .addEntity("i", IdempotencyRecord.class)
                .setParameter(1, report.agency().id())
                .setParameter(2, report.year() - 1).setParameter(3, report.year() + 1)
                .setParameter(4, idempotencyKey)
                .getResultList();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            if (columns[0] instanceof RosterAgency agency) {
                roster.put(agency.agencyId, agency);
            }
            if (columns[1] instanceof Report stored && columns[2] instanceof ReportRevision revision) {
                latest.put(key(stored.agencyId, stored.year), new ReportQueries.Latest(stored, revision));
            }
            if (columns[3] instanceof IdempotencyRecord first) {
                record = first;
            }
        }
        return new PrefetchedReports(documents, roster, latest, idempotencyKey, record);
    }

    /**
     * An agency's roster entry and its reports of some years with their latest revisions, and an idempotency record:
     * one row per report (the entry and the record repeated, or null), else one row with the entry and the record or
     * nulls alone. Driven by the agency id, so that the entry comes back when there is no report, and the reports
     * when there is no entry.
     */
    private static final String AROUND = """
            select {a.*}, {r.*}, {v.*}, {i.*}
            from (select cast(?1 as varchar) as agency_id) k
            left join roster_agency a on a.agency_id = k.agency_id
            left join report r on r.agency_id = k.agency_id and r.year between ?2 and ?3
            left join report_revision v on v.report_id = r.id and v.revision = r.current_revision
            left join idempotency_record i on i.idempotency_key = cast(?4 as varchar)""";

    private static final String LATEST = "select r, v from Report r join ReportRevision v on v.reportId = r.id"
            + " and v.revision = r.currentRevision";

    private static Map<String, ReportQueries.Latest> latest(jakarta.persistence.TypedQuery<Object[]> query) {
        Map<String, ReportQueries.Latest> latest = new HashMap<>();
        query.getResultList().forEach(row -> {
            Report report = (Report) row[0];
            latest.put(key(report.agencyId, report.year), new ReportQueries.Latest(report, (ReportRevision) row[1]));
        });
        return latest;
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
    public Optional<IdempotencyRecord> idempotencyRecord(String key) {
        if (idempotencyKey != null && idempotencyKey.equals(key)) {
            return Optional.ofNullable(idempotencyRecord);
        }
        return StoredReports.super.idempotencyRecord(key);
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
