package gov.disclosure.reports.parsing;

import java.util.List;
import java.util.stream.Collectors;

/** The text is not an annual disclosure report, or parts of it cannot be read; {@link #missing()} says which. */
public class UnreadableReportException extends RuntimeException {

    private final List<MissingPart> missing;

    public UnreadableReportException(List<MissingPart> missing) {
        super(message(missing));
        this.missing = List.copyOf(missing);
    }

    /** Every part that could not be read, in print order. */
    public List<MissingPart> missing() {
        return missing;
    }

    private static String message(List<MissingPart> missing) {
        return "not a readable annual report: " + missing.stream()
                .map(MissingPart::toString)
                .collect(Collectors.joining("; "));
    }
}
