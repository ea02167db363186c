package gov.disclosure.reports.importjobs;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What an import job may hold, and how its files are read. */
@ConfigMapping(prefix = "reports.imports")
public interface ImportLimits {

    /** The largest upload starting a job (checked before it is read, as every body). */
    @WithDefault("64M")
    MemorySize maxBodySize();

    /** The most files a job holds (an archive's entries count one each). */
    @WithDefault("10000")
    int maxFiles();

    /**
     * The most bytes one archive may unpack to, all its entries together (against zip bombs); the unpacked files
     * are held in memory until the job is kept, so this bounds the heap each archive takes too.
     */
    @WithDefault("64M")
    MemorySize maxUnpackedSize();

    /** How long a worker's claim on a file lasts: a file claimed longer (its worker died) is taken again. */
    @WithDefault("5m")
    Duration lease();

    /** How many times a file is tried before it is refused (a file that brings its worker down). */
    @WithDefault("3")
    int maxAttempts();

    /** How often the worker looks for files. */
    @WithDefault("1s")
    String pollInterval();
}
