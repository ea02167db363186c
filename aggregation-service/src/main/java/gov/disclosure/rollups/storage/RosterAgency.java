package gov.disclosure.rollups.storage;

import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** An agency of the roster, as the latest agency-roster event applied says. */
@Entity
@Table(name = "roster_agency")
public class RosterAgency extends PanacheEntityBase {

    @Id
    @Column(name = "agency_id")
    public String agencyId;

    @Column(nullable = false)
    public String name;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgencyKind kind;

    @Column(name = "reports_to")
    public String reportsTo;

    @Column(name = "active_from")
    public LocalDate activeFrom;

    @Column(name = "active_to")
    public LocalDate activeTo;

    @Column(nullable = false)
    public int version;

    @Column(name = "event_time", nullable = false)
    public Instant eventTime;

    @Column(name = "applied_at", nullable = false)
    public Instant appliedAt;

    /**
     * The agencies of these regions; every agency when {@code regionCodes} is null. Read as entries, not as managed
     * entities (a country's roster is some hundred thousand agencies, read at once for its completeness).
     */
    public static List<RosterEntry> inRegions(Collection<String> regionCodes) {
        var query = getEntityManager().createQuery("select new gov.disclosure.roster.RosterEntry(a.agencyId, a.name,"
                + " a.regionCode, a.kind, a.reportsTo, a.activeFrom, a.activeTo, a.version, a.eventTime)"
                + " from RosterAgency a" + (regionCodes == null ? "" : " where a.regionCode in :codes"), RosterEntry.class);
        if (regionCodes != null) {
            query.setParameter("codes", regionCodes);
        }
        return query.getResultList();
    }

    /** Which of these agencies are on the roster. */
    public static Set<String> rostered(Collection<String> agencyIds) {
        Set<String> found = new HashSet<>();
        List<String> ids = new ArrayList<>(agencyIds);
        for (int start = 0; start < ids.size(); start += 1000) {
            found.addAll(getEntityManager()
                    .createQuery("select a.agencyId from RosterAgency a where a.agencyId in :ids", String.class)
                    .setParameter("ids", ids.subList(start, Math.min(ids.size(), start + 1000)))
                    .getResultList());
        }
        return found;
    }

    public void record(RosterEntry entry, Instant now) {
        agencyId = entry.agencyId();
        name = entry.name();
        regionCode = entry.regionCode();
        kind = entry.kind();
        reportsTo = entry.reportsTo();
        activeFrom = entry.activeFrom();
        activeTo = entry.activeTo();
        version = entry.version();
        eventTime = entry.time();
        appliedAt = now;
    }
}
