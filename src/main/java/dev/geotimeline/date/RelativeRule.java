package dev.geotimeline.date;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One supported relative form: a pattern over the normalised expression and how to resolve a match. */
record RelativeRule(Pattern pattern, BiFunction<Matcher, LocalDate, EventDate> resolver) {

    static RelativeRule of(String regex, BiFunction<Matcher, LocalDate, EventDate> resolver) {
        return new RelativeRule(Pattern.compile(regex), resolver);
    }

    Optional<EventDate> tryResolve(String expression, LocalDate reference) {
        Matcher matcher = pattern.matcher(expression);
        return matcher.matches() ? Optional.of(resolver.apply(matcher, reference)) : Optional.empty();
    }
}
