package dev.geotimeline.event;

import dev.geotimeline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keeps an event's actors and places from being deleted while the event is written, on PostgreSQL, where the
 * links carry no foreign key to them (V17): the keys checked every row an import copies, one lookup per row.
 * Here each actor and place a write links to is locked once per transaction, the way a key check locks it, and
 * a write naming one that is gone fails with a 409. A delete locks its row before it counts the uses
 * ({@code NamedService.delete}): it either waits for the writing transaction and then sees its links, or goes
 * first, and the write fails. H2 keeps its foreign keys.
 */
@ApplicationScoped
class LinkTargets {

    /** What an event links to, by table. */
    enum Target {
        ACTOR("actor", "actors", event -> event.actors.stream().map(link -> link.actorId)),
        LOCATION("location", "locations", event -> event.locations.stream().map(link -> link.locationId));

        private final String table;
        private final String field;
        private final Function<Event, Stream<Long>> ids;

        Target(String table, String field, Function<Event, Stream<Long>> ids) {
            this.table = table;
            this.field = field;
            this.ids = ids;
        }

        String table() {
            return table;
        }
    }

    private static final Object HELD = LinkTargets.class.getName() + ".held";

    private final EventRepository repository;
    private final TransactionSynchronizationRegistry transactions;

    LinkTargets(EventRepository repository, TransactionSynchronizationRegistry transactions) {
        this.repository = repository;
        this.transactions = transactions;
    }

    /** Locks what these events link to until the transaction ends; a 409 when any of it has been deleted. */
    void hold(Collection<Event> events) {
        if (events.isEmpty() || !repository.onPostgres()) {
            return;
        }
        Map<Target, Set<Long>> held = held();
        for (Target target : Target.values()) {
            Set<Long> wanted = new TreeSet<>();
            events.forEach(event -> target.ids.apply(event).forEach(wanted::add));
            wanted.removeAll(held.get(target));
            if (wanted.isEmpty()) {
                continue;
            }
            Set<Long> missing = new TreeSet<>(wanted);
            repository.holdExisting(target, wanted).forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw ProblemException.conflict(
                        target.field,
                        "the " + target.table + " with id " + missing.iterator().next()
                                + " was deleted while this request was being stored; send it again without it");
            }
            held.get(target).addAll(wanted);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Target, Set<Long>> held() {
        Map<Target, Set<Long>> held = (Map<Target, Set<Long>>) transactions.getResource(HELD);
        if (held == null) {
            held = new EnumMap<>(Target.class);
            for (Target target : Target.values()) {
                held.put(target, new HashSet<>());
            }
            transactions.putResource(HELD, held);
        }
        return held;
    }
}
