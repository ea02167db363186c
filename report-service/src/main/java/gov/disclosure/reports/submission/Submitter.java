package gov.disclosure.reports.submission;

import gov.disclosure.access.Caller;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** Who stored a revision, as its token said. */
@Schema(description = "Who stored a revision, as its token said.")
public record Submitter(
        @Schema(description = "The token's subject", examples = "system-410482-szfb") String subject,
        @Schema(description = "The agencies the token acts for") List<String> agencyIds) {

    public static Submitter of(Caller caller) {
        return new Submitter(caller.subject(), caller.agencyIds().stream().sorted().toList());
    }
}
