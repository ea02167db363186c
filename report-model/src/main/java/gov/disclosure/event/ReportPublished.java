package gov.disclosure.event;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import gov.disclosure.report.ReportStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The payload of a {@code report-published} event: one stored revision of a report (a new report, a revision, or
 * a withdrawal), with every number of the report keyed by its flat name. Described for other consumers by
 * {@code openapi/report-published.schema.json}.
 *
 * @param time           when the revision was stored
 * @param violationCount how many arithmetic rules the report breaks (it was kept in lenient mode if not 0)
 * @param numbers        every number of the report (of the withdrawn report, for a withdrawal)
 * @param publishedOn    when the report was published: as it says, else the day the service first accepted it
 *                       (absent from events of earlier versions)
 */
public record ReportPublished(
        UUID reportId,
        String agencyId,
        String agencyName,
        String regionCode,
        int year,
        int revision,
        ReportStatus status,
        Instant time,
        int violationCount,
        @JsonDeserialize(using = NumbersInCatalogueOrder.class) Map<String, BigDecimal> numbers,
        LocalDate publishedOn) {

    /** The Kafka topic; events are keyed by agency id, so that an agency's revisions stay in order. */
    public static final String TOPIC = "report-published";

    /** The CloudEvents {@code type} of these events. */
    public static final String TYPE = "gov.disclosure.report-published";

    /** The CloudEvents {@code dataschema}: the version of this payload's schema. */
    public static final String DATA_SCHEMA = "urn:gov-disclosure:schema:report-published:1";
}
