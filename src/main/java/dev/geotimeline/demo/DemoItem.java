package dev.geotimeline.demo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A demo item (actor, location or event) that the loader has handled once and must never touch again. */
@Entity
@Table(name = "demo_item")
public class DemoItem {

    /** "actor:slug", "location:slug" or "event:source/id". */
    @Id
    public String item;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;

    protected DemoItem() {}

    DemoItem(String item, OffsetDateTime loadedAt) {
        this.item = item;
        this.loadedAt = loadedAt;
    }
}
