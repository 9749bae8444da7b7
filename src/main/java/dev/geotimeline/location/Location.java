package dev.geotimeline.location;

import dev.geotimeline.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "location")
public class Location extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "location_seq")
    @SequenceGenerator(name = "location_seq", sequenceName = "location_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LocationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public Location parent;

    /** Ids of all ancestors, outermost first, as "/1/51/"; "/" for a root. */
    @Column(name = "ancestor_path", nullable = false)
    public String ancestorPath = "/";

    public Double latitude;

    public Double longitude;

    @Column(name = "country_code")
    public String countryCode;

    @ElementCollection
    @CollectionTable(name = "location_alias", joinColumns = @JoinColumn(name = "location_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "location_key", joinColumns = @JoinColumn(name = "location_id"))
    @Column(name = "lookup_key", nullable = false)
    public Set<String> lookupKeys = new HashSet<>();

    /** This location and every place that contains it. */
    public List<Long> selfAndAncestorIds() {
        List<Long> ids = new ArrayList<>(Arrays.stream(ancestorPath.split("/"))
                .filter(part -> !part.isEmpty()).map(Long::valueOf).toList());
        ids.add(id);
        return ids;
    }

    /** The path prefix shared by this location's descendants. */
    public String pathOfChildren() {
        return ancestorPath + id + "/";
    }
}
