package gov.disclosure.reports.storage;

import gov.disclosure.roster.AgencyKind;
import gov.disclosure.roster.RosterEntry;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.jpa.HibernateHints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

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

    /** One page of a search, and how many matched in all. */
    public record Found(List<RosterAgency> agencies, long total) {
    }

    /** One agency as the roster's CSV shows it. */
    public record Listed(String agencyId, String name, String regionCode, AgencyKind kind, String reportsTo,
                         LocalDate activeFrom, LocalDate activeTo) {
    }

    /** Rows a roster export holds at once. */
    private static final int EXPORT_FETCH_SIZE = 500;
    /** The list's order, pages and exports alike. */
    private static final String[] ORDER = {"regionCode", "name", "agencyId"};

    public static Found search(Search search, int page, int size) {
        Parameters parameters = new Parameters();
        var query = RosterAgency.<RosterAgency>find(conditions(search, parameters), Sort.by(ORDER), parameters);
        if (Pages.beyondAnyRow(page, size)) {
            return new Found(List.of(), query.count());
        }
        return new Found(query.page(Page.of(page, size)).list(), query.count());
    }

    /**
     * Hands every agency the search finds to {@code each}, in the list's order, read through a cursor
     * {@value #EXPORT_FETCH_SIZE} at a time and as scalars, so that neither memory nor the persistence context holds
     * the roster (a country's is some hundred thousand agencies). Runs in a transaction of its own (a cursor needs
     * one).
     */
    public static void forEach(Search search, Consumer<Listed> each) {
        Parameters parameters = new Parameters();
        String conditions = conditions(search, parameters);
        String hql = "select new " + Listed.class.getName() + "(agencyId, name, regionCode, kind, reportsTo, activeFrom,"
                + " activeTo) from RosterAgency" + (conditions.isEmpty() ? "" : " where " + conditions)
                + " order by " + String.join(", ", ORDER);
        QuarkusTransaction.requiringNew().run(() -> {
            var query = getEntityManager().createQuery(hql, Listed.class)
                    .setHint(HibernateHints.HINT_FETCH_SIZE, EXPORT_FETCH_SIZE)
                    .setHint(HibernateHints.HINT_READ_ONLY, true);
            parameters.map().forEach(query::setParameter);
            try (var agencies = query.getResultStream()) {
                agencies.forEach(each);
            }
        });
    }

    /** The search's conditions (empty for none), its parameters added to {@code parameters}. */
    private static String conditions(Search search, Parameters parameters) {
        List<String> conditions = new ArrayList<>();
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
        return String.join(" and ", conditions);
    }

    private static String like(String text) {
        return "%" + text.toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
