package gov.disclosure.reports.published;

/**
 * The text of a published file, for the parser, and the file as it came, to be kept with the revision (null for
 * plain text: the text is kept itself).
 */
public record PublishedText(String text, DocumentFormat format, PublishedFile original, String encoding) {

    /** @param encoding which encoding a text was read in and why; null for documents */
    public PublishedText(String text, DocumentFormat format, PublishedFile original) {
        this(text, format, original, null);
    }
}
