package gov.disclosure.reports.api;

import gov.disclosure.access.Role;
import gov.disclosure.reports.importjobs.ImportJobView;
import gov.disclosure.reports.importjobs.ImportJobs;
import gov.disclosure.access.CurrentCaller;
import gov.disclosure.reports.storage.ReportNotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Path("/api/v1/imports")
@Tag(name = "Imports", description = "Load many published files in the background, and follow the job")
@Produces(MediaType.APPLICATION_JSON)
public class ImportsResource {

    private static final String PATH = "/api/v1/imports/";

    private final ImportJobs jobs;
    private final CurrentCaller caller;

    public ImportsResource(ImportJobs jobs, CurrentCaller caller) {
        this.jobs = jobs;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Start an import job",
            description = "The files (form field `file`, any number: texts, PDFs, Word files, saved web pages; or zip "
                    + "archives of them) are kept and read in the background, each as a batch reads its files, with "
                    + "the caller's reach: stored, unchanged, or refused with the problem a single submission gets. "
                    + "A zip's entries are files of the job; an entry that is an archive, has a name climbing out of "
                    + "the archive (../, /, C:) or is of no format read is refused on its own, and past "
                    + "reports.imports.max-unpacked-size or max-files the rest of the archive is refused (zip bombs). "
                    + "The job survives a restart of the service and no file is stored twice.")
    @APIResponse(responseCode = "202", description = "The job, as it starts; follow Location",
            headers = @Header(name = "Location", description = "The job", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(ref = "BadRequest", responseCode = "400")
    @APIResponse(ref = "PayloadTooLarge", responseCode = "413")
    @APIResponse(ref = "UnsupportedMediaType", responseCode = "415")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public Response start(@RestForm("file") List<FileUpload> files,
                          @Parameter(ref = "validation") @QueryParam("validation") String validation) {
        var mode = WriteParameters.mode(validation);
        var incoming = jobs.unpack(ReportBatchResource.published(files));
        ImportJobView job = jobs.create(caller.get(), mode, incoming);
        return Response.accepted(job).location(URI.create(PATH + job.id())).build();
    }

    @GET
    @Operation(summary = "List import jobs", description = "The caller's latest jobs (an admin's: everyone's), newest "
            + "first, without their refusals.")
    @APIResponse(responseCode = "200", description = "The jobs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ImportJobView.class)))
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public List<ImportJobView> list(@Parameter(description = "How many jobs, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20")) @QueryParam("size") String size) {
        QueryParameters parameters = new QueryParameters();
        Integer limit = parameters.integer("size", size, 1, 100, 20);
        parameters.complete();
        return jobs.list(caller.get(), limit);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Follow an import job", description = "Files done of total, stored, unchanged, refused "
            + "(each refusal with its problem), and the status: RUNNING, then DONE or CANCELLED.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public ImportJobView job(@Parameter(description = "The job's id") @PathParam("id") String id) {
        return jobs.view(jobId(id), caller.get());
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(summary = "Cancel an import job", description = "Files not yet read are skipped (the one being read "
            + "is finished); the job ends CANCELLED. A job that ended already stays as it is.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public ImportJobView cancel(@Parameter(description = "The job's id") @PathParam("id") String id) {
        return jobs.cancel(jobId(id), caller.get());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel an import job", description = "As POST …/cancel.")
    @APIResponse(responseCode = "200", description = "The job",
            content = @Content(schema = @Schema(implementation = ImportJobView.class)))
    @APIResponse(ref = "NotFound", responseCode = "404")
    @APIResponse(ref = "ServiceUnavailable", responseCode = "503")
    @RolesAllowed({Role.SUBMITTER, Role.ADMIN})
    public ImportJobView delete(@Parameter(description = "The job's id") @PathParam("id") String id) {
        return jobs.cancel(jobId(id), caller.get());
    }

    private static UUID jobId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new ReportNotFoundException("no import job " + id);
        }
    }
}
