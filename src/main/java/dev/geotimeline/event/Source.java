package dev.geotimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalDateJdbcType;

@Embeddable
public class Source {

    @Column(nullable = false)
    public String url;

    public String publisher;

    @JdbcType(LocalDateJdbcType.class)
    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String quote;

    protected Source() {}

    Source(String url, String publisher, LocalDate publishedOn, String quote) {
        this.url = url;
        this.publisher = publisher;
        this.publishedOn = publishedOn;
        this.quote = quote;
    }
}
