package gov.disclosure.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;

/** The report's prose: sections 一, 五 and 六. Optional, and so is each part. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Narrative(
        @Size(max = Narrative.MAX_LENGTH, message = "must be at most {max} characters") String overview,
        @Size(max = Narrative.MAX_LENGTH, message = "must be at most {max} characters") String problems,
        @Size(max = Narrative.MAX_LENGTH, message = "must be at most {max} characters") String otherMatters) {

    public static final int MAX_LENGTH = 100_000;
}
