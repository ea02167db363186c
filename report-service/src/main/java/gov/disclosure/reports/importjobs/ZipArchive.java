package gov.disclosure.reports.importjobs;

import gov.disclosure.reports.importjobs.IncomingFile.Refused;
import gov.disclosure.reports.importjobs.IncomingFile.ToRead;
import gov.disclosure.reports.published.DocumentFormat;
import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.published.UnreadableDocumentException;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The files of a zip archive, read as a stream and counted as they inflate (an entry's declared size is not
 * trusted): an entry over the file limit, an archive inside it, a name that climbs out of it or a file of no
 * format the service reads is refused on its own; past the total the archive may unpack to, or its entry count,
 * the rest is refused (a zip bomb).
 */
final class ZipArchive {

    private static final Set<String> ARCHIVES = Set.of(".zip", ".rar", ".7z", ".tar", ".gz", ".tgz", ".bz2", ".xz",
            ".jar", ".cab", ".arj", ".lzh", ".z");
    /** ../ anywhere, a leading / or \, a drive letter, a NUL. */
    private static final Pattern UNSAFE = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|^[/\\\\]|^[A-Za-z]:|\\x00");
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final long maxFileSize;
    private final long maxUnpacked;
    private final int maxEntries;

    ZipArchive(long maxFileSize, long maxUnpacked, int maxEntries) {
        this.maxFileSize = maxFileSize;
        this.maxUnpacked = maxUnpacked;
        this.maxEntries = maxEntries;
    }

    static boolean isArchive(String contentType, String name) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/zip") || type.startsWith("application/x-zip")
                || name != null && name.toLowerCase(Locale.ROOT).endsWith(".zip");
    }

    List<IncomingFile> files(String archiveName, byte[] archive) {
        try {
            return read(archiveName, archive, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notUtf8Names) {
            return readAsGbk(archiveName, archive);
        }
    }

    private List<IncomingFile> readAsGbk(String archiveName, byte[] archive) {
        try {
            // Windows' zip tools write Chinese names in GBK without saying so
            return read(archiveName, archive, GB18030);
        } catch (IllegalArgumentException flaggedUtf8) {
            // an entry flagged as named in UTF-8 whose name is not: the stream cannot be read past it
            return List.of(new Refused(archiveName, new UnreadableDocumentException(Reason.DAMAGED, archiveName
                    + " names an entry in bytes that are not UTF-8, though the entry says they are: not read")));
        }
    }

    private List<IncomingFile> read(String archiveName, byte[] archive, Charset names) {
        List<IncomingFile> files = new ArrayList<>();
        long unpacked = 0;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(archive), names)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = archiveName + "!/" + PublishedFile.storable(entry.getName());
                if (++entries > maxEntries) {
                    files.add(new Refused(name, new UnreadableDocumentException(Reason.TOO_LARGE, ("%s has more than "
                            + "%d entries: the rest of it is not read").formatted(archiveName, maxEntries))));
                    return files;
                }
                if (entry.isDirectory() || entry.getName().startsWith("__MACOSX/")) {
                    continue;
                }
                IncomingFile refused = refusedByName(name, entry.getName());
                if (refused != null) {
                    files.add(refused);
                    continue;
                }
                byte[] content = readBounded(zip, Math.min(maxFileSize, maxUnpacked - unpacked));
                if (content == null) {
                    boolean bomb = maxUnpacked - unpacked <= maxFileSize;
                    files.add(new Refused(name, new UnreadableDocumentException(Reason.TOO_LARGE, bomb
                            ? "%s unpacks to more than %d bytes (a zip bomb?): the rest of it is not read"
                            .formatted(archiveName, maxUnpacked)
                            : "%s is larger than %d bytes unpacked".formatted(name, maxFileSize))));
                    if (bomb) {
                        return files;
                    }
                    continue;
                }
                unpacked += content.length;
                files.add(new ToRead(new PublishedFile(name, null, content)));
            }
        } catch (IOException damaged) {
            files.add(new Refused(archiveName, new UnreadableDocumentException(Reason.DAMAGED,
                    archiveName + " is a damaged zip archive: " + damaged.getMessage(), damaged)));
        }
        if (files.isEmpty()) {
            files.add(new Refused(archiveName, new UnreadableDocumentException(Reason.UNSUPPORTED,
                    archiveName + " holds no files")));
        }
        return files;
    }

    private static IncomingFile refusedByName(String name, String entryName) {
        if (UNSAFE.matcher(entryName).find()) {
            return new Refused(name, new UnreadableDocumentException(Reason.UNSAFE_NAME, ("the entry name %s climbs out "
                    + "of the archive (../, an absolute path or a drive) or holds a NUL: refused")
                    .formatted(PublishedFile.storable(entryName))));
        }
        String lower = entryName.toLowerCase(Locale.ROOT);
        if (ARCHIVES.stream().anyMatch(lower::endsWith)) {
            return new Refused(name, new UnreadableDocumentException(Reason.UNSUPPORTED,
                    "%s is an archive inside the archive: archives are not unpacked twice; send it on its own"
                            .formatted(entryName)));
        }
        if (DocumentFormat.ofFileName(entryName).isEmpty()) {
            return new Refused(name, new UnreadableDocumentException(Reason.UNSUPPORTED, ("%s is of no format read "
                    + "here (.txt, .md, .pdf, .docx, .doc, .html, .htm)").formatted(entryName)));
        }
        return null;
    }

    /** The entry's bytes, or null when it inflates past {@code max}. */
    private static byte[] readBounded(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            total += read;
            if (total > max) {
                return null;
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }
}
