package dev.geotimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Two actors of one event, the lower id first: a row of the pair index, which a timeline of two actors walks
 * instead of probing one actor's events for the other.
 */
@Embeddable
public class ActorPairLink {

    @Column(name = "actor_id", nullable = false)
    public long actorId;

    @Column(name = "other_actor_id", nullable = false)
    public long otherActorId;

    @Column(name = "sort_key", nullable = false)
    public long sortKey;

    protected ActorPairLink() {}

    ActorPairLink(long actorId, long otherActorId, long sortKey) {
        this.actorId = Math.min(actorId, otherActorId);
        this.otherActorId = Math.max(actorId, otherActorId);
        this.sortKey = sortKey;
    }
}
