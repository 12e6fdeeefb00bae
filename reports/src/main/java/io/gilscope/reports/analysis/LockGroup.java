package io.gilscope.reports.analysis;

import java.util.List;

/**
 * Contention events of one kind grouped by a key (monitor/parked class, site or thread).
 *
 * @param examples up to three stack traces of the longest events, frames one per line
 */
public record LockGroup(LockKind kind, String key, Stats stats, List<String> examples) {}
