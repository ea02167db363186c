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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The sums of one region, year, scope and basis, as stored: each in two parts, the reports that break an arithmetic
 * rule and those that break none ({@link gov.disclosure.rollups.domain.RollupKey}). Read as dashboards ask for them:
 * the part breaking none alone when the reports breaking a rule are left out, both parts summed otherwise. Written only
 * by {@link RollupStore}.
 */
@Entity
@Immutable
@Table(name = "rollup")
@IdClass(Rollup.Key.class)
public class Rollup extends PanacheEntityBase {

    private static final Logger LOG = Logger.getLogger(Rollup.class);

    public record Key(String regionCode, int year, Scope scope, Basis basis, boolean breaksRules)
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
    @Column(name = "breaks_rules")
    public boolean breaksRules;

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

    /** The rollups of these regions as asked for, those no report was ever in left out. */
    public static List<Rollup> of(Collection<String> regionCodes, int year, Scope scope, Basis basis,
                                  boolean excludesViolations) {
        String part = parts(excludesViolations);
        if (regionCodes.size() == 1) {
            // one region (the most asked for): a query whose plan is kept, where a list parameter's is made anew
            return summed(list("regionCode = ?1 and year = ?2 and scope = ?3 and basis = ?4" + part
                    + " order by breaksRules", regionCodes.iterator().next(), year, scope, basis));
        }
        return summed(list("regionCode in ?1 and year = ?2 and scope = ?3 and basis = ?4" + part
                + " order by regionCode, breaksRules", regionCodes, year, scope, basis));
    }

    public static List<Rollup> series(String regionCode, int from, int to, Scope scope, Basis basis,
                                      boolean excludesViolations) {
        return summed(list("regionCode = ?1 and year between ?2 and ?3 and scope = ?4 and basis = ?5"
                        + parts(excludesViolations) + " order by year, breaksRules",
                regionCode, from, to, scope, basis));
    }

    /** The condition on the parts read: the part breaking no rule alone, or both. */
    private static String parts(boolean excludesViolations) {
        return excludesViolations ? " and breaksRules = false" : "";
    }

    /** Parts in the order of their region and year, each region and year's summed into one rollup. */
    private static List<Rollup> summed(List<Rollup> parts) {
        List<Rollup> rollups = new ArrayList<>(parts.size());
        for (Rollup part : parts) {
            Rollup last = rollups.isEmpty() ? null : rollups.get(rollups.size() - 1);
            if (last != null && last.regionCode.equals(part.regionCode) && last.year == part.year) {
                rollups.set(rollups.size() - 1, last.plus(part));
            } else {
                rollups.add(part);
            }
        }
        return rollups;
    }

    /** This part and another of the same rollup, summed; changed when either last changed. Not stored. */
    private Rollup plus(Rollup other) {
        Rollup sum = new Rollup();
        sum.regionCode = regionCode;
        sum.year = year;
        sum.scope = scope;
        sum.basis = basis;
        sum.reportCount = reportCount + other.reportCount;
        sum.reportsWithViolations = reportsWithViolations + other.reportsWithViolations;
        sum.numbers = plus(numbers, other.numbers);
        sum.updatedAt = updatedAt.isAfter(other.updatedAt) ? updatedAt : other.updatedAt;
        return sum;
    }

    /** Two stored arrays of sums added number by number (exact); a missing or shorter one counts as zeros. */
    static BigDecimal[] plus(BigDecimal[] one, BigDecimal[] other) {
        BigDecimal[] sum = new BigDecimal[Math.max(one.length, other.length)];
        for (int i = 0; i < sum.length; i++) {
            BigDecimal a = i < one.length ? one[i] : null;
            BigDecimal b = i < other.length ? other[i] : null;
            sum[i] = a == null ? b : b == null ? a : a.add(b);
        }
        return sum;
    }
}
