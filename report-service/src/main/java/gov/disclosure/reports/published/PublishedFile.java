package gov.disclosure.reports.published;

/**
 * A report as published: the file's bytes, its Content-Type as sent (with its charset, if any; may be null) and its
 * name (null when it came as a request's body), as {@link #storable(String)} keeps it.
 */
public record PublishedFile(String name, String contentType, byte[] content) {

    public PublishedFile {
        name = storable(name);
    }

    /**
     * A file's name as it can be stored and shown: a NUL (which a multipart filename or a zip entry's name may hold,
     * and PostgreSQL cannot keep in a text) becomes U+FFFD.
     */
    public static String storable(String name) {
        return name == null ? null : name.replace('\u0000', '\uFFFD');
    }

    public DocumentFormat format() {
        return DocumentFormat.of(contentType, name);
    }

    /**
     * Its media type: for a text or a web page the Content-Type it came with (charset and all) where that names its
     * format; else the format's (a charset means nothing to a PDF or a Word file).
     */
    public String mediaType() {
        DocumentFormat format = format();
        boolean textual = format == DocumentFormat.TEXT || format == DocumentFormat.HTML;
        return textual && DocumentFormat.ofMediaType(contentType).isPresent() ? contentType : format.mediaType();
    }

    /** How the file is named in problems: its name, or "the body". */
    public String label() {
        return name == null ? "the body" : name;
    }
}
