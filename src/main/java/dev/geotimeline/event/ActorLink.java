package dev.geotimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class ActorLink {

    @Column(name = "actor_id", nullable = false)
    public long actorId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorRole role;

    @Column(name = "sort_key", nullable = false)
    public long sortKey;

    protected ActorLink() {}

    ActorLink(long actorId, ActorRole role, long sortKey) {
        this.actorId = actorId;
        this.role = role;
        this.sortKey = sortKey;
    }
}
