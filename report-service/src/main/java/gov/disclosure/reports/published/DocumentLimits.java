package gov.disclosure.reports.published;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What one published document may cost to read. */
@ConfigMapping(prefix = "reports.documents")
public interface DocumentLimits {

    /** The largest file taken, in a request's body, a batch or an import. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** The most pages of a PDF read (a report has 5 to 20). */
    @WithDefault("200")
    int maxPages();
}
