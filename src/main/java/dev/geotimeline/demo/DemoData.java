package dev.geotimeline.demo;

import dev.geotimeline.actor.ActorRequest;
import dev.geotimeline.event.EventRequest;
import dev.geotimeline.location.LocationRequest;
import java.util.List;

/** The demo dataset file: actors, then locations (parents first), then events with external keys. */
record DemoData(String source, List<ActorRequest> actors, List<LocationRequest> locations, List<EventRequest> events) {}
