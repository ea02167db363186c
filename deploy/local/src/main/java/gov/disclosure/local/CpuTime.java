package gov.disclosure.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** CPU time processes have used, from /proc (Linux): to see where a benchmark's time went. */
public final class CpuTime {

    /** /proc reports CPU time in clock ticks; USER_HZ is 100 on Linux. */
    private static final double TICKS_PER_SECOND = 100.0;
    /** A backend's title is "postgres: 15/main: user database client state"; a shared process names no database. */
    private static final Pattern BACKEND = Pattern.compile("postgres: [^:]+: \\S+ (\\S+) (?:\\S+\\(\\d+\\)|\\[local\\])");

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
        return ofStat(statFile, false);
    }

    /** @param withEndedChildren whether to add the CPU time of its children that have ended and been waited for */
    private static double ofStat(Path statFile, boolean withEndedChildren) {
        try {
            String stat = Files.readString(statFile);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            if (withEndedChildren) {
                ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            }
            return ticks / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Seconds of CPU the JVM's JIT compiler threads of the process have used (a one-time cost of a new JVM that lasts
     * minutes, not a cost of the work it does once warm).
     */
    public static double compilation(long pid) {
        return threads(pid, CpuTime::isCompiler);
    }

    /**
     * Seconds of CPU the JVM's garbage collector threads of the process have used: HotSpot's serial collector works in
     * the VM thread (which runs the JVM's other stop-the-world operations too, a small part beside collections), the
     * parallel and G1 collectors in their own threads as well.
     */
    public static double collection(long pid) {
        return threads(pid, CpuTime::isCollector);
    }

    private static double threads(long pid, Predicate<String> named) {
        try (Stream<Path> threads = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            return threads.filter(task -> named.test(threadName(task))).mapToDouble(CpuTime::ofTask).sum();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Seconds of CPU used by the PostgreSQL processes that serve {@code databases} and by its shared ones (the WAL
     * writer, checkpointer, autovacuum…), not by the live backends of the machine's other databases, plus what the
     * processes that have ended used (the postmaster's reaped children: autovacuum workers come and go, and a backend
     * takes its CPU time with it when it ends). Those are counted whatever database they served: measure with the
     * machine's other databases idle.
     */
    public static double postgres(Set<String> databases) {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(path -> path.getFileName().toString().chars().allMatch(Character::isDigit))
                    .mapToDouble(process -> postgresProcess(process, databases))
                    .sum();
        } catch (IOException e) {
            return 0;
        }
    }

    private static double postgresProcess(Path process, Set<String> databases) {
        try {
            if (!Files.readString(process.resolve("comm")).strip().startsWith("postgres")) {
                return 0;
            }
            String title = Files.readString(process.resolve("cmdline"));
            if (!title.startsWith("postgres: ")) {
                return ofStat(process.resolve("stat"), true); // the postmaster: its own time and its ended children's
            }
            Matcher backend = BACKEND.matcher(title);
            return !backend.lookingAt() || databases.contains(backend.group(1)) ? ofStat(process.resolve("stat"), false) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** HotSpot names them "C1 CompilerThread0", "C2 CompilerThread0"… (Linux keeps 15 characters of a name). */
    private static boolean isCompiler(String thread) {
        return thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre");
    }

    /** HotSpot's "VM Thread", the parallel and G1 collectors' "GC Thread#0"…, G1's "G1 Conc#0", "G1 Refine#0"… */
    private static boolean isCollector(String thread) {
        return thread.equals("VM Thread") || thread.startsWith("GC Thread") || thread.startsWith("G1 ");
    }

    private static String threadName(Path task) {
        try {
            return Files.readString(task.resolve("comm")).strip();
        } catch (IOException gone) {
            return "";
        }
    }
}
