package gov.disclosure.reports.batch;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import gov.disclosure.reports.parsing.TemplateFormat;

import java.util.Map;
import java.util.UUID;

/**
 * What became of one file of a batch (import jobs keep it as JSON; rows written before it lost its HTTP status
 * still have a {@code status}, ignored: a refusal's status is its problem's).
 *
 * @param outcome        STORED: a new report; UNCHANGED: already stored with this content; CHECKED: read and checked
 *                       (dry run); REFUSED: see problem
 * @param violationCount how many arithmetic rules the report breaks
 * @param problem        why it was refused: the problem detail a single submission gets (RFC 9457)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BatchItem(String file, Outcome outcome, UUID reportId, String agencyId, String agencyName,
                        String regionCode, Integer year, Integer revision, TemplateFormat format,
                        Integer violationCount, Map<String, Object> problem) {

    public enum Outcome { STORED, UNCHANGED, CHECKED, REFUSED }

    /** The status of the problem a refused file got; null for a file not refused. */
    public Integer problemStatus() {
        return problem == null ? null : ((Number) problem.get("status")).intValue();
    }

    /** Refused for no fault of the file (the database went away mid-way, a bug): worth reading again. */
    public boolean failedUnexpectedly() {
        Integer status = problemStatus();
        return status != null && status >= 500;
    }
}
