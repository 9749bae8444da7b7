package dev.geotimeline.timeline;

import dev.geotimeline.event.EventResponse;
import dev.geotimeline.event.EventViews;
import dev.geotimeline.paging.Cursor;
import dev.geotimeline.paging.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

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
}
