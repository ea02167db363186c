package gov.disclosure.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The agency that publishes the report. */
public record Agency(
        @Schema(description = "Chosen by the agency's system; stable across years. Letters, digits, '.', '_' and '-'.",
                examples = "410482-szfb")
        @NotNull(message = "is missing")
        @Pattern(regexp = Agency.ID_PATTERN, message = "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit")
        String id,
        @Schema(examples = "汝州市人民政府办公室")
        @NotBlank(message = "is missing")
        @Size(max = Agency.MAX_NAME_LENGTH, message = "must be at most {max} characters")
        String name) {

    public static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile(ID_PATTERN);
    public static final int MAX_NAME_LENGTH = 200;

    /** Whether an agency can have this id; none (null), and none with a NUL or a slash, which is never looked up. */
    public static boolean isId(String id) {
        return id != null && ID.matcher(id).matches();
    }
}
