package gov.disclosure.rollups.api;

import java.util.List;

/** One page of the reports a rollup holds, paged like the report service's list. Pages count from 0. */
public record RollupReportPage(List<RollupReport> items, int page, int size, long totalItems, int totalPages) {

    static final int MAX_SIZE = 100;

    static RollupReportPage of(List<RollupReport> items, int page, int size, long totalItems) {
        return new RollupReportPage(items, page, size, totalItems, (int) ((totalItems + size - 1) / size));
    }
}
