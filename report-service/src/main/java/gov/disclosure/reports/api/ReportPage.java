package gov.disclosure.reports.api;

import java.util.List;

/** One page of a listing. Pages count from 0. */
public record ReportPage(List<ReportSummary> items, int page, int size, long totalItems, int totalPages) {
}
