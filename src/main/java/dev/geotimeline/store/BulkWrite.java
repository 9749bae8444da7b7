package dev.geotimeline.store;

/** Fired in the transaction of a bulk write of events; observers act once it has committed. */
public record BulkWrite(int eventsChanged) {}
