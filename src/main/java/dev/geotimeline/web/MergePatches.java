package dev.geotimeline.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * Turns a JSON Merge Patch body into a change of a typed request: the stored state as a request, patched,
 * bound back with the application's ObjectMapper (as strict as request bodies: unknown properties fail).
 */
@ApplicationScoped
public class MergePatches {

    private final ObjectMapper mapper;

    public MergePatches(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> UnaryOperator<T> of(JsonNode patch, Class<T> type) {
        return of(patch, type, current -> {});
    }

    /** {@code prepare} may adjust the current state before the patch applies (fields the patch implies). */
    public <T> UnaryOperator<T> of(JsonNode patch, Class<T> type, Consumer<ObjectNode> prepare) {
        return current -> {
            ObjectNode tree = mapper.valueToTree(current);
            prepare.accept(tree);
            return bind(MergePatch.apply(tree, patch), type);
        };
    }

    private <T> T bind(JsonNode tree, Class<T> type) {
        try {
            return mapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new BindingFailure(e);
        }
    }

    /** Carries a Jackson failure out of the patched request to the problem mappers, as a 400 like a bad body. */
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
