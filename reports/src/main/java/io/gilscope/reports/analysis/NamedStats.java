package io.gilscope.reports.analysis;

/** Durations grouped under a name (for example blocking calls by method). */
public record NamedStats(String name, Stats stats) {}
