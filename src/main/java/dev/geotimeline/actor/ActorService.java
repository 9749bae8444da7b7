package dev.geotimeline.actor;

import dev.geotimeline.named.Identifiers;
import dev.geotimeline.named.NamedService;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.problem.Validation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.List;

/** Everything about storing and finding actors. */
@ApplicationScoped
public class ActorService extends NamedService<Actor, ActorRequest, ActorResponse> {

    private final ActorRepository actors;
    private final Event<ActorRenamed> renamed;

    public ActorService(ActorRepository actors, Validation validation, Event<ActorRenamed> renamed) {
        super(actors, validation, Actor::new, ActorService::view);
        this.actors = actors;
        this.renamed = renamed;
    }

    public Page<ActorResponse> list(String query, ActorKind kind, int limit, Cursor after) {
        return pageOf(actors.page(kind, Identifiers.prefixPattern(query), after, limit + 1), limit);
    }

    @Override
    protected void apply(Actor actor, ActorRequest request) {
        actor.kind = request.kind();
        actor.countryCode = request.countryCode();
        actor.wikidataId = request.wikidataId();
    }

    @Override
    protected void renamed(Actor actor) {
        renamed.fire(new ActorRenamed(actor.id));
    }

    @Override
    protected ActorRequest requestOf(Actor actor) {
        return new ActorRequest(
                actor.name, actor.slug, actor.kind, List.copyOf(actor.aliases), actor.countryCode, actor.wikidataId);
    }

    @Override
    protected void ensureDeletable(Actor actor) {
        long uses = actors.countEventsOf(actor);
        if (uses > 0) {
            throw ProblemException.conflict(
                    "actor", "the actor takes part in " + uses + " event(s); remove it from them first");
        }
    }

    private static ActorResponse view(Actor actor) {
        return new ActorResponse(
                actor.id,
                actor.slug,
                actor.name,
                actor.kind,
                List.copyOf(actor.aliases),
                actor.countryCode,
                actor.wikidataId,
                actor.createdAt,
                actor.updatedAt,
                actor.createdBy,
                actor.updatedBy,
                actor.version);
    }
}
