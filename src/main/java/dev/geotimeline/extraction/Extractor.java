package dev.geotimeline.extraction;

import dev.geotimeline.date.Edtf;
import dev.geotimeline.date.EventDate;
import dev.geotimeline.date.ReportDay;
import dev.geotimeline.date.ResolvedDate;
import dev.geotimeline.date.Tense;
import dev.geotimeline.event.ActorRole;
import dev.geotimeline.extraction.ExtractionResponse.ActorMention;
import dev.geotimeline.extraction.ExtractionResponse.Candidate;
import dev.geotimeline.extraction.ExtractionResponse.Confidence;
import dev.geotimeline.extraction.ExtractionResponse.FoundDate;
import dev.geotimeline.extraction.ExtractionResponse.NewName;
import dev.geotimeline.extraction.ExtractionResponse.PlaceMention;
import dev.geotimeline.extraction.ExtractionResponse.Span;
import dev.geotimeline.extraction.ExtractionResponse.TypeGuess;
import dev.geotimeline.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a report and lists its candidate events: one for each clause group with a date of its own, and one for a
 * sentence without a date whose verb is in the past or present perfect (it takes the report's day). Deterministic;
 * every choice is explained in the answer.
 */
@ApplicationScoped
public class Extractor {

    public static final int MAX_TEXT_LENGTH = 20_000;
    static final int MAX_TITLE_LENGTH = 300;
    private static final int CONTEXT = 30;
    private static final Pattern PRESENT_PERFECT = Pattern.compile(
            "\\b(?:has|have|'s|'ve)\\s+(?:(?:not|also|now|just|already|\\w+ly)\\s+)?(?:been\\s+)?\\w+(?:ed|en|wn|ne|t)\\b");
    private static final Pattern PAST_PERFECT =
            Pattern.compile("\\bhad\\s+(?:(?:not|also|already|\\w+ly)\\s+)?(?:been\\s+)?\\w+(?:ed|en|wn|ne|t)\\b");
    private static final Pattern QUOTED = Pattern.compile("[\"“][^\"“”]*[\"”]");
    private static final Pattern CAPITALISED = Pattern.compile(
            "\\p{Lu}[\\p{L}'’\\-]*(?:\\s+(?:(?:al|el|bin|ibn|de|von|van)[\\-\\s])?\\p{Lu}[\\p{L}'’\\-]*)*");
    private static final Set<String> NOT_NAMES = Set.of(
            "the",
            "on",
            "in",
            "at",
            "a",
            "an",
            "this",
            "that",
            "these",
            "those",
            "both",
            "but",
            "however",
            "during",
            "after",
            "before",
            "since",
            "while",
            "throughout",
            "and",
            "it",
            "he",
            "she",
            "they",
            "we",
            "i",
            "his",
            "her",
            "their",
            "its",
            "our",
            "as",
            "by",
            "for",
            "from",
            "with",
            "officials",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "president",
            "minister",
            "foreign",
            "prime",
            "defence",
            "defense",
            "interior",
            "leader",
            "spokesman",
            "spokeswoman",
            "news",
            "home",
            "world",
            "live",
            "international",
            "crisis",
            "image",
            "title");

    private final NameIndex names;

    public Extractor(NameIndex names) {
        this.names = names;
    }

    /** Checks the request (400 naming the field) and reads the report. */
    public ExtractionResponse extract(ExtractionRequest request) {
        if (request == null || request.text() == null || request.text().isBlank()) {
            throw ProblemException.badRequest("text", "'text' is required: the report's text");
        }
        if (request.text().length() > MAX_TEXT_LENGTH) {
            throw ProblemException.badRequest(
                    "text", "'text' is limited to " + MAX_TEXT_LENGTH + " characters; split longer reports");
        }
        if (request.url() != null && request.url().length() > 2000) {
            throw ProblemException.badRequest("url", "'url' is limited to 2000 characters");
        }
        return extract(request.text(), ReportDay.parse("publishedOn", request.publishedOn()), request.url());
    }

    public ExtractionResponse extract(String text, LocalDate publishedOn, String url) {
        NameIndex.Found found = names.find(text);
        List<int[]> sentences = Clauses.sentences(text);
        List<Candidate> candidates = new ArrayList<>();
        for (int[] sentence : sentences) {
            candidates.addAll(new Sentence(text, sentence[0], sentence[1], publishedOn, url, found).candidates());
        }
        return new ExtractionResponse(publishedOn, sentences.size(), candidates);
    }

    /** One sentence and what it tells. */
    private record Sentence(String text, int start, int end, LocalDate publishedOn, String url, NameIndex.Found found) {

        List<Candidate> candidates() {
            Optional<Tense> sentenceTense = Tense.fromContext(unquoted(start, end));
            List<Group> groups = new ArrayList<>();
            for (int[] clause : Clauses.clauses(text, start, end)) {
                Tense tense = Tense.fromContext(unquoted(clause[0], clause[1]))
                        .or(() -> sentenceTense)
                        .orElse(null);
                Optional<DateFinder.Found> date =
                        DateFinder.find(text, clause[0], clause[1], publishedOn, tense).stream()
                                .filter(each -> !each.resolved().openEnded())
                                .findFirst();
                Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                if (last == null || (date.isPresent() && last.date != null)) {
                    groups.add(new Group(clause[0], clause[1], date.orElse(null), tense));
                } else if (date.isPresent() || last.date != null) {
                    // A clause without a date (a "since …" or "after …" of a sentence without one) stays out of
                    // a group without a date: it tells an earlier or other event than the main clause.
                    last.end = clause[1];
                    if (last.date == null && date.isPresent()) {
                        last.date = date.get();
                        last.tense = tense;
                    }
                }
            }
            List<Candidate> candidates = new ArrayList<>();
            for (Group group : groups) {
                candidate(group, sentenceTense.orElse(null)).ifPresent(candidates::add);
            }
            return candidates;
        }

        private Optional<Candidate> candidate(Group group, Tense sentenceTense) {
            List<CueTable.Cue> cues = CueTable.find(text, group.start, group.end);
            Optional<CueTable.Cue> cue = group.date == null
                    ? cues.stream().findFirst()
                    : CueTable.nearest(cues, group.date.start(), group.date.end());
            List<ActorMention> actors = actors(group, cue);
            List<String> reasons = new ArrayList<>();
            FoundDate date;
            if (group.date != null) {
                date = foundDate(group.date, group.tense, false);
                reasons.add("the sentence dates it: " + quote(group.date.start(), group.date.end()));
            } else {
                String fallback = reportDayReason();
                if (fallback == null || cue.isEmpty() || actors.isEmpty()) {
                    return Optional.empty();
                }
                date = foundDate(null, sentenceTense, true);
                reasons.add(fallback);
            }
            if (cue.isEmpty() && actors.isEmpty()) {
                return Optional.empty();
            }
            reasons.add(cue.map(found -> "the cue " + quote(found.start(), found.end()) + " suggests " + found.type())
                    .orElse("no cue word suggests a type"));
            reasons.add(actors.isEmpty() ? "no known actor is named" : actors.size() + " known actor(s) named");
            int score = (group.date != null ? 1 : 0) + (cue.isPresent() ? 1 : 0) + (actors.isEmpty() ? 0 : 1);
            String level = score == 3 ? "high" : score == 2 ? "medium" : "low";
            return Optional.of(new Candidate(
                    title(group),
                    span(group.start, group.end),
                    date,
                    actors,
                    places(group),
                    newNames(group, actors),
                    cue.map(found -> new TypeGuess(found.type(), span(found.start(), found.end())))
                            .orElse(null),
                    new Confidence(level, reasons),
                    url == null || url.isBlank() ? null : ExtractionKeys.of(url, group.start, group.end)));
        }

        /** The text of [from, to) with quoted speech blanked out: its tense is the speaker's, not the report's. */
        private String unquoted(int from, int to) {
            return QUOTED.matcher(text.substring(from, to)).replaceAll(" ");
        }

        /** Why a sentence without a date takes the report's day, or null when it does not. */
        private String reportDayReason() {
            String sentence = unquoted(start, end).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (PRESENT_PERFECT.matcher(sentence).find()) {
                return "no date of its own: its verb is in the present perfect, so it takes the report's day";
            }
            Optional<Tense> tense = Tense.fromContext(sentence);
            if (tense.isPresent()
                    && tense.get() == Tense.PAST
                    && !PAST_PERFECT.matcher(sentence).find()) {
                return "no date of its own: its verb is in the past, so it takes the report's day";
            }
            return null;
        }

        private FoundDate foundDate(DateFinder.Found found, Tense tense, boolean fromReport) {
            ResolvedDate resolved = found == null
                    ? new ResolvedDate(Edtf.parse(publishedOn.toString()), "the day the report was published")
                    : found.resolved();
            EventDate value = resolved.date();
            return new FoundDate(
                    found == null ? null : span(found.start(), found.end()),
                    value.edtf(),
                    value.earliest(),
                    value.latest(),
                    value.precision(),
                    value.approximate(),
                    resolved.rule(),
                    tense == null ? null : tense.label(),
                    fromReport);
        }

        private List<ActorMention> actors(Group group, Optional<CueTable.Cue> cue) {
            List<ActorMention> actors = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NameIndex.Match match : found.actors()) {
                if (match.start() >= group.start && match.end() <= group.end && seen.add(match.slug())) {
                    ActorRole role = cue.map(
                                    found -> match.start() < found.start() ? ActorRole.INITIATOR : ActorRole.TARGET)
                            .orElse(actors.isEmpty() ? ActorRole.INITIATOR : ActorRole.PARTICIPANT);
                    actors.add(new ActorMention(
                            match.slug(),
                            match.name(),
                            span(match.start(), match.end()),
                            role,
                            match.demonym() ? "demonym" : "name"));
                }
            }
            return actors;
        }

        private List<PlaceMention> places(Group group) {
            List<PlaceMention> places = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (NameIndex.Match match : found.places()) {
                if (match.start() >= group.start && match.end() <= group.end && seen.add(match.slug())) {
                    places.add(new PlaceMention(match.slug(), match.name(), span(match.start(), match.end())));
                }
            }
            return places;
        }

        private List<NewName> newNames(Group group, List<ActorMention> actors) {
            List<NewName> names = new ArrayList<>();
            var matcher = CAPITALISED.matcher(text).region(group.start, group.end);
            while (matcher.find()) {
                int[] run = trimmed(matcher.start(), matcher.end());
                if (run != null && !known(run[0], run[1]) && !insideDate(group, run[0], run[1])) {
                    names.add(new NewName(span(run[0], run[1]), context(run[0], run[1])));
                }
            }
            return names;
        }

        /** The run without leading and trailing words that are no names; null when none is left. */
        private int[] trimmed(int from, int to) {
            List<int[]> words = NameIndex.words(text.substring(from, to));
            int first = 0;
            int last = words.size() - 1;
            while (first <= last && notName(from, words.get(first))) {
                first++;
            }
            while (last >= first && notName(from, words.get(last))) {
                last--;
            }
            return first > last ? null : new int[] {from + words.get(first)[0], from + words.get(last)[1]};
        }

        private boolean notName(int offset, int[] word) {
            String folded = text.substring(offset + word[0], offset + word[1])
                    .toLowerCase(Locale.ROOT)
                    .replaceAll("['’]s$", "");
            return NOT_NAMES.contains(folded);
        }

        private boolean known(int from, int to) {
            return overlaps(found.actors(), from, to) || overlaps(found.places(), from, to);
        }

        private static boolean overlaps(List<NameIndex.Match> matches, int from, int to) {
            return matches.stream().anyMatch(match -> match.start() < to && from < match.end());
        }

        private static boolean insideDate(Group group, int from, int to) {
            return group.date != null && group.date.start() < to && from < group.date.end();
        }

        private String context(int from, int to) {
            return text.substring(Math.max(start, from - CONTEXT), Math.min(end, to + CONTEXT))
                    .strip();
        }

        private String title(Group group) {
            String title = text.substring(group.start, group.end).strip().replaceAll("\\s+", " ");
            return title.length() <= MAX_TITLE_LENGTH ? title : title.substring(0, MAX_TITLE_LENGTH - 1) + "…";
        }

        private Span span(int from, int to) {
            return new Span(text.substring(from, to), from, to);
        }

        private String quote(int from, int to) {
            return "'" + text.substring(from, to) + "'";
        }
    }

    /** Clauses that tell one event: their extent, and the date they give it. */
    private static final class Group {
        final int start;
        int end;
        DateFinder.Found date;
        Tense tense;

        Group(int start, int end, DateFinder.Found date, Tense tense) {
            this.start = start;
            this.end = end;
            this.date = date;
            this.tense = tense;
        }
    }
}
