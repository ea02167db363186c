package gov.disclosure.local.benchmark;

import gov.disclosure.local.Databases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * How long each report took from its POST's answer to being applied in the rollups: the answer's wall-clock time
 * (taken by the benchmark) against the time the aggregation service recorded applying it ({@code applied_report}).
 * Both clocks are this machine's.
 */
final class Freshness {

    record Outcome(Latencies latencies, int notApplied) {
    }

    private Freshness() {
    }

    /** @param answeredAtMillis by agency id, when the POST of its report was answered */
    static Outcome of(Databases databases, String aggregationDatabase, int year, Map<String, Long> answeredAtMillis)
            throws SQLException {
        Map<String, Long> appliedAtMillis = new HashMap<>();
        try (Connection connection = databases.connect(aggregationDatabase);
             PreparedStatement applied = connection.prepareStatement(
                     "select agency_id, applied_at from applied_report where year = ? and agency_id = any (?)")) {
            applied.setInt(1, year);
            applied.setArray(2, connection.createArrayOf("varchar", answeredAtMillis.keySet().toArray()));
            try (ResultSet rows = applied.executeQuery()) {
                while (rows.next()) {
                    appliedAtMillis.put(rows.getString(1), rows.getTimestamp(2).getTime());
                }
            }
        }
        long[] millis = answeredAtMillis.entrySet().stream()
                .filter(answered -> appliedAtMillis.containsKey(answered.getKey()))
                .mapToLong(answered -> appliedAtMillis.get(answered.getKey()) - answered.getValue())
                .toArray();
        return new Outcome(Latencies.ofMillis(millis), answeredAtMillis.size() - millis.length);
    }
}
