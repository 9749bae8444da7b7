package dev.geotimeline.store;

import dev.geotimeline.problem.ProblemException;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * What every stored resource carries: an id, creation and change stamps (when and by whom) and
 * the optimistic-locking version that clients see as the ETag.
 */
@MappedSuperclass
public abstract class VersionedEntity {

    /** From the sequence {@code <table>_seq}, in blocks of 50 so that inserts can be batched. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    public Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_by")
    public String updatedBy;

    @Version
    @Column(nullable = false)
    public long version;

    /** Also called by writers that insert rows without {@code persist()}. */
    @PrePersist
    public void stampCreation() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    public void recordAuthor(String subject, boolean creating) {
        if (creating) {
            createdBy = subject;
        }
        updatedBy = subject;
    }

    /** Throws 412 unless this is the version the client based its change on ({@code null}: no expectation). */
    public void requireVersion(Long expected) {
        if (expected != null && expected != version) {
            throw new ProblemException(
                    412,
                    "Precondition failed",
                    "the resource has changed since you read it "
                            + "(your version " + (expected < 0 ? "is unknown" : expected) + ", current version "
                            + version
                            + "); fetch it again and reapply your change",
                    List.of());
        }
    }

    private static Instant now() {
        // Microseconds: the precision both H2 and PostgreSQL keep, so values read back compare equal.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
