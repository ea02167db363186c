package gov.disclosure.reports.validation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one field of a request is not acceptable (an item of a problem's {@code errors}, as in RFC 9457). */
@Schema(description = "One field of the request that is not acceptable.")
public record FieldError(
        @Schema(description = "JSON pointer of the field in the request body", examples = "/applications/newlyReceived/total")
        String pointer,
        @Schema(examples = "must not be negative") String detail) {
}
