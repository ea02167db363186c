package gov.disclosure.review;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reviewer's remark on a revision, optionally about one place of the report (a JSON pointer). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "A reviewer's remark, optionally about one place of the report.")
public record ReviewComment(
        @Schema(description = "JSON pointer of the place in the report, if the remark is about one",
                examples = "/applications/outcomes/total/naturalPerson") String pointer,
        @Schema(examples = "总计与各项之和不符，请核对") String text) {
}
