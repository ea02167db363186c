package gov.disclosure.event;

import gov.disclosure.json.JsonBounds;
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

    /**
     * Every reason {@link #read} would refuse this event once written by {@link #write}, found on the event itself
     * rather than by writing and reading it: what the producer checks before it publishes. Writing and reading keeps
     * every field as it is (texts, exact decimals, dates, the status), so the only other refusals reading makes are
     * the bounds of {@link JsonBounds} on texts and numbers, checked here as the reader checks them (a number within
     * them is also within {@link JsonBounds#MAX_NUMBER_LENGTH} characters as written).
     */
    public List<String> refusals(ReportPublished event) {
        List<String> refusals = new ArrayList<>();
        textBounds("agencyId", event.agencyId(), refusals);
        textBounds("agencyName", event.agencyName(), refusals);
        textBounds("regionCode", event.regionCode(), refusals);
        if (event.numbers() != null) {
            event.numbers().forEach((name, value) -> {
                if (value != null) {
                    JsonBounds.numberProblem(value).ifPresent(problem -> refusals.add("numbers." + name + " " + problem));
                }
            });
        }
        if (!refusals.isEmpty()) {
            return refusals;
        }
        return problems(event);
    }

    private static void textBounds(String field, String value, List<String> refusals) {
        if (value != null) {
            JsonBounds.textProblem(value).ifPresent(problem -> refusals.add(field + " " + problem));
        }
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
        Set<String> missing = null;
        for (String name : ReportNumbers.NAMES) {
            if (!numbers.containsKey(name)) {
                missing = missing == null ? new HashSet<>() : missing;
                missing.add(name);
            }
        }
        if (missing != null) {
            problems.add(missing.size() + " numbers are missing, e.g. " + missing.stream().sorted().findFirst()
                    .orElse(""));
        }
        numbers.forEach((name, value) -> {
            if (value == null || value.signum() < 0) {
                problems.add("number " + name + " must be a non-negative number");
            }
        });
    }

    private static void require(boolean condition, String problem, List<String> problems) {
        if (!condition) {
            problems.add(problem);
        }
    }
}
