package dev.geotimeline.event;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import java.io.IOException;

/**
 * An event's view ({@link EventResponse}) already written as JSON by {@link EventDocuments}: a page of
 * them is written out as it is, without mapping rows to objects and objects to JSON per request.
 */
public record EventDocument(long id, String json) implements JsonSerializable {

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeRawValue(json);
    }

    @Override
    public void serializeWithType(JsonGenerator generator, SerializerProvider provider, TypeSerializer types)
            throws IOException {
        serialize(generator, provider);
    }
}
