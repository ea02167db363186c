package gov.disclosure.event;

import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes and reads {@code report-published} payloads. Reading is a tolerant reader of the schema: fields it does
 * not know are ignored (a newer producer may add some), but every field it needs must be there and make sense.
 */
public final class ReportPublishedCodec {

    private final Regions regions;

    public ReportPublishedCodec(Regions regions) {
        this.regions = regions;
    }

    public static String write(ReportPublished event) {
        return EventJson.write(event);
    }

    /** @throws UnreadableEventException naming every reason the payload cannot be applied */
    public ReportPublished read(String json) {
        ReportPublished event = EventJson.read(json, ReportPublished.class, "report-published");
        List<String> problems = problems(event);
        if (!problems.isEmpty()) {
            throw new UnreadableEventException(String.join("; ", problems));
        }
        return event;
    }

    private List<String> problems(ReportPublished event) {
        List<String> problems = new ArrayList<>();
        require(event.reportId() != null, "reportId is missing", problems);
        require(event.agencyId() != null && !event.agencyId().isBlank(), "agencyId is missing", problems);
        require(event.status() != null, "status is missing", problems);
        require(event.time() != null, "time is missing", problems);
        require(event.revision() >= 1, "revision must be at least 1", problems);
        require(event.violationCount() >= 0, "violationCount must not be negative", problems);
        require(regions.contains(event.regionCode()), "unknown region " + event.regionCode(), problems);
        numberProblems(event.numbers(), problems);
        return problems;
    }

    private static void numberProblems(Map<String, BigDecimal> numbers, List<String> problems) {
        if (numbers == null) {
            problems.add("numbers are missing");
            return;
        }
        Set<String> missing = new HashSet<>(ReportNumbers.NAMES);
        missing.removeAll(numbers.keySet());
        require(missing.isEmpty(), missing.size() + " numbers are missing, e.g. " + missing.stream().sorted().findFirst()
                .orElse(""), problems);
        numbers.forEach((name, value) -> require(value != null && value.signum() >= 0,
                "number " + name + " must be a non-negative number", problems));
    }

    private static void require(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
