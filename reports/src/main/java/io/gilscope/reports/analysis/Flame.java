package io.gilscope.reports.analysis;

import java.util.List;

/** A frame of a flame graph: its name, the time in it and below it, and its callees (heaviest first). */
public record Flame(String name, long nanos, List<Flame> children) {}
