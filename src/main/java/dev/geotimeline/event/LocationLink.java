package dev.geotimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class LocationLink {

    @Column(name = "location_id", nullable = false)
    public long locationId;

    @Column(name = "sort_key", nullable = false)
    public long sortKey;

    protected LocationLink() {}

    LocationLink(long locationId, long sortKey) {
        this.locationId = locationId;
        this.sortKey = sortKey;
    }
}
