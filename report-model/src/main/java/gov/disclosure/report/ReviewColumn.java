package gov.disclosure.report;

import java.util.List;

/** The five columns of each group of section 四, in print order. */
public enum ReviewColumn {
    UPHELD("upheld", "结果维持"),
    CORRECTED("corrected", "结果纠正"),
    OTHER("other", "其他结果"),
    PENDING("pending", "尚未审结"),
    TOTAL("total", "总计");

    /** The four result columns whose sum is {@link #TOTAL}. */
    public static final List<ReviewColumn> RESULTS = List.of(UPHELD, CORRECTED, OTHER, PENDING);

    private final String jsonName;
    private final String label;

    ReviewColumn(String jsonName, String label) {
        this.jsonName = jsonName;
        this.label = label;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }
}
