package dev.geotimeline.date;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One supported relative form: a pattern over the normalised expression and how to resolve a match. */
record RelativeRule(Pattern pattern, Resolver resolver) {

    @FunctionalInterface
    interface Resolver {
        ResolvedDate resolve(Matcher match, Anchor anchor);
    }

    static RelativeRule of(String regex, Resolver resolver) {
        return new RelativeRule(Pattern.compile(regex), resolver);
    }

    Optional<ResolvedDate> tryResolve(String expression, Anchor anchor) {
        Matcher matcher = pattern.matcher(expression);
        return matcher.matches() ? Optional.of(resolver.resolve(matcher, anchor)) : Optional.empty();
    }
}
