package gov.disclosure.reports.submission;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.storage.Report;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * When a report was published: the date it states ({@code publishedOn}: 发布时间, or the date under the signature),
 * otherwise the day this service first accepted it, in the time zone the deadlines are kept in.
 */
@ApplicationScoped
public class PublicationDates {

    private final ZoneId zone;

    public PublicationDates(@ConfigProperty(name = "reports.time-zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.zone = zone;
    }

    public LocalDate of(AnnualReport report, Report stored) {
        return report.publishedOn() != null ? report.publishedOn() : day(stored.createdAt);
    }

    public LocalDate day(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public LocalDate today() {
        return day(Instant.now());
    }
}
