package dev.geotimeline.location;

import dev.geotimeline.named.NamedEntity;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

@Entity
@AssociationOverride(name = "aliases", joinTable = @JoinTable(name = "location_alias"))
@AssociationOverride(name = "lookupKeys", joinTable = @JoinTable(name = "location_key"))
public class Location extends NamedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Location parent;

    /** Ids of all ancestors, outermost first, as "/1/51/"; "/" for a root. */
    @Column(name = "ancestor_path", nullable = false)
    public String ancestorPath = "/";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LocationKind kind;

    public Double latitude;

    public Double longitude;

    @Column(name = "country_code")
    public String countryCode;

    /** This location and every place that contains it. */
    public List<Long> selfAndAncestorIds() {
        List<Long> ids = new ArrayList<>(Arrays.stream(ancestorPath.split("/"))
                .filter(part -> !part.isEmpty())
                .map(Long::valueOf)
                .toList());
        ids.add(id);
        return ids;
    }

    /** The path prefix shared by this location's descendants. */
    public String pathOfChildren() {
        return ancestorPath + id + "/";
    }
}
