package gov.disclosure.reports.submission;

import gov.disclosure.reports.parsing.TemplateFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** How a report submitted as published text was read. Absent for reports submitted as JSON. */
@Schema(description = "How a report submitted as published text was read.")
public record ReportSource(
        @Schema(description = "The template the text follows: FORMAT_2021 (国办公开办函〔2021〕30号) or FORMAT_2019 "
                + "(国办公开办函〔2019〕60号, mapped onto the canonical JSON)") TemplateFormat format,
        @Schema(description = "Decisions taken in reading it (empty cells, items of the 2019 format mapped, ...)")
        List<String> notes) {
}
