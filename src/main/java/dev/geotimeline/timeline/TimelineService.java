package dev.geotimeline.timeline;

import dev.geotimeline.event.EventDocument;
import dev.geotimeline.event.EventDocuments;
import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventViews;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import dev.geotimeline.timeline.TimelineRepository.PageRow;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Answers timeline questions: runs the query, assembles the page. */
@ApplicationScoped
public class TimelineService {

    private final TimelineRepository repository;
    private final EventViews views;
    private final EventDocuments documents;

    public TimelineService(TimelineRepository repository, EventViews views, EventDocuments documents) {
        this.repository = repository;
        this.views = views;
        this.documents = documents;
    }

    /** A page of the timeline as the events' stored JSON documents (what the JSON API answers). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventDocument> page(TimelineQuery query) {
        Page<PageRow> page = Page.fromLookahead(repository.findDocumentPage(query), query.limit(), PageRow::position);
        Map<Long, String> stored = new HashMap<>();
        page.items().forEach(row -> stored.put(row.position().id(), row.document()));
        List<Long> ids = page.items().stream().map(row -> row.position().id()).toList();
        return new Page<>(documents.complete(ids, stored), page.next());
    }

    /** A page of the timeline as views (what exports write). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<EventResponse> timeline(TimelineQuery query) {
        Page<Long> ids = idsOf(query);
        return new Page<>(views.load(ids.items()), ids.next());
    }

    private Page<Long> idsOf(TimelineQuery query) {
        Page<Cursor> page = Page.fromLookahead(repository.findPage(query), query.limit(), row -> row);
        return new Page<>(page.items().stream().map(Cursor::id).toList(), page.next());
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
