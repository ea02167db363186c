package gov.disclosure.reports.importjobs;

import gov.disclosure.reports.importjobs.IncomingFile.Refused;
import gov.disclosure.reports.importjobs.IncomingFile.ToRead;
import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** A zip's entries become files of a job, each refused on its own when unsafe; a zip bomb stops being read. */
class ZipArchiveTest {

    private final ZipArchive archive = new ZipArchive(1_000, 3_000, 6);

    @Test
    void entriesClimbingOutOfTheArchiveAndNestedArchivesAreRefusedEachOnItsOwn() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("2024/ruzhou.txt", bytes("汝州"));
        entries.put("../../etc/cron.d/x.txt", bytes("x"));
        entries.put("/abs.txt", bytes("x"));
        entries.put("C:\\windows\\x.txt", bytes("x"));
        entries.put("more/inner.zip", zip(Map.of("a.txt", bytes("a")), StandardCharsets.UTF_8));
        entries.put("photo.jpg", bytes("jpeg"));

        List<IncomingFile> files = archive.files("up.zip", zip(entries, StandardCharsets.UTF_8));

        assertEquals(6, files.size());
        assertEquals("up.zip!/2024/ruzhou.txt", assertInstanceOf(ToRead.class, files.get(0)).file().name());
        for (int i = 1; i <= 3; i++) {
            assertEquals(Reason.UNSAFE_NAME, assertInstanceOf(Refused.class, files.get(i)).problem().reason());
        }
        assertThat(assertInstanceOf(Refused.class, files.get(4)).problem().getMessage(),
                containsString("archive inside the archive"));
        assertEquals(Reason.UNSUPPORTED, assertInstanceOf(Refused.class, files.get(5)).problem().reason());
    }

    @Test
    void anEntryWhoseNameHoldsANulIsRefusedAndNamedAsItCanBeStored() {
        List<IncomingFile> files = archive.files("up.zip", zip(Map.of("a\u0000.txt", bytes("x")), StandardCharsets.UTF_8));

        Refused refused = assertInstanceOf(Refused.class, files.get(0));
        assertEquals(Reason.UNSAFE_NAME, refused.problem().reason());
        assertEquals("up.zip!/a\uFFFD.txt", refused.name());
        assertThat(refused.problem().getMessage(), containsString("a\uFFFD.txt"));
    }

    @Test
    void anEntryInflatingPastTheFileLimitIsRefusedAndTheNextOneRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("big.txt", new byte[1_001]);
        entries.put("small.txt", bytes("ok"));

        List<IncomingFile> files = archive.files("up.zip", zip(entries, StandardCharsets.UTF_8));

        assertEquals(Reason.TOO_LARGE, assertInstanceOf(Refused.class, files.get(0)).problem().reason());
        assertInstanceOf(ToRead.class, files.get(1));
    }

    @Test
    void pastTheTotalItMayUnpackToTheRestOfAZipBombIsNotRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            entries.put("zeros" + i + ".txt", new byte[900]);
        }

        List<IncomingFile> files = archive.files("bomb.zip", zip(entries, StandardCharsets.UTF_8));

        assertEquals(4, files.size(), "three read (2,700 bytes), the fourth would pass 3,000: nothing after it");
        assertThat(assertInstanceOf(Refused.class, files.get(3)).problem().getMessage(), containsString("zip bomb"));
    }

    @Test
    void pastItsEntryCountTheRestOfAnArchiveIsNotRead() {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (int i = 0; i < 10; i++) {
            entries.put("f" + i + ".txt", bytes("x"));
        }

        List<IncomingFile> files = archive.files("many.zip", zip(entries, StandardCharsets.UTF_8));

        assertEquals(7, files.size());
        assertThat(assertInstanceOf(Refused.class, files.get(6)).problem().getMessage(), containsString("more than 6"));
    }

    @Test
    void chineseNamesWrittenInGbkAreRead() {
        List<IncomingFile> files = archive.files("gbk.zip", zip(Map.of("汝州市2024.txt", bytes("x")),
                Charset.forName("GBK")));

        assertEquals("gbk.zip!/汝州市2024.txt", files.get(0).name());
    }

    @Test
    void anArchiveWhoseEntryClaimsAUtf8NameThatIsNotIsRefusedAsDamaged() {
        byte[] flaggedUtf8 = zip(Map.of("名.txt", bytes("x")), StandardCharsets.UTF_8);
        byte[] name = bytes("名");
        for (int i = 0; i + name.length <= flaggedUtf8.length; i++) {
            if (Arrays.equals(flaggedUtf8, i, i + name.length, name, 0, name.length)) {
                Arrays.fill(flaggedUtf8, i, i + name.length, (byte) 0xff);
            }
        }

        List<IncomingFile> files = archive.files("names.zip", flaggedUtf8);

        assertEquals(1, files.size());
        Refused refused = assertInstanceOf(Refused.class, files.get(0));
        assertEquals(Reason.DAMAGED, refused.problem().reason());
        assertThat(refused.problem().getMessage(), containsString("not UTF-8"));
    }

    @Test
    void bytesThatAreNoZipAreRefusedAsDamaged() {
        List<IncomingFile> files = archive.files("bad.zip", bytes("PK\u0003\u0004 this is not a zip"));

        assertEquals(1, files.size());
        assertInstanceOf(Refused.class, files.get(0));
    }

    static byte[] zip(Map<String, byte[]> entries, Charset names) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, names)) {
            for (var entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
