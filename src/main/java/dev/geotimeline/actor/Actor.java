package dev.geotimeline.actor;

import dev.geotimeline.audit.Audited;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

@Entity
@Table(name = "actor")
public class Actor extends Audited {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actor_seq")
    @SequenceGenerator(name = "actor_seq", sequenceName = "actor_seq", allocationSize = 50)
    public Long id;

    @Column(nullable = false)
    public String slug;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "wikidata_id")
    public String wikidataId;

    @ElementCollection
    @CollectionTable(name = "actor_alias", joinColumns = @JoinColumn(name = "actor_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "actor_key", joinColumns = @JoinColumn(name = "actor_id"))
    @Column(name = "lookup_key", nullable = false)
    public Set<String> lookupKeys = new HashSet<>();
}
