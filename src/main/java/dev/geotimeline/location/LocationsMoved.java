package dev.geotimeline.location;

import java.util.Set;

/** Fired inside the transaction when locations get new ancestors, so derived data can follow. */
public record LocationsMoved(Set<Long> locationIds) {}
