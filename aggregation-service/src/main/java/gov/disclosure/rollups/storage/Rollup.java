package gov.disclosure.rollups.storage;

import gov.disclosure.json.JsonBounds;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Numbers;
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
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The sums of one region, year, scope and variant, as stored. Written only by {@link RollupStore}. */
@Entity
@Immutable
@Table(name = "rollup")
@IdClass(Rollup.Key.class)
public class Rollup extends PanacheEntityBase {

    private static final Logger LOG = Logger.getLogger(Rollup.class);

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

    /** In the catalogue's order ({@link Numbers#NAMES}), as rollup_maintenance.numbers_order says. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "numeric[]")
    public BigDecimal[] numbers;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /**
     * The sums; those of numbers stored before events were bounded (a fee of {@code 1e-9999}) are read with their
     * decimals rounded into bounds, as such numbers are read everywhere.
     */
    public Numbers numbers() {
        return numbers(numbers);
    }

    /** Stored sums in the catalogue's order as {@link #numbers()} reads them. */
    static Numbers numbers(BigDecimal[] stored) {
        BigDecimal[] values = stored.clone();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null && values[i].scale() > JsonBounds.MAX_DECIMALS) {
                LOG.warnf("stored sum of %s out of bounds; read rounded", i < Numbers.SIZE ? Numbers.NAMES.get(i) : i);
                values[i] = values[i].setScale(JsonBounds.MAX_DECIMALS, RoundingMode.HALF_EVEN);
            }
        }
        return Numbers.inOrder(values);
    }

    public static List<Rollup> of(Collection<String> regionCodes, int year, Scope scope, Basis basis,
                                  boolean excludesViolations) {
        if (regionCodes.size() == 1) {
            // one region (the most asked for): a query whose plan is kept, where a list parameter's is made anew
            return list("regionCode = ?1 and year = ?2 and scope = ?3 and basis = ?4 and excludesViolations = ?5",
                    regionCodes.iterator().next(), year, scope, basis, excludesViolations);
        }
        return list("regionCode in ?1 and year = ?2 and scope = ?3 and basis = ?4 and excludesViolations = ?5",
                regionCodes, year, scope, basis, excludesViolations);
    }

    public static List<Rollup> series(String regionCode, int from, int to, Scope scope, Basis basis,
                                      boolean excludesViolations) {
        return list("regionCode = ?1 and year between ?2 and ?3 and scope = ?4 and basis = ?5"
                + " and excludesViolations = ?6 order by year", regionCode, from, to, scope, basis, excludesViolations);
    }
}
