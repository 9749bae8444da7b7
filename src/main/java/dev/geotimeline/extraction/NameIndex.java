package dev.geotimeline.extraction;

import dev.geotimeline.actor.ActorRepository;
import dev.geotimeline.location.LocationRepository;
import dev.geotimeline.named.NamedRepository;
import dev.geotimeline.text.NameKeys;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds known actors and places in a text by name or alias: every run of up to {@value #MAX_WORDS} words is
 * normalised as names are ({@link NameKeys}) and looked up, and the longest match wins.
 */
@ApplicationScoped
public class NameIndex {

    static final int MAX_WORDS = 6;
    private static final int CHUNK = 500;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*(?:['’]s)?");
    private static final Map<String, String> DEMONYMS = new HashMap<>();

    static {
        for (String[] row : DataFiles.rows("extraction/demonyms.tsv")) {
            DEMONYMS.put(NameKeys.key(row[0]), NameKeys.key(row[1]));
        }
    }

    /** A known resource named at [start, end) of the text; {@code demonym} when an adjective named it. */
    public record Match(String slug, String name, int start, int end, boolean demonym) {}

    /** The names found in one text. */
    public record Found(List<Match> actors, List<Match> places, List<int[]> words) {}

    record Entry(String slug, String name) {}

    private final ActorRepository actors;
    private final LocationRepository locations;

    public NameIndex(ActorRepository actors, LocationRepository locations) {
        this.actors = actors;
        this.locations = locations;
    }

    public Found find(String text) {
        List<int[]> words = words(text);
        // A run's key is its words' keys joined: NameKeys works word by word, so normalise each word once.
        List<String> wordKeys = words.stream()
                .map(word -> NameKeys.key(text.substring(word[0], word[1])))
                .toList();
        Map<Long, String> keys = new HashMap<>();
        Set<String> all = new LinkedHashSet<>();
        for (int i = 0; i < words.size(); i++) {
            boolean capitalised = false;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_WORDS && i + n <= words.size(); n++) {
                int[] last = words.get(i + n - 1);
                capitalised |= hasUpperCase(text, last[0], last[1]);
                String lastKey = wordKeys.get(i + n - 1);
                if (!lastKey.isEmpty()) {
                    key.append(key.isEmpty() ? "" : " ").append(lastKey);
                }
                // Names are written with a capital somewhere ("al-Sharaa", "new Syrian authorities"), except for
                // a single lower-case word, which may still be a demonym's or an alias's key.
                if (!key.isEmpty() && (capitalised || n == 1)) {
                    keys.put(((long) i << 8) | n, key.toString());
                    all.add(key.toString());
                }
            }
        }
        all.addAll(DEMONYMS.values());
        Map<String, Entry> knownActors = lookup(actors, all);
        Map<String, Entry> knownPlaces = lookup(locations, all);
        return new Found(
                matches(text, words, keys, knownActors, true), matches(text, words, keys, knownPlaces, false), words);
    }

    private static boolean hasUpperCase(String text, int from, int to) {
        for (int at = from; at < to; at++) {
            if (Character.isUpperCase(text.charAt(at))) {
                return true;
            }
        }
        return false;
    }

    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        while (matcher.find()) {
            words.add(new int[] {matcher.start(), matcher.end()});
        }
        return words;
    }

    private static List<Match> matches(
            String text, List<int[]> words, Map<Long, String> keys, Map<String, Entry> known, boolean demonyms) {
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int taken = 0;
            for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                Entry entry = known.get(keys.get(((long) i << 8) | n));
                if (entry != null) {
                    found.add(new Match(entry.slug(), entry.name(), words.get(i)[0], words.get(i + n - 1)[1], false));
                    taken = n;
                }
            }
            if (taken == 0 && demonyms) {
                int[] word = words.get(i);
                // "Russian officials" stands for Russia; "Russian President Vladimir Putin" names someone else.
                boolean beforeName = i + 1 < words.size() && Character.isUpperCase(text.charAt(words.get(i + 1)[0]));
                String nation = Character.isUpperCase(text.charAt(word[0])) && !beforeName
                        ? DEMONYMS.get(keys.get(((long) i << 8) | 1))
                        : null;
                Entry entry = nation == null ? null : known.get(nation);
                if (entry != null) {
                    found.add(new Match(entry.slug(), entry.name(), word[0], word[1], true));
                }
            }
            i += Math.max(taken, 1);
        }
        return found;
    }

    private static Map<String, Entry> lookup(NamedRepository<?> repository, Collection<String> keys) {
        Map<String, Entry> known = new HashMap<>();
        List<String> list = List.copyOf(keys);
        for (int from = 0; from < list.size(); from += CHUNK) {
            List<String> chunk = list.subList(from, Math.min(list.size(), from + CHUNK));
            List<Object[]> rows = repository
                    .getEntityManager()
                    .createQuery(
                            "select k, e.slug, e.name from "
                                    + repository.entityType().getSimpleName()
                                    + " e join e.lookupKeys k where k in :keys",
                            Object[].class)
                    .setParameter("keys", chunk)
                    .getResultList();
            for (Object[] row : rows) {
                known.put((String) row[0], new Entry((String) row[1], (String) row[2]));
            }
        }
        return known;
    }
}
