package dev.geotimeline.timeline;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventViews;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Consumer;

/** Answers timeline questions: runs the query, assembles the page. */
@ApplicationScoped
public class TimelineService {

    private final TimelineRepository repository;
    private final EventViews views;

    public TimelineService(TimelineRepository repository, EventViews views) {
        this.repository = repository;
        this.views = views;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventResponse> timeline(TimelineQuery query) {
        List<Cursor> rows = repository.findPage(query);
        Page<Cursor> page = Page.fromLookahead(rows, query.limit(), row -> row);
        List<Long> ids = page.items().stream().map(Cursor::id).toList();
        return new Page<>(views.load(ids), page.next());
    }

    /**
     * Hands the whole timeline to {@code sink}, one page of {@code query.limit()} events at a time,
     * in timeline order: keyset pages, each read in a short transaction of its own, so memory and
     * database connections are held for one page only, however long the timeline or slow the reader.
     */
    public void forEachPage(TimelineQuery query, Consumer<List<EventResponse>> sink) {
        TimelineQuery next = query;
        while (next != null) {
            TimelineQuery current = next;
            Page<EventResponse> page = QuarkusTransaction.requiringNew().call(() -> timeline(current));
            if (!page.items().isEmpty()) {
                sink.accept(page.items());
            }
            next = page.next() == null ? null : query.after(page.next());
        }
    }

    /** Event counts per bucket of {@code interval}, counted by the database (see {@link Histogram}). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Histogram histogram(TimelineQuery query, HistogramInterval interval) {
        return Histogram.of(interval, repository.countByDate(query));
    }
}
