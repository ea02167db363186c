package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The sums of one region, year, scope and variant, as stored. Written only by {@link RollupStore}. */
@Entity
@Immutable
@Table(name = "rollup")
@IdClass(Rollup.Key.class)
public class Rollup extends PanacheEntityBase {

    public record Key(String regionCode, int year, Scope scope, Basis basis, boolean excludesViolations)
            implements Serializable {
        public Key() {
            this(null, 0, null, null, false);
        }
    }

    @Id
    @Column(name = "region_code")
    public String regionCode;

    @Id
    public int year;

    @Id
    @Enumerated(EnumType.STRING)
    public Scope scope;

    @Id
    @Enumerated(EnumType.STRING)
    public Basis basis;

    @Id
    @Column(name = "excludes_violations")
    public boolean excludesViolations;

    @Column(name = "report_count")
    public int reportCount;

    @Column(name = "reports_with_violations")
    public int reportsWithViolations;

    @JdbcTypeCode(SqlTypes.JSON)
    public String numbers;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public Map<String, BigDecimal> numbers() {
        return NumbersJson.read(numbers);
    }

    public static List<Rollup> of(Collection<String> regionCodes, int year, Scope scope, Basis basis,
                                  boolean excludesViolations) {
        return list("regionCode in ?1 and year = ?2 and scope = ?3 and basis = ?4 and excludesViolations = ?5",
                regionCodes, year, scope, basis, excludesViolations);
    }

    public static List<Rollup> series(String regionCode, int from, int to, Scope scope, Basis basis,
                                      boolean excludesViolations) {
        return list("regionCode = ?1 and year between ?2 and ?3 and scope = ?4 and basis = ?5"
                + " and excludesViolations = ?6 order by year", regionCode, from, to, scope, basis, excludesViolations);
    }
}
