package gov.disclosure.reports.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.access.Caller;
import gov.disclosure.access.Role;
import gov.disclosure.reports.bulk.BulkLine;
import gov.disclosure.reports.bulk.BulkResult;
import gov.disclosure.reports.bulk.BulkSubmissions;
import gov.disclosure.reports.operations.ReportMetrics;
import gov.disclosure.reports.problem.DomainProblems;
import gov.disclosure.reports.problem.ProblemType;
import gov.disclosure.reports.problem.Problems;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.submission.IfMatch;
import gov.disclosure.reports.submission.RevisionStore.Stored;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.util.List;

@Path("/api/v1/reports/bulk")
@Tag(name = "Reports")
public class ReportBulkResource {

    public static final String NDJSON = "application/x-ndjson";
    private static final URI INSTANCE = URI.create("/api/v1/reports/bulk");

    private final BulkBody body;
    private final BulkSubmissions bulk;
    private final CurrentCaller caller;
    private final ObjectMapper mapper;
    private final ReportMetrics metrics;

    public ReportBulkResource(BulkBody body, BulkSubmissions bulk, CurrentCaller caller, ObjectMapper mapper,
                              ReportMetrics metrics) {
        this.body = body;
        this.bulk = bulk;
        this.caller = caller;
        this.mapper = mapper;
        this.metrics = metrics;
    }

    @POST
    @Consumes(NDJSON)
    @Produces(NDJSON)
    @Operation(summary = "Submit many reports at once (backfill)",
            description = "NDJSON: one report per line, each exactly as `POST /api/v1/reports` takes it (canonical "
                    + "JSON), and stored by exactly its rules (validation, revisions, idempotency, the reach of "
                    + "your token over the report as sent and as stored, a report-published event for each "
                    + "revision). A line may instead carry what a single POST sends as headers: "
                    + "`{\"ifMatch\": \"3\", \"idempotencyKey\": \"…\", \"changeReason\": \"…\", \"report\": {…}}` "
                    + "(all but report optional; ifMatch as the If-Match header, e.g. `\"3\"` or `\"*\"`: needed to "
                    + "change an existing report; idempotencyKey is the same key as a single POST's "
                    + "Idempotency-Key). The answer streams one NDJSON line per line sent, in order, as the lines "
                    + "are stored: its line number, the status a single POST would get (201, 200, or 4xx with the "
                    + "problem it would get), the report's id and revision (the ETag). A line refused, malformed "
                    + "or too long, leaves the others alone. Lines are stored in order, so a later line sees an "
                    + "earlier one (a revision needs ifMatch naming the revision stored above it). Up to "
                    + "reports.bulk.max-lines lines (10,000), each at most reports.bulk.max-line-length (2 MB), a body "
                    + "of at most reports.bulk.max-body-size (32 MB); blank lines are skipped.")
    @RequestBody(required = true, content = @Content(mediaType = NDJSON,
            schema = @Schema(type = SchemaType.STRING,
                    description = "One report (or line of options, an option first) per line")))
    @APIResponse(responseCode = "200", description = "What became of each line, one NDJSON line each, in order",
            content = @Content(mediaType = NDJSON, schema = @Schema(implementation = BulkLineResult.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response submit(byte[] ndjson,
                           @Parameter(ref = "validation") @QueryParam("validation") String validation) {
        var mode = WriteParameters.mode(validation);
        new QueryParameters().complete();
        BulkBody.Lines lines = body.lines(ndjson == null ? new byte[0] : ndjson);
        Caller who = caller.get();
        String target = "POST /api/v1/reports " + mode;
        int chunk = bulk.chunkSize();
        StreamingOutput answer = output -> {
            for (int from = 0; from < lines.size(); from += chunk) {
                write(bulk.store(lines.read(from, from + chunk), who, mode, target), output);
            }
        };
        return Response.ok(answer, NDJSON).build();
    }

    private void write(List<BulkResult> results, OutputStream output) {
        try {
            for (BulkResult result : results) {
                output.write(mapper.writeValueAsBytes(line(result)));
                output.write('\n');
            }
            output.flush();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("the client went away", e);
        }
    }

    private BulkLineResult line(BulkResult result) {
        BulkLine line = result.line();
        Stored stored = result.stored();
        String agencyId = line.report() == null || line.report().agency() == null ? null : line.report().agency().id();
        Integer year = line.report() == null ? null : line.report().year();
        if (stored != null) {
            return new BulkLineResult(line.number(), ReportResponses.status(stored.outcome()), stored.outcome(),
                    stored.reportId(), agencyId, year, stored.revision().revision,
                    IfMatch.etag(stored.revision().revision), stored.revision().violationCount, null);
        }
        HttpProblem problem = problem(result.refusal());
        metrics.refused(ProblemType.slug(problem));
        return new BulkLineResult(line.number(), problem.getStatusCode(), null, null, agencyId, year, null, null,
                null, Problems.asMap(problem));
    }

    /** The problem a single POST gets; a line the database did not take now is 503, to be sent again. */
    private static HttpProblem problem(RuntimeException refusal) {
        HttpProblem.Builder problem = DomainProblems.of(refusal).orElseGet(() -> unavailable(refusal)
                ? HttpProblem.builder().withStatus(503).withTitle("Service Unavailable")
                .withDetail("the line could not be stored now; send it again")
                : HttpProblem.builder().withStatus(500).withTitle("Internal Server Error")
                .withDetail("the line could not be stored; the error is logged"));
        return problem.withInstance(INSTANCE).build();
    }

    private static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof java.sql.SQLException) {
                return true;
            }
        }
        return false;
    }
}
