package dev.speclint.core.template;

import com.google.re2j.Pattern;
import dev.speclint.core.document.TitleKey;
import dev.speclint.core.util.BoundedMemo;
import dev.speclint.core.util.Suggestions;
import java.util.ArrayList;
import java.util.List;

/**
 * The key a section title matches by, tolerant of how titles drift between a template and the specs
 * written from it over the years: {@code 1. Problem & Goal}, {@code Problem and goal:},
 * {@code Drawbacks [optional]}, {@code (R) Design details documented} and
 * {@code <a name="x"></a>Future directions} all match their template title. On top of
 * {@link TitleKey} (emoji dropped, {@code &} as {@code and}, case folded) this drops inline HTML tags,
 * leading numbering ({@code 1.}, {@code 2.3}, {@code A.}, {@code IV.}), requirement markers
 * ({@code (R)}, {@code (optional)}, {@code [optional]}, {@code (if applicable)}) and trailing colons.
 */
public final class SectionKeys {

    private static final Pattern HTML_TAG = Pattern.compile("</?[A-Za-z][^<>]*>");
    private static final Pattern MARKER = Pattern.compile(
            "(?i)[*_]*[(\\[]\\s*(?:optional|r|required|if applicable|if any|if needed|recommended)\\s*[)\\]][*_]*");
    private static final Pattern NUMBERING = Pattern.compile(
            "^\\s*(?:(?:step|section|part|chapter)\\s+)?(?:[0-9]+(?:\\.[0-9]+)*|[A-Z]|[IVX]+)(?:[.):]\\s*|\\s+-\\s+|\\s+)");

    private SectionKeys() {
    }

    /** The match key of {@code title}. */
    public static String of(String title) {
        return KEYS.apply(title);
    }

    /*
     * The section matcher asks for the key and the canonical form of every heading of every spec, and of every
     * template section again for each spec; titles repeat across a run's specs (Motivation, Alternatives), so
     * these pure functions are memoized.
     */
    private static final BoundedMemo KEYS = new BoundedMemo(SectionKeys::computeKey, 8192);
    private static final BoundedMemo CANONICALS = new BoundedMemo(SectionKeys::computeCanonical, 8192);

    private static String computeKey(String title) {
        String t = title;
        if (t.indexOf('<') >= 0) {
            t = HTML_TAG.matcher(t).replaceAll(" ");
        }
        if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) {
            t = MARKER.matcher(t).replaceAll(" ");
        }
        t = stripNumbering(t);
        String key = TitleKey.of(t);
        while (key.endsWith(":") || key.endsWith(".")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return key;
    }

    /**
     * Drops leading numbering, but only where a title remains: {@code 1. Goals} is {@code Goals}, a
     * title that is only {@code 2024} stays as it is. A single capital letter counts as numbering only
     * when a period or parenthesis follows it ({@code A. Glossary}, not {@code A Tale}).
     */
    private static String stripNumbering(String title) {
        if (!mayBeNumbered(title)) {
            return title; // most titles: no regular expression run
        }
        var m = NUMBERING.matcher(title);
        if (!m.find()) {
            return title;
        }
        String number = m.group().strip();
        boolean letter = number.length() >= 1 && Character.isLetter(number.charAt(0))
                && !number.toLowerCase(java.util.Locale.ROOT).startsWith("step")
                && !number.toLowerCase(java.util.Locale.ROOT).startsWith("section")
                && !number.toLowerCase(java.util.Locale.ROOT).startsWith("part")
                && !number.toLowerCase(java.util.Locale.ROOT).startsWith("chapter");
        if (letter && !(number.endsWith(".") || number.endsWith(")"))) {
            return title; // "A Tale", "I Want": a word, not a numbering
        }
        String rest = title.substring(m.end());
        return TitleKey.of(rest).isEmpty() ? title : rest;
    }

    /** A cheap test that {@link #NUMBERING} could match: a digit, a letter and a mark, a roman numeral or a word. */
    private static boolean mayBeNumbered(String title) {
        String t = title.stripLeading();
        if (t.isEmpty()) {
            return false;
        }
        char c = t.charAt(0);
        if (Character.isDigit(c) || c == 'I' || c == 'V' || c == 'X') {
            return true;
        }
        if (t.length() > 1 && Character.isUpperCase(c) && (t.charAt(1) == '.' || t.charAt(1) == ')')) {
            return true;
        }
        String lower = t.length() > 8 ? t.substring(0, 8).toLowerCase(java.util.Locale.ROOT) : t.toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("step") || lower.startsWith("section") || lower.startsWith("part")
                || lower.startsWith("chapter");
    }

    /**
     * Whether two keys are the same title with a small slip: a plural, a British spelling, a typo
     * ({@code acknowledgements} / {@code acknowledgments}, {@code detail design} /
     * {@code detailed design}). Short keys must match exactly: {@code goals} is not {@code goal}.
     */
    public static boolean nearlyEqual(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 6 || a.charAt(0) != b.charAt(0)) {
            return false;
        }
        int budget = shorter >= 14 ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= budget && Suggestions.distance(a, b, budget) <= budget;
    }

    /** Words too common in titles to say two titles name the same thing. */
    private static final java.util.Set<String> COMMON_WORDS = java.util.Set.of("and", "the", "for", "with", "from",
            "into", "this", "that", "other", "about", "more", "notes", "section", "part", "what", "how", "why");

    /**
     * Whether two keys share a word of four letters or more that is not a filler ({@code future work}
     * and {@code future possibilities}, {@code details} and {@code internal details}); a plural
     * {@code s} is ignored.
     */
    public static boolean shareWord(String a, String b) {
        List<String> significant = new ArrayList<>(4);
        for (String w : words(a)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w)) {
                significant.add(singular(w));
            }
        }
        if (significant.isEmpty()) {
            return false;
        }
        for (String w : words(b)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w) && significant.contains(singular(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of {@code text}: its runs of letters and numbers (Unicode categories L and N), in order, as
     * {@code text.split("[^\\p{L}\\p{N}]+")} gives them less the empty first one. The section matcher splits
     * titles for every pair of heading and template section it compares; {@code String.split} compiles that
     * expression on every call.
     */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            boolean inWord = Character.isLetter(cp) || isNumber(cp);
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(text.substring(start));
        }
        return out;
    }

    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Suffixes {@link #stem} drops, longest first within each family. */
    private static final String[] SUFFIXES = {"ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion",
        "als", "al", "ed", "es", "ly", "s"};

    /**
     * {@code word} (lower case) without one inflection or derivation suffix, when four letters or more
     * remain: {@code proposal}, {@code proposed} and {@code proposals} are {@code propos};
     * {@code implementation} and {@code implemented} are {@code implement}. Crude, and only ever
     * compared with other stems of this method.
     */
    static String stem(String word) {
        for (String suffix : SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 4) {
                return word.substring(0, word.length() - suffix.length());
            }
        }
        return word;
    }

    /**
     * The stems ({@link #stem}) of the words of a template section's guidance, lower-cased: what
     * {@link #describedBy} looks a section title up in.
     *
     * @param guidance the template's text under a heading, markup included
     * @return the stems of its words of four letters or more
     */
    public static java.util.Set<String> stems(String guidance) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String w : words(guidance.toLowerCase(java.util.Locale.ROOT))) {
            if (w.length() >= 4) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /**
     * Whether a section's title names what a template section's guidance asks for: a word of the
     * title of four letters or more, not a filler, is a word of the guidance up to its suffix
     * ({@code Proposal} for guidance that says "Explain the proposal as if ...", {@code Implementation}
     * for "how the feature would be implemented"). Weaker than {@link #shareWord}, so the section
     * matcher asks it only of a heading already in the template section's place.
     *
     * @param key the section's key ({@link #of})
     * @param guidanceStems the template section's {@link #stems}
     */
    public static boolean describedBy(String key, java.util.Set<String> guidanceStems) {
        if (guidanceStems.isEmpty()) {
            return false;
        }
        for (String w : words(key)) {
            if (w.length() >= 4 && !COMMON_WORDS.contains(w) && guidanceStems.contains(stem(w))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of a section's title but fillers is, up to its suffix, one of {@code stems}
     * (a word under four letters never is), and it has such a word: {@code Problems} for a section whose
     * guidance alone says "solving a problem". Stricter than {@link #describedBy}: the section
     * matcher asks it with the words only one template section's guidance uses
     * ({@link SectionSpec#distinctStems}), so one heading among several in the place can be told apart.
     *
     * @param key the section's key ({@link #of})
     * @param stems the stems to look the title's words up in
     */
    public static boolean wordsAllIn(String key, java.util.Set<String> stems) {
        if (stems.isEmpty()) {
            return false;
        }
        boolean any = false;
        for (String w : words(key)) {
            if (w.isEmpty() || COMMON_WORDS.contains(w) || SHORT_FILLERS.contains(w)) {
                continue;
            }
            // a short word that says something (ABI, API, CLI) is a word the guidance must have too
            if (w.length() < 4 || !stems.contains(stem(w))) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** Words under four letters that say nothing in a title ({@code Impact on ABI} says "impact" and "ABI"). */
    private static final java.util.Set<String> SHORT_FILLERS = java.util.Set.of("a", "an", "of", "on", "in", "to",
            "at", "by", "or", "vs", "its", "our");

    /**
     * The stems of {@code spec}'s guidance that no other of {@code siblings} uses, in its guidance or
     * its title and aliases: the words that say what this section, and no other at its level, is for.
     *
     * @param spec a template section
     * @param siblings the template sections at its level, {@code spec} among them
     * @return the stems only {@code spec}'s guidance has; empty when it has none
     */
    static java.util.Set<String> distinctStems(SectionSpec spec, java.util.List<SectionSpec> siblings) {
        java.util.Set<String> out = new java.util.HashSet<>(spec.guidanceStems());
        for (SectionSpec other : siblings) {
            if (other == spec) {
                continue;
            }
            out.removeAll(other.guidanceStems());
            out.removeAll(stems(other.key()));
            for (String alias : other.aliases()) {
                out.removeAll(stems(alias));
            }
        }
        return out;
    }

    /**
     * Whether a section title joins the template section {@code specCanonical} with others: the title
     * joins parts with {@code and} or a comma, and holds every word of the template section's title
     * and more ({@code guide-level and reference-level explanation} joins {@code guide-level explanation};
     * {@code rationale, drawbacks and alternatives} joins {@code drawbacks}). Plurals are ignored.
     *
     * @param key the section's key ({@link #of})
     * @param canonical the section key's {@link #canonical} form
     * @param specCanonical the template section key's {@link #canonical} form
     */
    public static boolean joins(String key, String canonical, String specCanonical) {
        if (!mayJoin(key, canonical)) {
            return false; // most titles join nothing: no allocation for them
        }
        java.util.Set<String> words = new java.util.HashSet<>();
        for (String w : canonical.split(" ")) {
            if (!w.equals("and")) {
                words.add(singular(w));
            }
        }
        int needed = 0;
        boolean telling = false;
        for (String w : specCanonical.split(" ")) {
            if (w.isEmpty() || w.equals("and")) {
                continue;
            }
            if (!words.contains(singular(w))) {
                return false;
            }
            needed++;
            telling |= w.length() >= 4 && !COMMON_WORDS.contains(w);
        }
        return telling && words.size() > needed;
    }

    /**
     * Whether a section title can join any template sections ({@link #joins} is false for every one when
     * not): it has a comma or the word {@code and}.
     *
     * @param key the section's key ({@link #of})
     * @param canonical the section key's {@link #canonical} form
     */
    public static boolean mayJoin(String key, String canonical) {
        return key.indexOf(',') >= 0 || hasAnd(canonical);
    }

    /** Whether the word {@code and} is one of {@code canonical}'s space-separated words. */
    private static boolean hasAnd(String canonical) {
        return canonical.equals("and") || canonical.startsWith("and ") || canonical.endsWith(" and")
                || canonical.contains(" and ");
    }

    private static String singular(String word) {
        return word.length() > 4 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /**
     * Words and phrases specs write for the same section of a design document, each group headed by
     * the word the others stand for. Kept to titles that mean one thing in every template seen
     * ({@code Downsides} is {@code Drawbacks}; {@code Rationale} is not {@code Motivation}, since many
     * templates have both).
     */
    private static final String[][] SYNONYMS = {
        {"drawbacks", "downsides", "disadvantages", "tradeoffs", "trade offs"},
        {"motivation", "why"},
        {"summary", "abstract", "tldr", "tl dr"},
        {"prior art", "related work", "previous work"},
        {"unresolved questions", "open questions", "open issues", "unresolved issues"},
        {"future possibilities", "future work", "future directions"},
        {"goals", "objectives"},
    };

    /** Each phrase of {@link #SYNONYMS} but the heads, padded with spaces; {@link #HEADS} at the same index. */
    private static final String[] PHRASES;
    private static final String[] HEADS;

    static {
        java.util.List<String> phrases = new java.util.ArrayList<>();
        java.util.List<String> heads = new java.util.ArrayList<>();
        for (String[] group : SYNONYMS) {
            for (int i = 1; i < group.length; i++) {
                phrases.add(" " + group[i] + " ");
                heads.add(" " + group[0] + " ");
            }
        }
        PHRASES = phrases.toArray(String[]::new);
        HEADS = heads.toArray(String[]::new);
    }

    /**
     * Whether two different keys name the same section in other words ({@code tradeoffs} and
     * {@code drawbacks}, {@code why?} and {@code motivation}, {@code related work} and {@code prior art}):
     * equal once each phrase of {@link #SYNONYMS} is replaced by the head of its group.
     */
    public static boolean synonymous(String a, String b) {
        return !a.equals(b) && canonical(a).equals(canonical(b));
    }

    /**
     * {@code key} as words separated by one space, each synonym phrase replaced by its group's head.
     * Linear in the key's length (it runs for each section of a document that a template section did
     * not match by title).
     */
    public static String canonical(String key) {
        return CANONICALS.apply(key);
    }

    private static String computeCanonical(String key) {
        StringBuilder words = new StringBuilder(key.length() + 2).append(' ');
        boolean gap = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && words.length() > 1) {
                    words.append(' ');
                }
                gap = false;
                words.append(c);
            } else {
                gap = true;
            }
        }
        String padded = words.append(' ').toString();
        for (int i = 0; i < PHRASES.length; i++) {
            if (padded.contains(PHRASES[i])) {
                padded = padded.replace(PHRASES[i], HEADS[i]);
            }
        }
        return padded.strip();
    }
}
