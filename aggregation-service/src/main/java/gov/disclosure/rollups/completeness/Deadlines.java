package gov.disclosure.rollups.completeness;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;
import gov.disclosure.roster.AgencyKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When an agency's report on a year is due: by kind, a day of the next year (departments 31 January, governments
 * 31 March), unless its region or a region above it was granted a later one for that year.
 */
public final class Deadlines {

    /** A later deadline for a region (and every region below it), a year, and some kinds (empty: all). */
    public record Extension(String regionCode, int year, Set<AgencyKind> kinds, LocalDate until) {
    }

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    private final Map<AgencyKind, MonthDay> days;
    private final List<Extension> extensions;
    private final Regions regions;

    public Deadlines(Map<AgencyKind, MonthDay> days, List<Extension> extensions, Regions regions) {
        for (AgencyKind kind : AgencyKind.values()) {
            if (!days.containsKey(kind)) {
                throw new IllegalArgumentException("no deadline for " + kind);
            }
        }
        for (Extension extension : extensions) {
            if (!regions.contains(extension.regionCode())) {
                throw new IllegalArgumentException("an extension names region " + extension.regionCode()
                        + ", which is not in the region table");
            }
        }
        this.days = new EnumMap<>(days);
        this.extensions = List.copyOf(extensions);
        this.regions = regions;
    }

    public static Deadlines of(CompletenessConfig config, Regions regions) {
        Map<AgencyKind, MonthDay> days = new EnumMap<>(AgencyKind.class);
        days.put(AgencyKind.GOVERNMENT, monthDay("government", config.deadlines().government()));
        days.put(AgencyKind.DEPARTMENT, monthDay("department", config.deadlines().department()));
        days.put(AgencyKind.TOWNSHIP, monthDay("township", config.deadlines().township()));
        days.put(AgencyKind.OTHER, monthDay("other", config.deadlines().other()));
        List<Extension> extensions = config.extensions().orElse(List.of()).stream()
                .map(extension -> new Extension(extension.regionCode(), extension.year(),
                        Set.copyOf(extension.kinds().orElse(List.of())), extension.until()))
                .toList();
        return new Deadlines(days, extensions, regions);
    }

    public LocalDate of(AgencyKind kind, String regionCode, int year) {
        LocalDate deadline = days.get(kind).atYear(year + 1);
        List<String> above = regions.selfAndAncestors(regionCode).stream().map(Region::code).toList();
        for (Extension extension : extensions) {
            if (extension.year() == year && above.contains(extension.regionCode())
                    && (extension.kinds().isEmpty() || extension.kinds().contains(kind))
                    && extension.until().isAfter(deadline)) {
                deadline = extension.until();
            }
        }
        return deadline;
    }

    private static MonthDay monthDay(String kind, String value) {
        try {
            return MonthDay.parse(value.trim(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("completeness.deadlines." + kind + "=" + value
                    + " is not a month and day, MM-DD (01-31)", e);
        }
    }
}
