package gov.disclosure.reports.importjobs;

import gov.disclosure.reports.published.PublishedFile;
import gov.disclosure.reports.published.UnreadableDocumentException;

/** A file arriving with a job: to be read, or refused before it is kept (an unsafe archive entry, a zip bomb). */
public sealed interface IncomingFile {

    String name();

    record ToRead(PublishedFile file) implements IncomingFile {
        @Override
        public String name() {
            return file.name();
        }
    }

    record Refused(String name, UnreadableDocumentException problem) implements IncomingFile {
    }
}
