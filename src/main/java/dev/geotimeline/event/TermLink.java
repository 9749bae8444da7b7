package dev.geotimeline.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class TermLink {

    @Column(nullable = false)
    public String term;

    @Column(name = "sort_key", nullable = false)
    public long sortKey;

    protected TermLink() {}

    TermLink(String term, long sortKey) {
        this.term = term;
        this.sortKey = sortKey;
    }
}
