package dev.geotimeline.event;

import dev.geotimeline.event.EventRequest.Participation;
import dev.geotimeline.event.EventRequest.SourceRequest;
import dev.geotimeline.problem.ProblemException;
import dev.geotimeline.text.SearchTerms;
import dev.geotimeline.text.UserText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** Copies a validated request onto an event: its date, its links and the derived timeline rows. */
final class EventContent {

    private EventContent() {}

    static void copy(EventRequest request, Event event, EventLinkResolver links) {
        copy(request, event, links, false);
    }

    /** With {@code keepDate}, the event keeps its stored date (a patch that does not touch it). */
    static void copy(EventRequest request, Event event, EventLinkResolver links, boolean keepDate) {
        if (!keepDate) {
            EventDateResolver.Resolved date = EventDateResolver.resolve(request);
            event.setDate(date.date(), date.expression(), date.reference());
        }
        event.title = request.title().strip();
        event.summary = request.summary() == null ? null : request.summary().strip();
        event.type = request.type();
        event.externalSource =
                request.externalKey() == null ? null : request.externalKey().source();
        event.externalId =
                request.externalKey() == null ? null : request.externalKey().id();
        linkActors(event, request.actors(), links);
        linkLocations(event, request.locationsOrEmpty(), links);
        event.sources.clear();
        for (SourceRequest source : request.sourcesOrEmpty()) {
            event.sources.add(
                    new Source(source.url().strip(), source.publisher(), source.publishedOn(), source.quote()));
        }
        event.tags.clear();
        request.tagsOrEmpty().forEach(tag -> event.tags.add(tag.strip()));
        event.terms.clear();
        SearchTerms.of(event.title, event.summary).forEach(term -> event.terms.add(new TermLink(term, event.sortKey)));
    }

    /** The places the event counts as being at: its own and every place containing one of them. */
    static void setScope(Event event, Set<Long> scope) {
        event.locationScope.clear();
        scope.forEach(id -> event.locationScope.add(new LocationLink(id, event.sortKey)));
    }

    private static void linkActors(Event event, List<Participation> participations, EventLinkResolver links) {
        List<ActorLink> linked = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < participations.size(); i++) {
            String field = "actors[" + i + "].actor";
            long actorId = links.actorId(field, participations.get(i).actor());
            if (!seen.add(actorId)) {
                throw alreadyListed(field, "actor", participations.get(i).actor());
            }
            linked.add(new ActorLink(actorId, participations.get(i).role(), event.sortKey));
        }
        event.actors = inPlaceOrAnew(event.actors, linked, link -> link.actorId);
        pairActors(event);
    }

    /** Every two actors of the event, once: the rows a timeline of two actors walks. */
    private static void pairActors(Event event) {
        event.actorPairs.clear();
        List<ActorLink> actors = event.actors;
        for (int i = 0; i < actors.size(); i++) {
            for (int j = i + 1; j < actors.size(); j++) {
                event.actorPairs.add(new ActorPairLink(actors.get(i).actorId, actors.get(j).actorId, event.sortKey));
            }
        }
    }

    private static void linkLocations(Event event, List<String> names, EventLinkResolver links) {
        List<LocationLink> linked = new ArrayList<>();
        Set<Long> scope = new LinkedHashSet<>();
        Set<Long> direct = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "locations[" + i + "]";
            EventLinkResolver.Place place = links.place(field, names.get(i));
            if (!direct.add(place.id())) {
                throw alreadyListed(field, "location", names.get(i));
            }
            linked.add(new LocationLink(place.id(), event.sortKey));
            scope.addAll(place.selfAndAncestors());
        }
        event.locations = inPlaceOrAnew(event.locations, linked, link -> link.locationId);
        setScope(event, scope);
    }

    /**
     * The list the new links are written from. Hibernate writes an ordered link list position by position, so
     * when an actor or place moves to another position, the row updated first would take the key (event, actor)
     * that a later row still holds, and the edit failed as a conflict. A new list makes Hibernate delete the old
     * rows before it inserts the new ones; the stored list is kept, and updated in place, while every position
     * keeps its actor or place.
     */
    private static <T> List<T> inPlaceOrAnew(List<T> stored, List<T> links, Function<T, Long> key) {
        if (!stored.stream().map(key).toList().equals(links.stream().map(key).toList())) {
            return links;
        }
        stored.clear();
        stored.addAll(links);
        return stored;
    }

    private static ProblemException alreadyListed(String field, String noun, String name) {
        return ProblemException.badRequest(
                field,
                "the " + noun + " " + UserText.quote(name)
                        + " is already listed in this event (perhaps under another name)");
    }
}
