package gov.disclosure.report;

/** One group of section 四: results of administrative review or of litigation. */
public record ReviewCounts(
        @Count Long upheld,
        @Count Long corrected,
        @Count Long other,
        @Count Long pending,
        @Count Long total) {
}
