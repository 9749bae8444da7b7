package dev.geotimeline.store;

/**
 * A write refused before it reached the database because the H2 volume is (nearly) full. H2 must
 * not meet a full disk itself: a failed write closes its store, and threads that were committing
 * at that moment can spin for ever (H2 2.4), holding their connections, so that the database stays
 * locked until the process restarts.
 */
public class DiskFullException extends RuntimeException {

    public DiskFullException(long freeBytes, long minFreeBytes) {
        super("the H2 data volume has " + freeBytes + " bytes free, at most the reserve of " + minFreeBytes);
    }
}
