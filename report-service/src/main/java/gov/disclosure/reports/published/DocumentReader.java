package gov.disclosure.reports.published;

/**
 * Turns a published document into the text the report parser reads: a line per paragraph and per table row, the
 * cells of a row separated by tabs (a cell spanning columns followed by as many tabs as it spans), as the fixtures'
 * texts are.
 */
public interface DocumentReader {

    /** The format this reads. */
    DocumentFormat format();

    /**
     * @throws UnreadableDocumentException naming what is wrong with the file (encrypted, damaged, a scan, ...)
     */
    String text(PublishedFile file);
}
