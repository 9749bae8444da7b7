package dev.geotimeline.actor;

/** Fired inside the transaction when an actor's slug or name changes, so copies of them can follow. */
public record ActorRenamed(long actorId) {}
