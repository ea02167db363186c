package gov.disclosure.reports.roster;

import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.access.Caller;
import gov.disclosure.region.Regions;
import gov.disclosure.json.JsonBounds;
import gov.disclosure.report.Agency;
import gov.disclosure.reports.events.ReportEvents;
import gov.disclosure.reports.security.RosterAccess;
import gov.disclosure.reports.storage.RosterAgency;
import gov.disclosure.roster.AgencyKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The roster of agencies that must report. Every change is stored with its {@code agency-roster} event in one
 * transaction; a change that changes nothing stores nothing and publishes nothing.
 */
@ApplicationScoped
public class Roster {

    public static final String DAY_EXPECTED = "must be a date, YYYY-MM-DD";
    private static final Pattern FOUR_DIGIT_YEAR_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** What a write did: 201 for a new agency, 200 otherwise; {@code changed} false when it already said this. */
    public record Written(int status, boolean changed, RosterAgency agency) {
    }

    /** What an import did, line by line counted. */
    public record Imported(int created, int updated, int unchanged) {
    }

    private final EntityManager entityManager;
    private final Regions regions;
    private final AgencyNames names;
    private final RosterAccess access;
    private final ReportEvents events;

    public Roster(EntityManager entityManager, Regions regions, RosterAccess access, ReportEvents events) {
        this.entityManager = entityManager;
        this.regions = regions;
        this.names = new AgencyNames(regions);
        this.access = access;
        this.events = events;
    }

    public AgencyNames names() {
        return names;
    }

    @Transactional
    public Written put(String agencyId, AgencyInput input, Caller caller) {
        List<AgencyError> errors = new ArrayList<>();
        AgencyChange change = read(input, errors);
        validate(agencyId, change, null, Set.of(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidAgencyException(sorted(errors));
        }
        RosterAgency stored = lockedStored(agencyId);
        access.requireWrite(caller, agencyId, change.regionCode(), stored);
        return write(agencyId, change, stored, caller);
    }

    /** Sets the last day the agency existed; it stays on the roster for the years it did. */
    @Transactional
    public Written retire(String agencyId, LocalDate activeTo, Caller caller) {
        RosterAgency stored = lockedStored(agencyId);
        access.requireWrite(caller, agencyId, null, stored);
        if (stored == null) {
            throw new gov.disclosure.reports.storage.ReportNotFoundException("no agency " + agencyId + " on the roster");
        }
        if (stored.activeFrom != null && activeTo.isBefore(stored.activeFrom)) {
            throw new InvalidAgencyException(List.of(new AgencyError(null, "/activeTo",
                    "must not be before activeFrom " + stored.activeFrom)));
        }
        return write(agencyId, new AgencyChange(stored.name, stored.regionCode, stored.kind, stored.reportsTo,
                stored.activeFrom, activeTo), stored, caller);
    }

    /**
     * Puts every line of a CSV on the roster, or none: every line is checked first, and all of them must be within
     * the caller's reach (and within {@code regionCode}, when given). Agencies not in the CSV are left as they are.
     */
    @Transactional
    public Imported importCsv(String csv, String regionCode, Caller caller) {
        List<RosterCsv.Line> lines = RosterCsv.read(csv);
        List<AgencyError> errors = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        List<AgencyInput> inputs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RosterCsv.Line line : lines) {
            String id = line.cell("agencyId");
            if (id != null && !seen.add(id)) {
                errors.add(new AgencyError(line.number(), "/agencyId", "is on an earlier line too"));
            }
            ids.add(id);
            inputs.add(new AgencyInput(line.cell("name"), line.cell("regionCode"), line.cell("kind"),
                    line.cell("reportsTo"), line.cell("activeFrom"), line.cell("activeTo")));
        }
        List<AgencyChange> changes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int number = lines.get(i).number();
            List<AgencyError> lineErrors = new ArrayList<>();
            AgencyChange change = read(inputs.get(i), lineErrors);
            validate(ids.get(i), change, regionCode, seen, lineErrors);
            lineErrors.forEach(error -> errors.add(new AgencyError(number, error.pointer(), error.detail())));
            changes.add(change);
        }
        if (!errors.isEmpty()) {
            throw new InvalidAgencyException(sorted(errors));
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (int i = 0; i < lines.size(); i++) {
            RosterAgency stored = lockedStored(ids.get(i));
            access.requireWrite(caller, ids.get(i), changes.get(i).regionCode(), stored);
            Written written = write(ids.get(i), changes.get(i), stored, caller);
            if (written.status() == 201) {
                created++;
            } else if (written.changed()) {
                updated++;
            } else {
                unchanged++;
            }
        }
        return new Imported(created, updated, unchanged);
    }

    public RosterAgency.Found search(Collection<String> regionCodes, String text, AgencyKind kind, Caller caller,
                                     int page, int size) {
        return RosterAgency.search(search(regionCodes, text, kind, caller), page, size);
    }

    /** The search as the caller may make it: narrowed to the regions and agencies they reach. */
    public RosterAgency.Search search(Collection<String> regionCodes, String text, AgencyKind kind, Caller caller) {
        String name = text == null ? null : AgencyNames.clean(text);
        String shortName = text == null ? null : names.withoutAnyPlace(text);
        return new RosterAgency.Search(access.regions(caller, regionCodes), access.agencies(caller), name, shortName,
                kind);
    }

    /** Hands every agency a search finds to {@code each}, streamed from the database ({@link RosterAgency#forEach}). */
    public void export(RosterAgency.Search search, Consumer<RosterAgency.Listed> each) {
        RosterAgency.forEach(search, each);
    }

    public RosterAgency find(String agencyId, Caller caller) {
        return access.requireRead(caller, Agency.isId(agencyId) ? RosterAgency.find(agencyId).orElse(null) : null,
                agencyId);
    }

    /** The agency as stored, locked until the transaction ends; none, and nothing locked, for an id no agency has. */
    private RosterAgency lockedStored(String agencyId) {
        if (!Agency.isId(agencyId)) {
            return null;
        }
        lock(agencyId);
        return RosterAgency.find(agencyId).orElse(null);
    }

    private Written write(String agencyId, AgencyChange input, RosterAgency stored, Caller caller) {
        String name = input.name().strip();
        if (stored != null && same(stored, name, input)) {
            return new Written(200, false, stored);
        }
        RosterAgency agency = stored != null ? stored : new RosterAgency();
        agency.agencyId = agencyId;
        agency.name = name;
        agency.shortName = names.withoutPlace(name, input.regionCode());
        agency.regionCode = input.regionCode();
        agency.kind = input.kind();
        agency.reportsTo = input.reportsTo();
        agency.activeFrom = input.activeFrom();
        agency.activeTo = input.activeTo();
        agency.version = stored == null ? 1 : stored.version + 1;
        agency.updatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        agency.updatedBy = caller.subject();
        if (stored == null) {
            agency.persist();
        }
        events.rostered(agency.entry());
        return new Written(stored == null ? 201 : 200, true, agency);
    }

    private static boolean same(RosterAgency stored, String name, AgencyChange input) {
        return stored.name.equals(name) && stored.regionCode.equals(input.regionCode()) && stored.kind == input.kind()
                && Objects.equals(stored.reportsTo, input.reportsTo())
                && Objects.equals(stored.activeFrom, input.activeFrom())
                && Objects.equals(stored.activeTo, input.activeTo());
    }

    /** @param importing the agency ids of the import this agency is part of (they may report to each other) */
    private void validate(String agencyId, AgencyChange input, String withinRegion, Set<String> importing,
                          List<AgencyError> errors) {
        if (!Agency.isId(agencyId)) {
            errors.add(new AgencyError(null, "/agencyId",
                    "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (input == null) {
            return;
        }
        if (input.name() == null || input.name().isBlank() || input.name().length() > Agency.MAX_NAME_LENGTH) {
            errors.add(new AgencyError(null, "/name", "must be the agency's name, 1 to %d characters"
                    .formatted(Agency.MAX_NAME_LENGTH)));
        } else {
            JsonBounds.textProblem(input.name()).ifPresent(problem -> errors.add(new AgencyError(null, "/name", problem)));
        }
        if (!regions.contains(input.regionCode())) {
            errors.add(new AgencyError(null, "/regionCode", "must be a region code of the region table, or 000000"));
        } else if (withinRegion != null && regions.selfAndAncestors(input.regionCode()).stream()
                .noneMatch(region -> region.code().equals(withinRegion))) {
            errors.add(new AgencyError(null, "/regionCode", "must be " + withinRegion + " or a region below it"));
        }
        if (input.reportsTo() != null && (input.reportsTo().equals(agencyId) || !Agency.isId(input.reportsTo())
                || !importing.contains(input.reportsTo()) && RosterAgency.find(input.reportsTo()).isEmpty())) {
            errors.add(new AgencyError(null, "/reportsTo", "must be the id of another agency on the roster"));
        }
        if (input.activeFrom() != null && input.activeTo() != null && input.activeTo().isBefore(input.activeFrom())) {
            errors.add(new AgencyError(null, "/activeTo", "must not be before activeFrom"));
        }
    }

    /** The agency as sent, read: a kind or a date that cannot be read is an error, and is left out. */
    private static AgencyChange read(AgencyInput input, List<AgencyError> errors) {
        if (input == null) {
            errors.add(new AgencyError(null, "", "the body must be an agency (a JSON object)"));
            return null;
        }
        AgencyKind kind = null;
        try {
            kind = input.kind() == null ? null : AgencyKind.valueOf(input.kind().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            errors.add(new AgencyError(null, "/kind", "must be one of " + List.of(AgencyKind.values())));
        }
        return new AgencyChange(input.name(), input.regionCode(), kind, blankToNull(input.reportsTo()),
                date("/activeFrom", input.activeFrom(), errors), date("/activeTo", input.activeTo(), errors));
    }

    private static LocalDate date(String pointer, String value, List<AgencyError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<LocalDate> day = day(value);
        if (day.isEmpty()) {
            errors.add(new AgencyError(null, pointer, DAY_EXPECTED));
        }
        return day.orElse(null);
    }

    /**
     * A day as the roster takes it: YYYY-MM-DD, a year of four digits. ISO's wider years (+10000, -0001) are not
     * a roster's days, and PostgreSQL's dates end before the largest of them.
     */
    public static Optional<LocalDate> day(String value) {
        String day = value.strip();
        if (!FOUR_DIGIT_YEAR_DAY.matcher(day).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** By line, then in the order of the fields. */
    private static List<AgencyError> sorted(List<AgencyError> errors) {
        List<String> order = List.of("", "/agencyId", "/name", "/regionCode", "/kind", "/reportsTo", "/activeFrom",
                "/activeTo");
        List<AgencyError> sorted = new ArrayList<>(errors);
        sorted.sort(java.util.Comparator.comparing((AgencyError error) -> error.line() == null ? 0 : error.line())
                .thenComparing(error -> order.indexOf(error.pointer())));
        return sorted;
    }

    private void lock(String agencyId) {
        entityManager.createNativeQuery("select cast(pg_advisory_xact_lock(hashtext(?1)) as varchar)")
                .setParameter(1, "roster " + agencyId)
                .getSingleResult();
    }
}
