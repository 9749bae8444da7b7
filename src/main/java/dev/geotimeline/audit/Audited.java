package dev.geotimeline.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creation and change stamps plus the optimistic-locking version shared by all stored resources. */
@MappedSuperclass
public abstract class Audited extends PanacheEntityBase {

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

    private static Instant now() {
        // Microseconds: the precision both H2 and PostgreSQL keep, so values read back compare equal.
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
