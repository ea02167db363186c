package gov.disclosure.reports.published;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The forms in which reports are published and taken: their media types and file name endings. */
public enum DocumentFormat {
    TEXT("text/plain", List.of(".txt", ".md")),
    PDF("application/pdf", List.of(".pdf")),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of(".docx")),
    DOC("application/msword", List.of(".doc")),
    HTML("text/html", List.of(".html", ".htm", ".shtml"));

    public static final String PDF_TYPE = "application/pdf";
    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String DOC_TYPE = "application/msword";
    public static final String HTML_TYPE = "text/html";

    private final String mediaType;
    private final List<String> endings;

    DocumentFormat(String mediaType, List<String> endings) {
        this.mediaType = mediaType;
        this.endings = endings;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The format a Content-Type names (parameters ignored), if it is one of these. */
    public static Optional<DocumentFormat> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String base = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.mediaType.equals(base)).findFirst();
    }

    /** The format a file's name ends in, if it is one of these. */
    public static Optional<DocumentFormat> ofFileName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.endings.stream().anyMatch(lower::endsWith)).findFirst();
    }

    /**
     * The format of an uploaded file: the one its part's Content-Type names, else the one its name ends in (clients
     * send application/octet-stream for what they do not know), else text.
     */
    public static DocumentFormat of(String contentType, String fileName) {
        return ofMediaType(contentType).or(() -> ofFileName(fileName)).orElse(TEXT);
    }
}
