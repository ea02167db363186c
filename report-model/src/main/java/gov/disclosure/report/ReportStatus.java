package gov.disclosure.report;

/** A report is published until its agency withdraws it; a withdrawn report stays readable. */
public enum ReportStatus {
    PUBLISHED, WITHDRAWN
}
