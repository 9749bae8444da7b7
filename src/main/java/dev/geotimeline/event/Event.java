package dev.geotimeline.event;

import dev.geotimeline.date.DatePrecision;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.store.VersionedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

@Entity
public class Event extends VersionedEntity {

    @Column(nullable = false)
    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false)
    public EventType type;

    @Column(name = "date_edtf", nullable = false)
    public String dateEdtf;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_precision", nullable = false)
    public DatePrecision datePrecision;

    @Column(name = "date_approximate", nullable = false)
    public boolean dateApproximate;

    @JdbcType(LocalDateJdbcType.class)
    @Column(name = "date_earliest", nullable = false)
    public LocalDate dateEarliest;

    @JdbcType(LocalDateJdbcType.class)
    @Column(name = "date_latest", nullable = false)
    public LocalDate dateLatest;

    @Column(name = "sort_key", nullable = false)
    public long sortKey;

    @Column(name = "date_expression")
    public String dateExpression;

    @JdbcType(LocalDateJdbcType.class)
    @Column(name = "date_reference")
    public LocalDate dateReference;

    @Column(name = "external_source")
    public String externalSource;

    @Column(name = "external_id")
    public String externalId;

    @ElementCollection
    @CollectionTable(name = "event_actor", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<ActorLink> actors = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_actor_pair", joinColumns = @JoinColumn(name = "event_id"))
    public List<ActorPairLink> actorPairs = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_location", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<LocationLink> locations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_location_scope", joinColumns = @JoinColumn(name = "event_id"))
    public List<LocationLink> locationScope = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_tag", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "tag", nullable = false)
    public Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "event_term", joinColumns = @JoinColumn(name = "event_id"))
    public List<TermLink> terms = new ArrayList<>();

    public EventDate date() {
        return new EventDate(dateEdtf, datePrecision, dateApproximate, dateEarliest, dateLatest);
    }

    void setDate(EventDate date, String expression, LocalDate reference) {
        dateEdtf = date.edtf();
        datePrecision = date.precision();
        dateApproximate = date.approximate();
        dateEarliest = date.earliest();
        dateLatest = date.latest();
        sortKey = date.sortKey();
        dateExpression = expression;
        dateReference = reference;
    }
}
