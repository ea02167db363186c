package gov.disclosure.reports.bulk;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How large a bulk submission may be, and how many of its lines go to the database together. */
@ConfigMapping(prefix = "reports.bulk")
public interface BulkLimits {

    /** The largest body (checked before it is read, as every body; the body is held in memory while it is stored). */
    @WithDefault("32M")
    MemorySize maxBodySize();

    /** The most lines a body may have (blank lines count). */
    @WithDefault("10000")
    int maxLines();

    /** The longest line: one report, as large as a single submission's body may be. */
    @WithDefault("2M")
    MemorySize maxLineLength();

    /** How many lines are stored in one transaction (and one JDBC batch per table). */
    @WithDefault("200")
    int chunkSize();
}
