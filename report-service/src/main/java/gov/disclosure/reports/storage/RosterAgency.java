package gov.disclosure.reports.storage;

import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
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
import java.util.List;
import java.util.Optional;

/** An agency on the roster, as it now stands. Written by {@code roster.Roster} only. */
@Entity
@Table(name = "roster_agency")
public class RosterAgency extends PanacheEntityBase {

    @Id
    @Column(name = "agency_id")
    public String agencyId;

    @Column(nullable = false)
    public String name;

    /** The name without its place, for searching. */
    @Column(name = "short_name", nullable = false)
    public String shortName;

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

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public static Optional<RosterAgency> find(String agencyId) {
        return findByIdOptional(agencyId);
    }

    public RosterEntry entry() {
        return new RosterEntry(agencyId, name, regionCode, kind, reportsTo, activeFrom, activeTo, version, updatedAt);
    }

    /**
     * What a roster search asks: agencies of these regions (null: any), of these ids (null: any), whose name holds
     * {@code name} or whose name without its place holds {@code shortName} (null: any name).
     */
    public record Search(Collection<String> regionCodes, Collection<String> agencyIds, String name, String shortName,
                         AgencyKind kind) {
    }

    /** One page of a search (every match when {@code size} is 0), and how many matched in all. */
    public record Found(List<RosterAgency> agencies, long total) {
    }

    public static Found search(Search search, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (search.regionCodes() != null) {
            conditions.add("regionCode in :regionCodes");
            parameters.and("regionCodes", search.regionCodes().isEmpty() ? List.of("") : search.regionCodes());
        }
        if (search.agencyIds() != null) {
            conditions.add("agencyId in :agencyIds");
            parameters.and("agencyIds", search.agencyIds().isEmpty() ? List.of("") : search.agencyIds());
        }
        if (search.name() != null) {
            conditions.add("(lower(name) like :name escape '\\' or lower(shortName) like :shortName escape '\\')");
            parameters.and("name", like(search.name())).and("shortName", like(search.shortName()));
        }
        if (search.kind() != null) {
            conditions.add("kind = :kind");
            parameters.and("kind", search.kind());
        }
        Sort order = Sort.by("regionCode").and("name").and("agencyId");
        var query = RosterAgency.<RosterAgency>find(String.join(" and ", conditions), order, parameters);
        if (size == 0) {
            List<RosterAgency> all = query.list();
            return new Found(all, all.size());
        }
        return new Found(query.page(Page.of(page, size)).list(), query.count());
    }

    private static String like(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
