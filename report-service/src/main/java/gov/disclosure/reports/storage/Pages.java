package gov.disclosure.reports.storage;

/** Pages of a list, counted from 0. */
final class Pages {

    private Pages() {
    }

    /**
     * Whether a page starts beyond the last row any table can hold: its first row's offset does not fit in an int,
     * where Panache computes it (and a negative OFFSET fails the query). Such a page is empty, as any page past the end.
     */
    static boolean beyondAnyRow(int page, int size) {
        return (long) page * size > Integer.MAX_VALUE;
    }
}
