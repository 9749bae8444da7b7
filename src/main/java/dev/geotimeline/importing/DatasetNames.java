package dev.geotimeline.importing;

import dev.geotimeline.actor.ActorKind;
import dev.geotimeline.location.LocationKind;
import java.util.List;

/**
 * The places and actors a row of a dataset file names, which the import creates when they are
 * missing: a place as its path from the country down (coordinates on the last one), and each
 * actor with the kind it gets if it is new.
 */
public record DatasetNames(List<Level> place, Double latitude, Double longitude, List<NewActor> actors) {

    /** One level of a place's path: "Lebanon" (COUNTRY), "North" (REGION), "Tripoli" (CITY). */
    public record Level(String name, LocationKind kind) {}

    public record NewActor(String name, ActorKind kind) {}
}
