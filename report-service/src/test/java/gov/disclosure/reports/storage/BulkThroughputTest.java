package gov.disclosure.reports.storage;

import gov.disclosure.reports.Fixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * How many reports per second the bulk path stores, and relays to Kafka: {@code -Dbulk.benchmark=true}
 * ({@code -Dbulk.reports=N -Dbulk.clients=C -Dbulk.lines=L}).
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bulk.benchmark", matches = "true")
class BulkThroughputTest {

    private static final int REPORTS = Integer.getInteger("bulk.reports", 8000);
    private static final int CLIENTS = Integer.getInteger("bulk.clients", 2);
    private static final int LINES = Integer.getInteger("bulk.lines", 1000);

    @Inject
    EntityManager entityManager;

    @Test
    void reportsPerSecond() throws Exception {
        List<byte[]> bodies = new ArrayList<>();
        for (int from = 0; from < REPORTS; from += LINES) {
            StringBuilder body = new StringBuilder();
            for (int i = from; i < Math.min(REPORTS, from + LINES); i++) {
                body.append(Fixtures.newReport(Fixtures.NAMES.get(i % 3)).toString()).append('\n');
            }
            bodies.add(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        warmUp();
        long unsentBefore = unsent();
        java.util.Map<Long, Long> cpuBefore = serviceCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<Response>> answers = new ArrayList<>();
        for (byte[] body : bodies) {
            answers.add(pool.submit(() -> given().contentType("application/x-ndjson").body(body)
                    .post("/api/v1/reports/bulk")));
        }
        int created = 0;
        for (Future<Response> answer : answers) {
            created += (int) answer.get().asString().lines().filter(line -> line.contains("\"status\":201")).count();
        }
        double stored = (System.nanoTime() - start) / 1e9;
        while (unsent() > 0) {
            Thread.sleep(20);
        }
        double relayed = (System.nanoTime() - start) / 1e9;
        double cpuMillisPerReport = cpuSince(cpuBefore) / 1e6 / REPORTS;
        pool.shutdown();
        System.out.printf("BULK service CPU (request and relay threads, not PostgreSQL or Kafka): %.2f ms per report,"
                + " %.0f reports/s per core%n", cpuMillisPerReport, 1000 / cpuMillisPerReport);
        System.out.printf("BULK %d reports, %d clients, %d lines per request: stored in %.2f s (%.0f/s), "
                        + "on Kafka after %.2f s (%.0f/s); %d unsent before%n", REPORTS, CLIENTS, LINES, stored,
                REPORTS / stored, relayed, REPORTS / relayed, unsentBefore);
        assertEquals(REPORTS, created);
    }

    /** The same reports one POST each ({@code -Dbulk.single=N} reports, 0 to skip), by the same clients. */
    @Test
    void singleReportsPerSecond() throws Exception {
        int reports = Integer.getInteger("bulk.single", 2000);
        if (reports == 0) {
            return;
        }
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < reports; i++) {
            bodies.add(Fixtures.newReport(Fixtures.NAMES.get(i % 3)).toString());
        }
        warmUp();
        for (int i = 0; i < 200; i++) {
            given().contentType("application/json").body(Fixtures.newReport("ruzhou-szfb-2024").toString())
                    .post("/api/v1/reports").then().statusCode(201);
        }
        java.util.Map<Long, Long> cpuBefore = serviceCpuNanos();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<Integer>> answers = new ArrayList<>();
        for (String body : bodies) {
            answers.add(pool.submit(() -> given().contentType("application/json").body(body)
                    .post("/api/v1/reports").statusCode()));
        }
        int created = 0;
        for (Future<Integer> answer : answers) {
            created += answer.get() == 201 ? 1 : 0;
        }
        double stored = (System.nanoTime() - start) / 1e9;
        while (unsent() > 0) {
            Thread.sleep(20);
        }
        double cpuMillisPerReport = cpuSince(cpuBefore) / 1e6 / reports;
        pool.shutdown();
        System.out.printf("SINGLE service CPU (request and relay threads): %.2f ms per report; %d reports, %d clients,"
                + " stored in %.2f s (%.0f/s)%n", cpuMillisPerReport, reports, CLIENTS, stored, reports / stored);
        assertEquals(reports, created);
    }

    private void warmUp() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            body.append(Fixtures.newReport("ruzhou-szfb-2024").toString()).append('\n');
        }
        given().contentType("application/x-ndjson").body(body.toString().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/reports/bulk").then().statusCode(200);
    }

    /**
     * CPU time of the threads that serve requests and relay events, all of them so far, by thread (a thread that ends
     * takes its time with it: {@link #cpuSince} counts only the threads alive at both ends and those started since).
     */
    private static java.util.Map<Long, Long> serviceCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        java.util.Map<Long, Long> byThread = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && (info.getThreadName().startsWith("executor-thread")
                    || info.getThreadName().startsWith("outbox-relay") || info.getThreadName().startsWith("vert.x")
                    || info.getThreadName().contains("kafka-producer"))) {
                byThread.put(info.getThreadId(), Math.max(0, threads.getThreadCpuTime(info.getThreadId())));
            }
        }
        return byThread;
    }

    private static long cpuSince(java.util.Map<Long, Long> before) {
        long total = 0;
        for (var thread : serviceCpuNanos().entrySet()) {
            total += Math.max(0, thread.getValue() - before.getOrDefault(thread.getKey(), 0L));
        }
        return total;
    }

    private long unsent() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where sent_at is null").getSingleResult())
                .longValue());
    }
}
