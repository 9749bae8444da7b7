package dev.geotimeline.named;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** The URL identifier of a named resource: lower-case letters, digits and single hyphens. */
@Size(max = SlugText.MAX_LENGTH)
@Pattern(regexp = SlugText.PATTERN, message = "lower-case letters, digits and single hyphens only")
@Constraint(validatedBy = {})
@Documented
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface SlugText {

    int MAX_LENGTH = 120;
    String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";
    String DESCRIPTION = "URL identifier; derived from the name when omitted";

    String message() default "";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
