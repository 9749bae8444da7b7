package dev.geotimeline.location;

/** Fired inside the transaction when a location's slug or name changes, so copies of them can follow. */
public record LocationRenamed(long locationId) {}
