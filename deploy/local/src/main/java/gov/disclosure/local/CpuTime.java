package gov.disclosure.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** CPU time processes have used, from /proc (Linux): to see where a benchmark's time went. */
public final class CpuTime {

    /** /proc reports CPU time in clock ticks; USER_HZ is 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;

    private CpuTime() {
    }

    /** Seconds of CPU (user and system) the process has used; 0 where /proc cannot tell. */
    public static double of(long pid) {
        return ofStat(Path.of("/proc", String.valueOf(pid), "stat"));
    }

    private static double ofTask(Path task) {
        return ofStat(task.resolve("stat"));
    }

    private static double ofStat(Path statFile) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Seconds of CPU the JVM's JIT compiler threads of the process have used (a one-time cost of a new JVM that lasts
     * minutes, not a cost of the work it does once warm).
     */
    public static double compilation(long pid) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.filter(CpuTime::isCompiler).mapToDouble(CpuTime::ofTask).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Seconds of CPU used by every PostgreSQL process of the machine (its backends come and go with connections). */
    public static double postgres() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(CpuTime::isPostgres)
                    .mapToDouble(path -> of(Long.parseLong(path.getFileName().toString())))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** HotSpot names them "C1 CompilerThread0", "C2 CompilerThread0"… (Linux keeps 15 characters of a name). */
    private static boolean isCompiler(Path task) {
        try {
            String name = Files.readString(task.resolve("comm")).strip();
            return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isPostgres(Path process) {
        try {
            return Files.readString(process.resolve("comm")).strip().startsWith("postgres");
        } catch (IOException e) {
            return false;
        }
    }
}
