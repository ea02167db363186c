package gov.disclosure.report;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.OptBoolean;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;

/**
 * An agency's 政府信息公开工作年度报告 in the canonical JSON of the spec: the one shape the API accepts and returns.
 * A report is identified by its agency's id and its year.
 */
@Schema(description = "An annual government-information-disclosure report in its canonical JSON.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnnualReport(
        @NotNull(message = "is missing") @Valid Agency agency,
        @Schema(description = "6-digit administrative division code (GB/T 2260) of the agency's region; 000000 for the country.",
                examples = "410482")
        @NotNull(message = "is missing") @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String regionCode,
        @Schema(examples = "2024")
        @NotNull(message = "is missing") Integer year,
        @Valid Narrative narrative,
        @NotNull(message = "is missing") @Valid ProactiveDisclosure proactiveDisclosure,
        @NotNull(message = "is missing") @Valid Applications applications,
        @NotNull(message = "is missing") @Valid ReviewAndLitigation reviewAndLitigation,
        @Schema(description = "When the report was published (发布时间, or the date under its signature), if it says; "
                + "otherwise the service takes the day it first accepted the report", examples = "2025-01-20")
        @JsonFormat(shape = JsonFormat.Shape.STRING, lenient = OptBoolean.FALSE) LocalDate publishedOn) {

    /**
     * The first year whose reports have the national tables that this report holds: 2019, the year the 2019 format
     * (国办公开办函〔2019〕60号) was first due. Reports for 2008 to 2018 had no national tables.
     */
    public static final int FIRST_YEAR = 2019;

    /** The national format a year's report follows, as the circular that set it out. */
    public static String formatOf(int year) {
        return year <= ReportTemplate.Format2019.LAST_YEAR
                ? "the 2019 format (国办公开办函〔2019〕60号), read onto the 2021 template"
                : "the 2021 template (国办公开办函〔2021〕30号)";
    }

    /** A report that does not say when it was published. */
    public AnnualReport(Agency agency, String regionCode, Integer year, Narrative narrative,
                        ProactiveDisclosure proactiveDisclosure, Applications applications,
                        ReviewAndLitigation reviewAndLitigation) {
        this(agency, regionCode, year, narrative, proactiveDisclosure, applications, reviewAndLitigation, null);
    }
}
