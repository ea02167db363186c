package gov.disclosure.rollups.measure;

import gov.disclosure.event.ReportPublished;
import gov.disclosure.event.ReportPublishedCodec;
import gov.disclosure.region.Region;
import gov.disclosure.region.RegionLevel;
import gov.disclosure.region.Regions;
import gov.disclosure.report.ReportNumbers;
import gov.disclosure.report.ReportStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.rollups.api.RollupQueries;
import gov.disclosure.rollups.consumer.ReportPublishedConsumer;
import gov.disclosure.rollups.domain.Basis;
import gov.disclosure.rollups.domain.Scope;
import gov.disclosure.rollups.domain.Variant;
import gov.disclosure.rollups.storage.Rollup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import static gov.disclosure.rollups.Events.event;
import static gov.disclosure.rollups.Events.unusedYear;
import static gov.disclosure.rollups.Rollups.rollup;
import static org.hamcrest.Matchers.is;

/**
 * Not a test: a measurement run by hand, e.g. {@code ./mvnw -B -o -pl aggregation-service -am verify
 * -Dtest=ApplySpeedMeasurement -Dsurefire.failIfNoSpecifiedTests=false -Dmeasure.events=5000}. Applies generated
 * report-published events (half new reports, half their revisions, in county regions) through the consumer, without
 * Kafka, and prints events per second, the CPU this service's thread and PostgreSQL used, and the rows written.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "measure.events", matches = "\\d+")
class ApplySpeedMeasurement {

    @Inject
    ReportPublishedConsumer consumer;

    @Inject
    EntityManager entityManager;

    @Inject
    RollupQueries queries;

    @Inject
    ObjectMapper json;

    @Test
    void applyGeneratedEvents() throws Exception {
        int count = Integer.getInteger("measure.events");
        int year = unusedYear();
        List<Message<String>> messages = messages(count, year);
        warmUp();
        Map<String, Long> rowsBefore = rowsWritten();
        long pgBefore = postgresCpuNanos();
        long cpuBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long start = System.nanoTime();

        ConsumerPath.apply(consumer, messages);

        long wall = System.nanoTime() - start;
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuBefore;
        long pg = postgresCpuNanos() - pgBefore;
        Thread.sleep(1500); // statistics reach pg_stat_user_tables within a second
        Map<String, Long> rowsAfter = rowsWritten();
        System.out.printf("%n=== %d events in %.2f s: %.0f events/s; per event %.3f ms CPU in the consumer thread,"
                        + " %.3f ms CPU in PostgreSQL (all its processes)%n", count, wall / 1e9, count / (wall / 1e9),
                cpu / 1e6 / count, pg / 1e6 / count);
        rowsAfter.forEach((what, value) -> System.out.printf("=== %s: %d%n", what,
                value - rowsBefore.getOrDefault(what, 0L)));
        System.out.printf("=== rollup table size %s%n", QuarkusTransaction.requiringNew().call(() ->
                entityManager.createNativeQuery("select pg_size_pretty(pg_total_relation_size('rollup'))")
                        .getSingleResult()));
        rollup("000000", year, "all").body("reportCount", is(count / 2));
    }

    /** GET one rollup over and over, one request at a time: requests per second and latency, client included. */
    @Test
    void readOneRollup() {
        int year = unusedYear();
        ConsumerPath.apply(consumer, messages(400, year));
        int requests = Integer.getInteger("measure.reads", 1000);
        for (int i = 0; i < 500; i++) {
            rollup("410000", year, "all");
        }
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            rollup("410000", year, "all");
        }
        long wall = System.nanoTime() - start;
        long cpu = processCpuNanos() - cpuBefore;
        System.out.printf("%n=== %d GETs of one rollup in %.2f s: %.0f/s, mean %.2f ms, %.3f ms CPU per request"
                        + " (this JVM: service and client)%n", requests, wall / 1e9, requests / (wall / 1e9),
                wall / 1e6 / requests, cpu / 1e6 / requests);

        Region region = Regions.standard().find("410000").orElseThrow();
        Variant which = new Variant(Scope.ALL, Basis.RECEIVED, false);
        for (int i = 0; i < 2000; i++) {
            readAndWrite(region, year, which);
        }
        long threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        start = System.nanoTime();
        int reads = requests * 3;
        for (int i = 0; i < reads; i++) {
            readAndWrite(region, year, which);
        }
        wall = System.nanoTime() - start;
        long thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadBefore;
        System.out.printf("%n=== %d reads of one rollup as JSON, in process (query, view, JSON; no HTTP, no token):"
                        + " %.0f/s, mean %.3f ms, %.3f ms CPU each%n", reads, reads / (wall / 1e9),
                wall / 1e6 / reads, thread / 1e6 / reads);

        threadBefore = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        for (int i = 0; i < reads; i++) {
            QuarkusTransaction.requiringNew().call(() -> Rollup.of(List.of("410000"), year, Scope.ALL, Basis.RECEIVED,
                    false).size());
        }
        thread = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - threadBefore;
        System.out.printf("=== of which the query alone (Rollup.of): %.3f ms CPU each%n", thread / 1e6 / reads);
    }

    private int readAndWrite(Region region, int year, Variant which) {
        return QuarkusTransaction.requiringNew().call(() -> {
            try {
                return json.writeValueAsBytes(queries.rollup(region, year, which)).length;
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void warmUp() {
        int year = unusedYear();
        ConsumerPath.apply(consumer, messages(400, year));
    }

    private static List<Message<String>> messages(int count, int year) {
        Random random = new Random(42);
        List<String> counties = Regions.standard().all().stream()
                .filter(region -> region.level() == RegionLevel.COUNTY).map(Region::code).sorted().toList();
        int agencies = count / 2;
        List<Message<String>> messages = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int agency = i % agencies;
            String region = counties.get((agency * 7919) % counties.size());
            ReportPublished event = event("measure-" + year + "-" + agency, region, year, 1 + i / agencies,
                    ReportStatus.PUBLISHED, random.nextInt(10) == 0 ? 1 : 0, numbers(random));
            messages.add(Message.of(ReportPublishedCodec.write(event)));
        }
        return messages;
    }

    private static Map<String, BigDecimal> numbers(Random random) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (String name : ReportNumbers.NAMES) {
            numbers.put(name, name.endsWith("fees.amount") ? BigDecimal.valueOf(random.nextInt(100000), 4)
                    : BigDecimal.valueOf(random.nextInt(50)));
        }
        return numbers;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> rowsWritten() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            List<Object[]> found = entityManager.createNativeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_hot_upd"
                    + " from pg_stat_user_tables where schemaname = current_schema()"
                    + " and relname in ('rollup', 'applied_report', 'applied_review') order by relname").getResultList();
            for (Object[] row : found) {
                rows.put(row[0] + " rows inserted", ((Number) row[1]).longValue());
                rows.put(row[0] + " rows updated", ((Number) row[2]).longValue());
                rows.put(row[0] + " rows updated HOT", ((Number) row[3]).longValue());
            }
            return rows;
        });
    }

    /** user + system time of every postgres process on this machine (others' too: run on an idle machine). */
    private static long postgresCpuNanos() throws IOException {
        long ticks = 0;
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            for (Path process : (Iterable<Path>) processes::iterator) {
                try {
                    String stat = Files.readString(process.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    if (name.startsWith("postgres")) {
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException e) {
                    // not a process, or gone
                }
            }
        }
        return ticks * 10_000_000L; // USER_HZ = 100
    }
}
