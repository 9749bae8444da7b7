package dev.geotimeline.actor;

import dev.geotimeline.named.NamedEntity;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinTable;

@Entity
@AssociationOverride(name = "aliases", joinTable = @JoinTable(name = "actor_alias"))
@AssociationOverride(name = "lookupKeys", joinTable = @JoinTable(name = "actor_key"))
public class Actor extends NamedEntity {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorKind kind;

    @Column(name = "country_code")
    public String countryCode;

    @Column(name = "wikidata_id")
    public String wikidataId;
}
