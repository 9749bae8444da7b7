package dev.geotimeline.location;

/** A place's position in WGS 84 degrees. */
public record Coordinates(double latitude, double longitude) {}
