package gov.disclosure.roster;

import gov.disclosure.event.EventJson;
import gov.disclosure.event.UnreadableEventException;
import gov.disclosure.region.Regions;
import gov.disclosure.report.Agency;

import java.util.ArrayList;
import java.util.List;

/** Writes and reads {@code agency-roster} payloads; a tolerant reader that still refuses what makes no sense. */
public final class RosterEntryCodec {

    private final Regions regions;

    public RosterEntryCodec(Regions regions) {
        this.regions = regions;
    }

    public static String write(RosterEntry entry) {
        return EventJson.write(entry);
    }

    /** @throws UnreadableEventException naming every reason the payload cannot be applied */
    public RosterEntry read(String json) {
        RosterEntry entry = EventJson.read(json, RosterEntry.class, "agency-roster");
        List<String> problems = new ArrayList<>();
        if (!Agency.isId(entry.agencyId())) {
            problems.add("agencyId is missing or not an agency id");
        }
        if (entry.name() == null || entry.name().isBlank()) {
            problems.add("name is missing");
        }
        if (!regions.contains(entry.regionCode())) {
            problems.add("unknown region " + entry.regionCode());
        }
        if (entry.kind() == null) {
            problems.add("kind is missing");
        }
        if (entry.version() < 1) {
            problems.add("version must be at least 1");
        }
        if (entry.activeFrom() != null && entry.activeTo() != null && entry.activeTo().isBefore(entry.activeFrom())) {
            problems.add("activeTo is before activeFrom");
        }
        if (!problems.isEmpty()) {
            throw new UnreadableEventException(String.join("; ", problems));
        }
        return entry;
    }
}
