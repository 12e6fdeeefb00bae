package io.gilscope.reports.check;

import java.util.Locale;

/** Which way a metric gets worse. {@code NONE}: only the absolute limits apply. */
public enum Direction {
    LOWER_IS_BETTER("lower"),
    HIGHER_IS_BETTER("higher"),
    NONE("none");

    /** The word used in budget files. */
    public final String word;

    Direction(String word) { this.word = word; }

    /** Parses {@code lower}, {@code higher} or {@code none}; null if it is none of them. */
    public static Direction parse(String s) {
        String w = s.trim().toLowerCase(Locale.ROOT);
        for (Direction d : values()) {
            if (d.word.equals(w)) return d;
        }
        return null;
    }
}
