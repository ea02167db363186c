package gov.disclosure.reports.published;

import gov.disclosure.reports.published.UnreadableDocumentException.Reason;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;

/** What Word's two formats share in their problems. */
final class WordText {

    private WordText() {
    }

    static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    /** The OLE2 compound file signature of .doc (and of encrypted .docx). */
    static boolean isOle2(byte[] content) {
        byte[] signature = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    static UnreadableDocumentException encrypted(PublishedFile file, Exception cause) {
        return new UnreadableDocumentException(Reason.ENCRYPTED,
                file.label() + " is encrypted with a password: send it without the password protection", cause);
    }

    /** A .docx in an OLE2 container is encrypted (its package is the EncryptedPackage entry), else it is a .doc. */
    static UnreadableDocumentException encryptedOrDoc(PublishedFile file) {
        try (var filesystem = new POIFSFileSystem(new ByteArrayInputStream(file.content()))) {
            if (filesystem.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return encrypted(file, null);
            }
        } catch (IOException | RuntimeException damaged) {
            return new UnreadableDocumentException(Reason.DAMAGED, file.label() + " is a damaged Word file", damaged);
        }
        return notThisFormat(file, "it is a Word 97-2003 (.doc) file: send it as application/msword");
    }

    static UnreadableDocumentException notThisFormat(PublishedFile file, String why) {
        return new UnreadableDocumentException(Reason.NOT_THIS_FORMAT,
                "%s is not a %s file: %s".formatted(file.label(), file.format() == DocumentFormat.DOC ? ".doc" : ".docx",
                        why));
    }
}
