package dev.geotimeline.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import dev.geotimeline.problem.FieldError;
import dev.geotimeline.text.UserText;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Describes Jackson binding failures in terms of the JSON the client sent. */
public final class JsonBindingErrors {

    private JsonBindingErrors() {}

    /** The field and message for any JSON reading failure, in the client's terms. */
    public static FieldError describe(com.fasterxml.jackson.core.JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException unknown) {
            return new FieldError(of(unknown), "unknown property " + UserText.quote(unknown.getPropertyName()));
        }
        if (e instanceof InvalidFormatException invalid) {
            return new FieldError(of(invalid), describeInvalidValue(invalid));
        }
        if (e instanceof MismatchedInputException mismatch) {
            return new FieldError(of(mismatch), describeMismatch(mismatch));
        }
        if (e instanceof ValueInstantiationException instantiation) {
            return new FieldError(of(instantiation), describeInstantiation(instantiation));
        }
        if (e instanceof StrictJson.NulCharacterException nul) {
            return new FieldError(of(nul), "text must not contain NUL (\\u0000) characters");
        }
        if (e instanceof JsonMappingException mapping) {
            return new FieldError(of(mapping), "invalid value");
        }
        String column =
                e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
        return new FieldError("body", "not well-formed JSON" + column);
    }

    private static String of(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String describeInvalidValue(InvalidFormatException e) {
        Class<?> target = e.getTargetType();
        String value = UserText.quote(String.valueOf(e.getValue()));
        if (target != null && target.isEnum()) {
            String allowed = Arrays.stream(target.getEnumConstants())
                    .map(Object::toString)
                    .collect(Collectors.joining(", "));
            return value + " is not one of " + allowed;
        }
        if (target != null && Temporal.class.isAssignableFrom(target)) {
            return value + " is not a valid date; use YYYY-MM-DD";
        }
        return value + " is not a valid " + friendlyType(target);
    }

    private static String describeMismatch(MismatchedInputException e) {
        Class<?> target = e.getTargetType();
        if (target == null) {
            return "invalid value";
        }
        if (target.isEnum()) {
            return "expected one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", "));
        }
        return "expected " + friendlyType(target);
    }

    private static String describeInstantiation(ValueInstantiationException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return cause.getMessage();
        }
        return "invalid value";
    }

    private static String friendlyType(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean (true or false)";
        }
        if (type == String.class) {
            return "string";
        }
        if (Iterable.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "date (YYYY-MM-DD)";
        }
        return "object";
    }
}
