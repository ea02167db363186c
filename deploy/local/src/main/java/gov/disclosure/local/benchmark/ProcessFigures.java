package gov.disclosure.local.benchmark;

import gov.disclosure.local.Component;
import gov.disclosure.local.CpuTime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * CPU seconds used so far by each process of the system (PostgreSQL: the processes of the system's databases and its
 * shared ones), from /proc, and of that what each JVM's JIT compilers and garbage collectors used.
 */
record ProcessFigures(double reportService, double aggregationService, double kafka, double postgres,
                      JvmThreads compilers, JvmThreads collectors) {

    /** CPU seconds of some of the threads of each JVM (its JIT compilers, its garbage collectors). */
    record JvmThreads(double reportService, double aggregationService, double kafka) {

        JvmThreads minus(JvmThreads before) {
            return new JvmThreads(reportService - before.reportService, aggregationService - before.aggregationService,
                    kafka - before.kafka);
        }

        double total() {
            return reportService + aggregationService + kafka;
        }

        /** Those of the two services, without the broker's. */
        double services() {
            return reportService + aggregationService;
        }

        /** Scaled by {@code factor}, in the order of the processes (PostgreSQL's: none). */
        String per(double factor) {
            return String.format(Locale.ROOT, "%.2f, %.2f, -, %.2f", reportService * factor,
                    aggregationService * factor, kafka * factor);
        }
    }

    static ProcessFigures of(Component reportService, Component aggregationService, Component kafka,
                             Set<String> databases) {
        return new ProcessFigures(CpuTime.of(reportService.pid()), CpuTime.of(aggregationService.pid()),
                CpuTime.of(kafka.pid()), CpuTime.postgres(databases), new JvmThreads(
                CpuTime.compilation(reportService.pid()), CpuTime.compilation(aggregationService.pid()),
                CpuTime.compilation(kafka.pid())), new JvmThreads(
                CpuTime.collection(reportService.pid()), CpuTime.collection(aggregationService.pid()),
                CpuTime.collection(kafka.pid())));
    }

    ProcessFigures minus(ProcessFigures before) {
        return new ProcessFigures(reportService - before.reportService, aggregationService - before.aggregationService,
                kafka - before.kafka, postgres - before.postgres, compilers.minus(before.compilers),
                collectors.minus(before.collectors));
    }

    double total() {
        return reportService + aggregationService + kafka + postgres;
    }

    /** The share of the two services' CPU that their JIT compilers took (0 when they used none). */
    double compilingShareOfServices() {
        double services = reportService + aggregationService;
        return services <= 0 ? 0 : compilers.services() / services;
    }

    /** Milliseconds of CPU per report, per process and in all (of the difference of two samples). */
    String perReport(int reports) {
        return per(reports, "report");
    }

    String perSecond(double seconds) {
        return per(seconds, "second");
    }

    private String per(double count, String unit) {
        double ms = 1000.0 / count;
        return String.format(Locale.ROOT, "%.2f ms CPU per %s: report-service %.2f, aggregation-service %.2f, "
                        + "PostgreSQL %.2f, Kafka %.2f (of which their JIT compilers %s; their garbage collectors %s)",
                total() * ms, unit, reportService * ms, aggregationService * ms, postgres * ms, kafka * ms,
                compilers.per(ms), collectors.per(ms));
    }

    /** Resident memory now and at its peak (VmRSS, VmHWM), in MB; -1 where /proc cannot tell. */
    static long[] residentMegabytes(Component component) {
        long[] figures = {-1, -1};
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(component.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    figures[0] = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                } else if (line.startsWith("VmHWM:")) {
                    figures[1] = Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException e) {
            // not Linux: unknown
        }
        return figures;
    }
}
