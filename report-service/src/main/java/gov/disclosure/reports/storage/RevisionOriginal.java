package gov.disclosure.reports.storage;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.util.Optional;
import java.util.UUID;

/** The published document (PDF, Word, web page) a revision was read from, as it came. */
@Entity
@Immutable
@Table(name = "revision_original")
public class RevisionOriginal extends PanacheEntityBase {

    @Id
    @Column(name = "revision_id")
    public UUID revisionId;

    @Column(name = "media_type", nullable = false)
    public String mediaType;

    @Column(name = "file_name")
    public String fileName;

    @Column(nullable = false)
    public byte[] content;

    public static Optional<RevisionOriginal> of(UUID revisionId) {
        return findByIdOptional(revisionId);
    }
}
