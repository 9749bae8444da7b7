package dev.geotimeline.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * Converts between request records and JSON trees with the application's
 * ObjectMapper (same strictness as request bodies: unknown properties fail).
 */
@ApplicationScoped
public class JsonBodies {

    private final ObjectMapper mapper;

    public JsonBodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    /** Binds a tree to a request type; binding errors surface as the same 400 problems as request bodies. */
    public <T> T convert(JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new BindingFailure(e);
        }
    }

    /** Carries a Jackson failure out of a service to the problem mappers. */
    public static final class BindingFailure extends UncheckedIOException {
        public BindingFailure(JsonProcessingException cause) {
            super(cause);
        }

        @Override
        public synchronized JsonProcessingException getCause() {
            return (JsonProcessingException) super.getCause();
        }
    }
}
