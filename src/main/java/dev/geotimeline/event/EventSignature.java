package dev.geotimeline.event;

import java.util.List;
import java.util.Set;

/** The stored content of an event, for telling whether an imported row changes it. */
record EventSignature(
        String title,
        String summary,
        EventType type,
        String edtf,
        String expression,
        Object reference,
        List<String> actors,
        List<Long> locations,
        List<String> sources,
        Set<String> tags) {

    static EventSignature of(Event e) {
        return new EventSignature(
                e.title,
                e.summary,
                e.type,
                e.dateEdtf,
                e.dateExpression,
                e.dateReference,
                e.actors.stream().map(a -> a.actorId + ":" + a.role).toList(),
                e.locations.stream().map(l -> l.locationId).toList(),
                e.sources.stream()
                        .map(s -> s.url + "|" + s.publisher + "|" + s.publishedOn + "|" + s.quote)
                        .toList(),
                Set.copyOf(e.tags));
    }
}
