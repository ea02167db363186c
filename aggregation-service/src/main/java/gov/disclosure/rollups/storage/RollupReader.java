package gov.disclosure.rollups.storage;

import gov.disclosure.rollups.domain.Numbers;
import gov.disclosure.rollups.domain.Variant;
import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one rollup the way dashboards ask for it, many times a second: one prepared statement by primary key (its one
 * or two parts), straight through JDBC (no entity, no session), the numbers fetched as PostgreSQL's text of the array
 * and read only when they are to be shown, so that a rollup whose answer the caller already has costs the query and no
 * more.
 */
@ApplicationScoped
public class RollupReader {

    /** The parts of one rollup: that of the reports breaking no rule, then, if the last parameter is true, the other. */
    private static final String ONE = "select report_count, reports_with_violations, updated_at, numbers::text"
            + " from rollup where region_code = ? and year = ? and scope = ? and basis = ?"
            + " and (not breaks_rules or ?) order by breaks_rules";

    private final DataSource dataSource;

    public RollupReader(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A stored rollup (its parts summed): its counts, when it last changed, and the numbers of each part as PostgreSQL
     * writes a numeric[].
     */
    public record Stored(int reportCount, int reportsWithViolations, Instant updatedAt, List<String> numbersTexts) {

        /** The sums, read as {@link Rollup#numbers()} reads them. */
        public Numbers numbers() {
            BigDecimal[] sums = new BigDecimal[0];
            for (String text : numbersTexts) {
                sums = Rollup.plus(sums, parse(text));
            }
            return Rollup.numbers(sums);
        }

        private static BigDecimal[] parse(String numbersText) {
            String inner = numbersText.substring(1, numbersText.length() - 1);
            String[] texts = inner.isEmpty() ? new String[0] : inner.split(",", -1);
            BigDecimal[] numbers = new BigDecimal[texts.length];
            for (int i = 0; i < texts.length; i++) {
                numbers[i] = texts[i].equals("NULL") ? null : new BigDecimal(texts[i]);
            }
            return numbers;
        }

        private Stored plus(Stored other) {
            List<String> texts = new ArrayList<>(numbersTexts);
            texts.addAll(other.numbersTexts);
            return new Stored(reportCount + other.reportCount, reportsWithViolations + other.reportsWithViolations,
                    updatedAt.isAfter(other.updatedAt) ? updatedAt : other.updatedAt, texts);
        }
    }

    /** The rollup of {@code regionCode}, {@code year} and {@code which}; empty if no report was ever in it. */
    public Optional<Stored> one(String regionCode, int year, Variant which) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(ONE)) {
            query.setString(1, regionCode);
            query.setInt(2, year);
            query.setString(3, which.scope().name());
            query.setString(4, which.basis().name());
            query.setBoolean(5, which.includesRuleBreakingPart());
            Optional<Stored> rollup = Optional.empty();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Stored part = new Stored(row.getInt(1), row.getInt(2),
                            row.getObject(3, OffsetDateTime.class).toInstant(), List.of(row.getString(4)));
                    rollup = Optional.of(rollup.map(earlier -> earlier.plus(part)).orElse(part));
                }
            }
            return rollup;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read rollup " + regionCode + "/" + year, e);
        }
    }
}
