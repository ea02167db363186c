package gov.disclosure.report;

import java.util.function.Function;

/** The three groups of section 四, in print order. */
public enum ReviewGroup {
    ADMINISTRATIVE_REVIEW("administrativeReview", "行政复议", ReviewAndLitigation::administrativeReview),
    LITIGATION_DIRECT("litigationDirect", "行政诉讼 未经复议直接起诉", ReviewAndLitigation::litigationDirect),
    LITIGATION_AFTER_REVIEW("litigationAfterReview", "行政诉讼 复议后起诉", ReviewAndLitigation::litigationAfterReview);

    private final String jsonName;
    private final String label;
    private final Function<ReviewAndLitigation, ReviewCounts> accessor;

    ReviewGroup(String jsonName, String label, Function<ReviewAndLitigation, ReviewCounts> accessor) {
        this.jsonName = jsonName;
        this.label = label;
        this.accessor = accessor;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    public ReviewCounts of(ReviewAndLitigation reviewAndLitigation) {
        return accessor.apply(reviewAndLitigation);
    }

    public String flatName(ReviewColumn column) {
        return "reviewAndLitigation." + jsonName + "." + column.jsonName();
    }
}
