package dev.geotimeline.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Validates requests where they enter the services, reporting every violation with its JSON path. */
@ApplicationScoped
public class Validation {

    private final Validator validator;

    public Validation(Validator validator) {
        this.validator = validator;
    }

    public <T> T check(T body) {
        if (body == null) {
            throw ProblemException.badRequest("body", "a JSON request body is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            List<FieldError> errors = violations.stream()
                    .map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
            String detail = errors.stream()
                    .map(e -> e.field() + ": " + e.message())
                    .reduce((a, b) -> a + "; " + b)
                    .orElse("invalid body");
            throw new ProblemException(400, "Invalid request body", detail, errors);
        }
        return body;
    }
}
