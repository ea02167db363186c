package gov.disclosure.reports.problem;

import java.net.URI;

/** The kinds of problem this service answers with; clients tell them apart by {@link #uri()}. */
public enum ProblemType {
    MALFORMED_JSON(400, "malformed-json", "The body is not well-formed JSON"),
    INVALID_PARAMETER(400, "invalid-parameter", "A request parameter is not acceptable"),
    FORBIDDEN(403, "forbidden", "Outside the reach of your token"),
    NOT_FOUND(404, "not-found", "Not found"),
    NOT_REVIEWABLE(409, "not-reviewable", "The revision cannot be decided on"),
    PRECONDITION_FAILED(412, "precondition-failed", "The report has changed since the revision named in If-Match"),
    PAYLOAD_TOO_LARGE(413, "payload-too-large", "The body is larger than this service accepts"),
    INVALID_REPORT(422, "invalid-report", "The body is not a valid annual report"),
    RULE_VIOLATIONS(422, "rule-violations", "The report's numbers do not add up"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "The Idempotency-Key was used for a different request"),
    UNREADABLE_DOCUMENT(422, "unreadable-document", "The document's text cannot be had (a scan, encrypted, damaged)"),
    UNREADABLE_TEXT(422, "unreadable-text", "The text cannot be read as an annual report"),
    REGION_UNDETERMINED(422, "region-undetermined", "The agency's region cannot be told from its name"),
    AGENCY_NOT_ACTIVE(422, "agency-not-active", "The roster says the agency did not exist that year"),
    INVALID_AGENCY(422, "invalid-agency", "The agency cannot go on the roster as sent"),
    INVALID_REVIEW(422, "invalid-review", "The decision cannot be recorded as sent"),
    PRECONDITION_REQUIRED(428, "precondition-required", "Changing an existing report needs If-Match"),
    SERVICE_UNAVAILABLE(503, "service-unavailable", "The service is busy");

    private static final String PREFIX = "/problems/";

    private final int status;
    private final String slug;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** A URI reference, resolved against the API's base: {@code /problems/rule-violations}. */
    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String slug() {
        return slug;
    }

    /** The slug of a problem's type ({@code rule-violations}); {@code other} for a problem of another kind. */
    public static String slug(io.quarkiverse.resteasy.problem.HttpProblem problem) {
        String type = problem.getType() == null ? "" : problem.getType().toString();
        return type.startsWith(PREFIX) ? type.substring(PREFIX.length()) : "other";
    }
}
