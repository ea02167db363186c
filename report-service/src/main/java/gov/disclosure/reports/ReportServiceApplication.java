package gov.disclosure.reports;

import gov.disclosure.reports.problem.ProblemDetail;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The report service's API: its description and the parts its operations share. */
@OpenAPIDefinition(
        info = @Info(title = "Report service", version = "1",
                description = "Agency systems submit their annual government-information-disclosure reports "
                        + "(政府信息公开工作年度报告) here: checked, kept with every revision, and published as events. The "
                        + "report, its template, its canonical JSON and its arithmetic are explained in "
                        + "docs/annual-report.md of the repository."),
        components = @Components(
                parameters = {
                        @Parameter(name = "agencyId", in = ParameterIn.PATH, required = true,
                                description = "The agency's id", example = "410482-szfb"),
                        @Parameter(name = "year", in = ParameterIn.PATH, required = true,
                                description = "The year the report is about", example = "2024"),
                        @Parameter(name = "validation", in = ParameterIn.QUERY,
                                description = "strict (default) refuses a report that breaks an arithmetic rule; "
                                        + "lenient stores it with its violations",
                                schema = @Schema(enumeration = {"strict", "lenient"}, defaultValue = "strict")),
                        @Parameter(name = "format", in = ParameterIn.QUERY,
                                description = "The format, instead of Accept (see the operation)",
                                schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                        @Parameter(name = "If-Match", in = ParameterIn.HEADER,
                                description = "The current ETag of the report, to change an existing report",
                                example = "\"1\""),
                        @Parameter(name = "X-Change-Reason", in = ParameterIn.HEADER,
                                description = "Why this revision is made, kept with it and shown in the history: "
                                        + "up to 500 characters, percent-encoded UTF-8 where not ASCII",
                                example = "%E6%9B%B4%E6%AD%A3%E8%A1%8C%E6%94%BF%E8%AE%B8%E5%8F%AF%E6%95%B0"),
                        @Parameter(name = "Idempotency-Key", in = ParameterIn.HEADER,
                                description = "A key of your choosing; a retry with the same key gets the first answer",
                                example = "9f1c2d7e-5b8a-4c61-a0d3-2e7f4b9c8a10")
                },
                responses = {
                        @APIResponse(name = "BadRequest", responseCode = "400",
                                description = "/problems/malformed-json: the body is not well-formed JSON (detail "
                                        + "says where it breaks). /problems/invalid-parameter: a query parameter or "
                                        + "header is not acceptable (errors[].parameter). /problems/malformed-multipart: "
                                        + "a multipart body cut short, or without a boundary that matches its "
                                        + "Content-Type. /problems/request-incomplete: the connection closed "
                                        + "before the whole body arrived.",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "InvalidParameter", responseCode = "400",
                                description = "A query parameter or header is not acceptable (/problems/invalid-parameter)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Unauthorized", responseCode = "401",
                                description = "No bearer token, or one that is expired, not signed by the issuer's "
                                        + "key, or of another issuer",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Forbidden", responseCode = "403",
                                description = "The token's role does not allow this, or the report is outside its reach "
                                        + "as sent or as stored, or a text names an agency other than the submitter's "
                                        + "(/problems/forbidden; also when such a report does not exist, so that the "
                                        + "answer does not tell)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "NotFound", responseCode = "404",
                                description = "No such report, revision or agency (/problems/not-found)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Conflict", responseCode = "409",
                                description = "The revision records a withdrawal: nothing to decide on "
                                        + "(/problems/not-reviewable)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "PreconditionFailed", responseCode = "412",
                                description = "If-Match does not name the current revision (/problems/precondition-failed)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "PayloadTooLarge", responseCode = "413",
                                description = "The body is over the configured limit, or a multipart body has more "
                                        + "than 1,000 parts (/problems/payload-too-large)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "UnsupportedMediaType", responseCode = "415",
                                description = "The body is not of a content type this operation takes; "
                                        + "/problems/unsupported-media-type when the Content-Type is not a media type "
                                        + "at all (invalid, empty)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "Unprocessable", responseCode = "422",
                                description = "/problems/invalid-report: fields missing, of the wrong type, unknown or "
                                        + "out of range, each named by JSON pointer in errors; also numbers of more "
                                        + "than 64 characters, 20 decimals or 20 digits before the point, and strings "
                                        + "with a NUL or half a surrogate pair. "
                                        + "/problems/rule-violations: in strict mode, every broken arithmetic rule "
                                        + "in violations. /problems/idempotency-key-reused: the key was used for a "
                                        + "different request. For text/plain also /problems/unreadable-text: not "
                                        + "such a report, cells cannot be read, or it holds several reports "
                                        + "(missing[]: section, item and cells of each; unreadCells[]: the JSON "
                                        + "pointer of every number left unread; report: what was read, each unread "
                                        + "number null, to fix and submit as JSON); /problems/region-undetermined: "
                                        + "the agency's name matches several regions or none (candidates[]): give "
                                        + "regionCode. For a PDF, Word file or web page also "
                                        + "/problems/unreadable-document: its text cannot be had (reason: SCANNED, "
                                        + "ENCRYPTED, DAMAGED, TRUNCATED, NOT_THIS_FORMAT, UNSUPPORTED, UNSAFE_NAME). "
                                        + "/problems/agency-not-active: the roster says the agency did "
                                        + "not exist in the report's year (activeFrom, activeTo). "
                                        + "/problems/invalid-agency: a roster entry or CSV line that is wrong "
                                        + "(errors[]: line, pointer). /problems/invalid-review: a decision that is "
                                        + "wrong (errors[].pointer).",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "PreconditionRequired", responseCode = "428",
                                description = "Changing an existing report needs If-Match (/problems/precondition-required)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "NotAcceptable", responseCode = "406",
                                description = "None of the media types Accept asks for is available "
                                        + "(/problems/not-acceptable)",
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class))),
                        @APIResponse(name = "ServiceUnavailable", responseCode = "503",
                                description = "The service is busy (more requests, or more bytes of request bodies, in flight than it takes at once; "
                                        + "a document whose turn to be read did not come in time) or its database is "
                                        + "unreachable (/problems/service-unavailable); send the request again after "
                                        + "Retry-After seconds",
                                headers = @org.eclipse.microprofile.openapi.annotations.headers.Header(
                                        name = "Retry-After", description = "Seconds to wait",
                                        schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER)),
                                content = @Content(mediaType = "application/problem+json",
                                        schema = @Schema(implementation = ProblemDetail.class)))
                }))
public class ReportServiceApplication extends Application {
}
