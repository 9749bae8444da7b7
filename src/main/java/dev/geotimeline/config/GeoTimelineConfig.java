package dev.geotimeline.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithName;
import java.time.Duration;
import java.util.Optional;

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

    PlannerStatistics plannerStatistics();

    H2Housekeeping h2Housekeeping();

    DiskSpace diskSpace();

    Ui ui();

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

    interface PlannerStatistics {
        /** Refresh PostgreSQL's planner statistics after bulk imports (H2 analyses by itself). */
        boolean enabled();

        /** Rows changed since the last refresh that trigger the next one, at the least... */
        long minChangedRows();

        /** ...or this share of the events counted at the last refresh, if that is more. */
        double changedShare();

        /** A pause in bulk writes after which the changes below that threshold are vacuumed and analysed too. */
        Duration settleAfter();
    }

    interface H2Housekeeping {
        /** Rewrite mostly dead chunks of the H2 file as it is written (WRITE_DELAY=0 stops H2 doing it). */
        boolean enabled();

        /** Pause between two runs. */
        java.time.Duration interval();
    }

    interface DiskSpace {
        /** Free space on the H2 file's volume below which readiness is DOWN (the volume is nearly full). */
        MemorySize minFree();
    }

    interface Auth {
        boolean requireViewer();
    }

    /** The page served at {@code /}. */
    interface Ui {
        /**
         * Map tiles drawn under the page's offline world outline: a URL template with {z}, {x} and {y}
         * (Web Mercator tiles); empty (the default) for the outline alone, so that nothing loads from elsewhere.
         */
        @WithName("map-tile-url")
        Optional<String> mapTileUrl();

        /** The credit the tile provider asks for, shown under the map when tiles are drawn. */
        @WithName("map-tile-attribution")
        Optional<String> mapTileAttribution();
    }
}
