package gov.disclosure.reports.api;

import gov.disclosure.report.Agency;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.security.ReportAccess;
import gov.disclosure.reports.storage.Report;
import gov.disclosure.reports.storage.ReportQueries;
import jakarta.enterprise.context.ApplicationScoped;

/** An agency's report for a year, as the caller may read it: the one lookup every read of it goes through. */
@ApplicationScoped
class ReadableReports {

    private final ReportQueries queries;
    private final ReportAccess access;
    private final CurrentCaller caller;

    ReadableReports(ReportQueries queries, ReportAccess access, CurrentCaller caller) {
        this.queries = queries;
        this.access = access;
        this.caller = caller;
    }

    /** The report; 403 outside the caller's reach (also where there is none, if a 404 would tell), else 404. */
    Report of(String agencyId, int year) {
        access.requireAgency(caller.get(), agencyId);
        Report found = Agency.isId(agencyId) ? queries.report(agencyId, year).orElse(null) : null;
        return access.requireRead(caller.get(), found, agencyId, "report of agency %s for %d".formatted(agencyId, year));
    }
}
