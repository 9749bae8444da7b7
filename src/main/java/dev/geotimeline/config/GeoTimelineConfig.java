package dev.geotimeline.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;

/** Every {@code geotimeline.*} setting; application.properties documents each one and its environment variable. */
@ConfigMapping(prefix = "geotimeline")
public interface GeoTimelineConfig {

    /** Directory of the embedded H2 database (read by the JDBC URL in application.properties). */
    String dataDir();

    DemoData demoData();

    Page page();

    PageCache pageCache();

    /** Largest JSON request body; streamed NDJSON imports are bounded only by the HTTP server. */
    MemorySize maxJsonBodySize();

    @WithName("import")
    Import imports();

    Auth auth();

    interface DemoData {
        boolean enabled();
    }

    interface Page {
        int defaultLimit();

        int maxLimit();
    }

    interface PageCache {
        boolean enabled();

        MemorySize maxSize();
    }

    interface Import {
        /** Seconds one import (one transaction) may take; the transaction annotation reads the same key. */
        int transactionTimeout();
    }

    interface Auth {
        boolean requireViewer();
    }
}
