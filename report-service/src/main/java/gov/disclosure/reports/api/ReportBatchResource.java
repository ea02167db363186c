package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.reports.batch.BatchImport;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.published.PublishedFile;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

@Path("/api/v1/reports/batch")
@Tag(name = "Reports")
public class ReportBatchResource {

    private final BatchImport batch;
    private final CurrentCaller caller;

    public ReportBatchResource(BatchImport batch, CurrentCaller caller) {
        this.batch = batch;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Load many published texts at once",
            description = "Each file (form field `file`, any number of them: text, PDF, Word or a saved web page, "
                    + "told by the part's Content-Type or else by the name's ending) is read and stored as a single "
                    + "submission would be, on its own: the answer says for each what was stored, and for each text "
                    + "refused the problem a single submission gets (unreadable rows, an undetermined region, broken "
                    + "rules in strict mode, a report that exists with other content). Submit a refused text on its "
                    + "own with regionCode, agencyId or If-Match as the problem says. A file that begins with a byte "
                    + "order mark (UTF-8, UTF-16) is read in the encoding it names; one without a charset as UTF-8, "
                    + "or as GB18030 (GBK) when it is not UTF-8.")
    @APIResponse(responseCode = "200", description = "What became of each file, in the order sent",
            content = @Content(schema = @Schema(implementation = BatchFileResults.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public BatchFileResults load(@RestForm("file") List<FileUpload> files,
                            @Parameter(ref = "validation") @QueryParam("validation") String validation,
                            @Parameter(description = "true: read and check only, store nothing",
                                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                            @QueryParam("dryRun") String dryRun) {
        var mode = WriteParameters.mode(validation);
        QueryParameters parameters = new QueryParameters();
        boolean onlyCheck = parameters.bool("dryRun", dryRun, false);
        parameters.complete();
        return BatchFileResults.of(batch.load(published(files),
                caller.get(), mode, onlyCheck));
    }

    /** The uploaded parts as published files: at least one, or the request is refused naming the form field. */
    static List<PublishedFile> published(List<FileUpload> files) {
        if (files == null || files.isEmpty()) {
            throw InvalidParametersException.of("file", "must be at least one file (form field file)");
        }
        return files.stream().map(ReportBatchResource::published).toList();
    }

    /** An uploaded part as a published file: its format from the part's Content-Type, else from its name. */
    static PublishedFile published(FileUpload file) {
        try {
            return new PublishedFile(file.fileName(), file.contentType(), Files.readAllBytes(file.uploadedFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the upload " + file.fileName(), e);
        }
    }
}
