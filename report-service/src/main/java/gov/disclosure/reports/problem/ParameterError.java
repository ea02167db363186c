package gov.disclosure.reports.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why one query parameter or header is not acceptable. */
@Schema(description = "One query parameter or header that is not acceptable.")
public record ParameterError(@Schema(examples = "size") String parameter,
                             @Schema(examples = "must be from 1 to 100") String detail) {
}
