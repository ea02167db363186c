package gov.disclosure.reports.published;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** What one published document may cost to read. */
@ConfigMapping(prefix = "reports.documents")
public interface DocumentLimits {

    /** The largest file taken, in a request's body, a batch or an import. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /** The most pages of a PDF read (a report has 5 to 20). */
    @WithDefault("200")
    int maxPages();

    /**
     * The most bytes a document's compressed parts may unpack to while its text is read, all together (against
     * compression bombs): a PDF's pages, forms (each time one is drawn) and fonts, not its images, which stay packed;
     * a Word file's zip entries.
     */
    @WithDefault("64M")
    MemorySize maxUnpackedSize();

    /**
     * The most steps reading a PDF's text may take: drawing operations and characters, a form counted each time it
     * is drawn (against forms that draw forms that draw forms). A report of 20 pages takes some 10,000 to 100,000.
     */
    @WithDefault("2000000")
    long maxReadingSteps();

    /**
     * The most bytes a Word file's XML parts (its text, tables and layout) may unpack to. POI holds them as objects
     * many times that size: two 3.9 MB document.xml of short paragraphs read at once ran a 256 MB heap out. A report
     * of some 20 pages should stay well below it (an estimate: no real report's Word file has been measured).
     */
    @WithDefault("2M")
    MemorySize maxWordXmlSize();

    /** The largest web page read: jsoup holds a page as objects (an 18.8 MB one ran a 256 MB heap out). */
    @WithDefault("4M")
    MemorySize maxHtmlSize();

    /**
     * The longest text (sent, or had from a document) read without waiting for a turn among the documents being read.
     * A report is some 10,000 characters; reading one of the 2,000,000 taken holds tens of MB, and 16 of them read at
     * once ran a 256 MB heap out.
     */
    @WithDefault("100000")
    int maxTextReadAtOnce();

    /**
     * The most PDFs, Word files and web pages read at once; more wait their turn. Within the limits above, six Word
     * files of 2 MB of XML sent at once were read one at a time with the service up; reading is a core's work.
     */
    @WithDefault("1")
    int maxConcurrentReads();

    /**
     * How long a single submission's document waits for its turn before it is refused as busy (503 with Retry-After)
     * rather than leave its caller waiting on: the readings ahead of it may each take seconds. A batch's and an import
     * job's files wait their turn however long it takes.
     */
    @WithDefault("20s")
    Duration maxReadWait();
}
