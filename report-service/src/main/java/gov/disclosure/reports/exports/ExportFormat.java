package gov.disclosure.reports.exports;

import gov.disclosure.http.Negotiation;

import java.util.LinkedHashMap;
import java.util.Map;

/** What a bulk export of reports is written as. */
public enum ExportFormat {
    /** One row per report: its summary, then every number by flat name. */
    CSV("text/csv;charset=UTF-8", "csv"),
    /** One line per report: its canonical JSON. */
    NDJSON("application/x-ndjson", "ndjson");

    private static final Negotiation<ExportFormat> NEGOTIATION;

    static {
        Map<String, ExportFormat> byName = new LinkedHashMap<>();
        byName.put("csv", CSV);
        byName.put("ndjson", NDJSON);
        Map<String, ExportFormat> byMediaType = new LinkedHashMap<>();
        byMediaType.put("text/csv", CSV);
        byMediaType.put("application/x-ndjson", NDJSON);
        byMediaType.put("application/ndjson", NDJSON);
        byMediaType.put("application/jsonl", NDJSON);
        NEGOTIATION = new Negotiation<>(byName, byMediaType, CSV);
    }

    private final String mediaType;
    private final String extension;

    ExportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** By {@code ?format=} (csv, ndjson), else by Accept; CSV when neither asks. */
    public static ExportFormat choose(String format, String accept) {
        return NEGOTIATION.choose(format, accept);
    }
}
